// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { defaults } from '~state/index';
import { clearSweepCache } from '~components/ui/chart/useSweep';
import { pruningSchema, type PruningParams } from '~components/widgets/pruning/params';
import { PruningSweepPanel } from '~components/widgets/pruning/panels/SweepPanel';
import { pruningSweepPlan } from '~components/widgets/pruning/sweep';
import type { SweepPointRequest, Sweeper } from '~components/widgets/pruning/sweepPoint';

afterEach(() => {
  cleanup();
  clearSweepCache();
});

/** A sweeper whose points finish when the test says, with accuracy 0.5 + width/4096 (pruned) or 0.9 (dense). */
function fakeSweeper() {
  const pending: { request: SweepPointRequest; finish: () => void }[] = [];
  const aborted: SweepPointRequest[] = [];
  const sweeper: Sweeper = {
    point: (request, signal) =>
      new Promise((resolve, reject) => {
        const acc = request.config.method === 'dense' ? 0.9 : 0.5 + request.config.hidden[0]! / 4096;
        let done = false;
        pending.push({ request, finish: () => ((done = true), resolve({ mean: acc, min: acc - 0.01, max: acc + 0.01 })) });
        signal.addEventListener('abort', () => {
          if (done) return;
          aborted.push(request);
          reject(new DOMException('cancelled', 'AbortError'));
        });
      }),
  };
  return { sweeper, pending, aborted };
}

describe('the pruning sweep', () => {
  it('waits for Run, streams from the worker, cancels the point in flight, resumes, and Enter sets the width', async () => {
    const fake = fakeSweeper();
    const setRunParams = vi.fn<(p: Partial<PruningParams>) => void>();
    render(<PruningSweepPanel params={defaults(pruningSchema)} setRunParams={setRunParams} createSweeper={() => fake.sweeper} />);
    const status = () => screen.getByTestId('pruning-sweep-status').textContent;
    expect(status()).toBe('Not run yet: 14 points, 42 trainings in a worker.');
    expect(fake.pending).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Run sweep' }));
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    expect(fake.pending[0]!.request.config.hidden).toEqual([8, 8]);
    expect(fake.pending[0]!.request.seeds).toEqual([1, 2, 3]);
    fake.pending[0]!.finish();
    await waitFor(() => expect(status()).toBe('Training: 1 of 14 points…'));
    await waitFor(() => expect(fake.pending).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel sweep' }));
    expect(status()).toBe('Cancelled with 1 of 14 points.');
    expect(fake.aborted).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Resume sweep' }));
    for (let i = 2; i <= 14; i++) {
      await waitFor(() => expect(fake.pending).toHaveLength(i + 1));
      fake.pending[i]!.finish();
    }
    await waitFor(() => expect(status()).toBe('14 points, cached for these settings.'));
    const chart = within(screen.getByTestId('pruning-sweep')).getByRole('group');
    const readout = () => within(screen.getByTestId('pruning-sweep')).getByTestId('sweep-readout').textContent;
    expect(readout()).toBe(`width 256, biprop, pruned: test accuracy ${(100 * (0.5 + 256 / 4096)).toFixed(1)}% (${(100 * (0.49 + 256 / 4096)).toFixed(1)}%–${(100 * (0.51 + 256 / 4096)).toFixed(1)}%)`);
    fireEvent.keyDown(chart, { key: 'Home' });
    fireEvent.keyDown(chart, { key: 'ArrowUp' });
    expect(readout()).toBe('width 8, dense baseline: test accuracy 90.0% (89.0%–91.0%)');
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(setRunParams).toHaveBeenCalledWith({ width: 8 });
  });

  it('a sweep trained at build time is drawn at once under its key, with nothing trained; another setting waits for Run', async () => {
    const fake = fakeSweeper();
    const params = defaults(pruningSchema);
    const plan = pruningSweepPlan(params, 'width');
    const points = plan.tasks.map((t, i) => ({ mean: 0.8 + i / 100, min: 0.79 + i / 100, max: 0.81 + i / 100 }));
    const { rerender } = render(<PruningSweepPanel params={params} setRunParams={() => {}} createSweeper={() => fake.sweeper} prebuilt={{ key: plan.key, points }} />);
    const status = () => screen.getByTestId('pruning-sweep-status').textContent;
    expect(status()).toBe('14 points, trained when this page was built (the same code and seeds as a live sweep).');
    const readout = () => within(screen.getByTestId('pruning-sweep')).getByTestId('sweep-readout').textContent;
    // width 256 is the sixth width: its pruned point is task 10
    expect(readout()).toBe('width 256, biprop, pruned: test accuracy 90.0% (89.0%–91.0%)');
    expect(screen.queryByRole('button', { name: 'Run sweep' })).toBeNull();
    rerender(<PruningSweepPanel params={{ ...params, seed: 2 }} setRunParams={() => {}} createSweeper={() => fake.sweeper} prebuilt={{ key: plan.key, points }} />);
    expect(status()).toBe('Not run yet: 14 points, 42 trainings in a worker.');
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.pending).toHaveLength(0);
  });

  it('over k the dense baseline is one run drawn across the axis; the digits set is not swept', async () => {
    const fake = fakeSweeper();
    render(<PruningSweepPanel params={defaults(pruningSchema)} setRunParams={() => {}} createSweeper={() => fake.sweeper} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sweep over' }), { target: { value: 'keep' } });
    expect(screen.getByTestId('pruning-sweep-status').textContent).toBe('Not run yet: 10 points, 30 trainings in a worker.');
    cleanup();
    render(<PruningSweepPanel params={{ ...defaults(pruningSchema), dataset: 'digits' }} setRunParams={() => {}} createSweeper={() => fake.sweeper} />);
    expect(screen.getByTestId('pruning-sweep').textContent).toMatch(/2-D sets only/);
  });
});
