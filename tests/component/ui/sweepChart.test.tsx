// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLayoutEffect } from 'preact/hooks';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SweepChart } from '~components/ui/chart/SweepChart';
import { clearSweepCache, useSweep } from '~components/ui/chart/useSweep';

afterEach(() => {
  cleanup();
  clearSweepCache();
});

const XS = [1, 2, 4, 8];
const v = (mean: number) => ({ mean, min: mean - 1, max: mean + 1 });

describe('SweepChart', () => {
  it('reads every point by keyboard and chooses with Enter; a click chooses the nearest point', () => {
    const chosen: [number, number][] = [];
    render(
      <SweepChart
        label="test sweep"
        xs={XS}
        series={[
          { id: 'a', label: 'seeds', values: XS.map((x) => v(10 * x)) },
          { id: 'b', label: 'other', values: XS.map((x) => v(x)) },
        ]}
        xScale="log"
        xLabel="width"
        yLabel="accuracy"
        formatX={String}
        formatY={String}
        current={4}
        onChoose={(x, s) => chosen.push([x, s])}
      />,
    );
    const chart = screen.getByRole('group');
    const readout = () => screen.getByTestId('sweep-readout').textContent;
    expect(readout()).toBe('width 4, seeds: accuracy 40 (39–41)');
    expect(screen.getByTestId('sweep-readout').getAttribute('aria-live')).toBe('polite');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout()).toBe('width 8, seeds: accuracy 80 (79–81)');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout()).toMatch(/^width 8,/);
    fireEvent.keyDown(chart, { key: 'Home' });
    fireEvent.keyDown(chart, { key: 'ArrowUp' });
    expect(readout()).toBe('width 1, other: accuracy 1 (0–2)');
    fireEvent.keyDown(chart, { key: 'PageUp' });
    expect(readout()).toMatch(/^width 8, other/);
    fireEvent.keyDown(chart, { key: 'Enter' });
    fireEvent.keyDown(chart, { key: 'End' });
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    fireEvent.keyDown(chart, { key: ' ' });
    expect(chosen).toEqual([
      [3, 1],
      [3, 0],
    ]);
  });
});

function Harness({ sweepKey, runPoint, cancelAtOnce = false }: { sweepKey: string; runPoint: (i: number) => Promise<number>; cancelAtOnce?: boolean }) {
  const sweep = useSweep(sweepKey, XS.length, runPoint);
  // A layout effect runs before the hook's own effect: a reader's Cancel before the run has started.
  useLayoutEffect(() => {
    if (cancelAtOnce) sweep.cancel();
  }, []);
  return (
    <div>
      <p data-testid="state">
        {sweep.status} {sweep.done}
        {sweep.error ? ` ${sweep.error}` : ''}
      </p>
      <p data-testid="points">{sweep.points.map((p) => (p === undefined ? '_' : p)).join(',')}</p>
      <button type="button" onClick={sweep.cancel}>
        Cancel
      </button>
      <button type="button" onClick={sweep.resume}>
        Resume
      </button>
    </div>
  );
}

describe('useSweep', () => {
  it('streams points as they finish, can be cancelled and resumed, and caches per key', async () => {
    const pending: (() => void)[] = [];
    const calls: number[] = [];
    const runPoint = vi.fn((i: number) => {
      calls.push(i);
      return new Promise<number>((resolve) => pending.push(() => resolve(i * 10)));
    });
    const finishNext = async () => {
      await waitFor(() => expect(pending.length).toBeGreaterThan(0));
      pending.shift()!();
    };
    const { unmount } = render(<Harness sweepKey="k1" runPoint={runPoint} />);
    expect(screen.getByTestId('state').textContent).toBe('running 0');
    await finishNext();
    await waitFor(() => expect(screen.getByTestId('points').textContent).toBe('0,_,_,_'));
    await waitFor(() => expect(calls).toEqual([0, 1]));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('state').textContent).toBe('cancelled 1');
    pending.shift()!(); // the point in flight finishes after the cancel: it is dropped
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByTestId('points').textContent).toBe('0,_,_,_');
    expect(calls).toEqual([0, 1]);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    for (let k = 0; k < 3; k++) await finishNext();
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('done 4'));
    expect(screen.getByTestId('points').textContent).toBe('0,10,20,30');
    unmount();
    render(<Harness sweepKey="k1" runPoint={runPoint} />);
    expect(screen.getByTestId('points').textContent).toBe('0,10,20,30');
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('done 4'));
    expect(calls).toEqual([0, 1, 1, 2, 3]);
  });

  it('a Cancel pressed before the run has started holds: no point runs until Resume', async () => {
    const runPoint = vi.fn((i: number) => Promise.resolve(i));
    render(<Harness sweepKey="k-early" runPoint={runPoint} cancelAtOnce />);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByTestId('state').textContent).toBe('cancelled 0');
    expect(runPoint).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('done 4'));
  });

  it('stops with the reason when a point fails, keeping the points before it', async () => {
    const runPoint = (i: number) => (i === 2 ? Promise.reject(new Error('imitation: expected selection.k an integer in [1, 26], received 40')) : Promise.resolve(i));
    render(<Harness sweepKey="k-fail" runPoint={runPoint} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('failed 2 imitation: expected selection.k an integer in [1, 26], received 40'));
    expect(screen.getByTestId('points').textContent).toBe('0,1,_,_');
  });
});
