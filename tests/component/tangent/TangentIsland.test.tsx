// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { defaults } from '~state/index';
import { sweepWidth } from '~compute/tangent/runScenario';
import { tangentTickets } from '~compute/tangent/tangentTickets';
import type { TangentConfig } from '~compute/tangent/run';
import type { TangentScenario } from '~compute/tangent/scenario';
import { TangentIsland, type TangentInitial } from '~components/widgets/tangent/TangentIsland';
import { advance, createSession, frameOf, type Session } from '~components/widgets/tangent/frames';
import { runConfig, runKey, sweepKey, sweepScenario, tangentSchema } from '~components/widgets/tangent/params';
import type { Trainer } from '~components/widgets/tangent/trainer';

const setUrl = (url: string) => history.replaceState(null, '', url);
const headline = () => document.querySelector('.tan-headline')!.textContent!;
const press = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/**
 * A trainer that runs the real model in-process (no worker, no comlink), logging every call, so
 * the island's logic — lazy start, replay, reset, the sweep loop — is what is tested. Sweeps use a
 * short schedule so the test stays quick; the numbers are still the model's.
 */
function inProcessTrainer() {
  const log = { created: 0, setups: [] as TangentConfig[], advances: [] as number[], sweeps: [] as [string, number][] };
  let session: Session | null = null;
  const trainer: Trainer = {
    async setup(config, total) {
      log.setups.push(config);
      session = createSession(config, total);
      return frameOf(session, { tickets: true });
    },
    async advance(steps, budgetMs) {
      log.advances.push(steps);
      session = advance(session!, Math.min(steps, 25), budgetMs);
      return frameOf(session, { tickets: true });
    },
    async tickets() {
      return tangentTickets(session!.run);
    },
    async sweepWidth(scenario: TangentScenario, width: number) {
      log.sweeps.push([scenario.parameterisation, width]);
      return sweepWidth({ ...scenario, steps: 20 }, width);
    },
    dispose() {},
  };
  const factory = vi.fn(async () => {
    log.created++;
    return trainer;
  });
  return { log, factory };
}

function initial(): TangentInitial {
  const p = defaults(tangentSchema);
  const rows = (w: number) => ({ width: w, trainLoss: 0.01, testLoss: 0.01, linearTrainLoss: 0.01, linearTestLoss: 0.01, functionGap: 0.1, weightChange: 4 / Math.sqrt(w), kernelChange: 0.1, ntkError: 0.1, ticketShare: 0.3 });
  const ntk = sweepScenario(p, 'ntk');
  const mf = sweepScenario(p, 'mean-field');
  return {
    key: runKey(p),
    frame: frameOf(createSession(runConfig(p), p.steps), { tickets: false }),
    sweeps: { [sweepKey(ntk)]: ntk.widths.map(rows), [sweepKey(mf)]: mf.widths.map((w) => ({ ...rows(w), weightChange: 2.4 })) },
  };
}
const start = initial();

beforeEach(() => setUrl('/notes/updating-the-lottery-ticket-hypothesis/'));
afterEach(() => cleanup());

describe('TangentIsland', () => {
  it('shows the build-time first frame and both default sweeps without creating a worker', () => {
    const { factory } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    expect(headline()).toMatch(/^Step 0 of 2000\. Press Play/);
    expect(document.querySelectorAll('.tan-fn path.tan-line')).toHaveLength(4);
    expect(document.querySelectorAll('.tan-fn circle.tan-dot')).toHaveLength(32);
    expect(document.querySelectorAll('.tan-sweep circle.tan-mark-weight')).toHaveLength(5);
    expect(screen.getByText(/faint: mean-field/)).toBeTruthy();
    expect(factory).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('Step sets up the default network, trains one step, shows the tickets and records the step in the URL', async () => {
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 of 2000\. functionGap [\d.e-]+, weightChange [\d.e-]+/));
    expect(log.setups).toEqual([runConfig(defaults(tangentSchema))]);
    expect(log.advances).toEqual([1]);
    await waitFor(() => expect(document.querySelector('.tan-ticket-share')!.textContent).toMatch(/of the 769 parameters/));
    await waitFor(() => expect(location.search).toBe('?tangent.step=1'));
  });

  it('Play trains in chunks until paused; Reset returns to the build-time frame', async () => {
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    const play = screen.getByRole('button', { name: 'Play' });
    fireEvent.click(play);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(log.advances.length).toBeGreaterThan(2));
    fireEvent.click(play);
    await waitFor(() => expect(play.getAttribute('aria-pressed')).toBe('false'));
    const reached = Number(/^Step (\d+)/.exec(headline())![1]);
    expect(reached).toBeGreaterThanOrEqual(50);
    await waitFor(() => expect(location.search).toBe(`?tangent.step=${reached}`));
    press('Reset');
    await waitFor(() => expect(headline()).toMatch(/^Step 0 of 2000\./));
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('a link with settings and a step replays that run to the step', async () => {
    setUrl('/notes/x/?tangent.width=64&tangent.seed=7&tangent.step=30&other.key=1&tangent.sweepOpen=true');
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    await waitFor(() => expect(headline()).toMatch(/^Step 30 of 2000\./));
    expect(log.setups[0]).toMatchObject({ width: 64, seed: 7 });
    expect((screen.getByRole('textbox', { name: /seed/i }) as HTMLInputElement).value).toBe('7');
    // the sweep for seed 7 is not the build's, so it is computed width by width
    await waitFor(() => expect(log.sweeps).toHaveLength(5));
    expect(log.sweeps.map(([, w]) => w)).toEqual([16, 64, 256, 1024, 4096]);
    expect(location.search).toContain('other.key=1');
  });

  it('a bad link value shows a note and falls back to the default', async () => {
    setUrl('/notes/x/?tangent.scaling=mup&tangent.lr=fast');
    const { factory } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => /“mup”/.test(s.textContent ?? ''))).toBe(true));
    expect(screen.getAllByRole('status').some((s) => /“fast”/.test(s.textContent ?? ''))).toBe(true);
    expect((screen.getByRole('checkbox', { name: /mean-field/i }) as HTMLInputElement).checked).toBe(false);
    expect(headline()).toMatch(/^Step 0 of 2000/);
  });

  it('the mean-field toggle switches the sweep (cached from the build) and the link, and starts a new run', async () => {
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /mean-field/i }));
    await waitFor(() => expect(document.querySelector('.tan-sweep-status')!.textContent).toMatch(/^mean-field scaling, 5 widths/));
    expect(screen.getByText(/faint: NTK/)).toBeTruthy();
    await waitFor(() => expect(location.search).toBe('?tangent.scaling=mean-field'));
    await waitFor(() => expect(log.setups).toHaveLength(1));
    expect(log.setups[0]!.parameterisation).toBe('mean-field');
    expect(log.sweeps).toEqual([]);
  });
});

describe('TangentIsland sweep extension', () => {
  it('the 16,384 switch adds one width to the cached sweep, computed in the worker, and goes in the link', async () => {
    setUrl('/notes/updating-the-lottery-ticket-hypothesis/?tangent.sweepOpen=true');
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland initial={start} createTrainer={factory} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /16,384/ }));
    await waitFor(() => expect(log.sweeps).toEqual([['ntk', 16_384]]));
    await waitFor(() => expect(document.querySelectorAll('.tan-sweep circle.tan-mark-weight')).toHaveLength(6));
    await waitFor(() => expect(location.search).toBe('?tangent.sweepOpen=true&tangent.wide=true'));
    fireEvent.click(screen.getByRole('checkbox', { name: /16,384/ }));
    await waitFor(() => expect(document.querySelectorAll('.tan-sweep circle.tan-mark-weight')).toHaveLength(5));
  });
});
