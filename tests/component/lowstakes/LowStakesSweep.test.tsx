// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { defaults } from '~state/index';
import { runOne } from '~compute/lowstakes/cli';
import { clearSweepCache } from '~components/ui/chart/useSweep';
import { LowStakesIsland } from '~components/widgets/lowstakes/LowStakesIsland';
import { lowstakesSchema, scenarioOf } from '~components/widgets/lowstakes/params';
import { lowStakesPoint, lowStakesRun, lowStakesSweepPlan, SWEEP_SEEDS } from '~components/widgets/lowstakes/sweep';
import { formatNumber } from '~components/widgets/lowstakes/view';

const PATH = '/notes/low-stakes-alignment/';
const panel = () => screen.getByTestId('lowstakes-sweep');
const status = () => within(panel()).getByTestId('lowstakes-sweep-status').textContent;
const readout = () => within(panel()).getByTestId('sweep-readout').textContent;
const spreadText = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  return max > min ? `${formatNumber(mean)} (${formatNumber(min)}–${formatNumber(max)})` : formatNumber(mean);
};

beforeEach(() => {
  clearSweepCache();
  history.replaceState(null, '', `${PATH}?lowstakes.steps=2000&lowstakes.stakes=10&lowstakes.sweepOpen=true`);
});
afterEach(() => cleanup());

describe('the low-stakes sweep', () => {
  it('plans B on the grid up to T, with T itself', () => {
    const params = { ...defaults(lowstakesSchema), steps: 3000 };
    expect(lowStakesSweepPlan(params).xs).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 3000]);
    expect(lowStakesSweepPlan(params).key).toBe(lowStakesSweepPlan({ ...params, stakes: 500 }).key);
  });

  it('runs values outer, seeds inner, and draws a point only once all its seeds are in', () => {
    const plan = lowStakesSweepPlan({ ...defaults(lowstakesSchema), steps: 500 });
    const runs = [0, 1, 2, 3].map((i) => lowStakesRun(plan, i));
    expect(runs[3]!.regret).toBe(runOne({ ...plan.base, stakes: 2, seed: plan.seeds[0] }).regret);
    expect(lowStakesPoint(plan, runs, 1)).toBeNull();
    const first = lowStakesPoint(plan, runs, 0)!;
    const regrets = runs.slice(0, SWEEP_SEEDS).map((r) => r.regret);
    expect(first.regret).toEqual({ mean: regrets.reduce((a, b) => a + b) / SWEEP_SEEDS, min: Math.min(...regrets), max: Math.max(...regrets) });
    expect(first.regretPerStake).toEqual(first.regret); // B = 1
  });

  it('shows the CLI’s numbers per seed, starts at the widget’s B, and the keyboard chooses a point (B and the URL)', async () => {
    render(<LowStakesIsland path={PATH} />);
    const xs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];
    await waitFor(() => expect(status()).toBe(`${xs.length} points (${xs.length * SWEEP_SEEDS} runs), cached for these settings.`), { timeout: 30_000 });
    const params = { ...defaults(lowstakesSchema), steps: 2000, stakes: 10 };
    const singles = (b: number) => Array.from({ length: SWEEP_SEEDS }, (_, i) => runOne({ ...scenarioOf(params), stakes: b, seed: 1 + i }));

    // the cursor starts on the widget's B = 10
    const at10 = singles(10);
    expect(readout()).toBe(`B 10, expected bad decisions: bad decisions ${spreadText(at10.map((s) => s.badDecisions))}`);
    expect(within(panel()).getByTestId('sweep-current')).toBeTruthy();

    const chart = within(panel()).getByRole('group');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowUp' });
    const at20 = singles(20);
    expect(readout()).toBe(`B 20, regret ÷ B: bad decisions ${spreadText(at20.map((s) => s.regret / 20))}`);
    fireEvent.keyDown(chart, { key: 'Enter' });
    await waitFor(() => expect(location.search).toContain('lowstakes.stakes=20'), { timeout: 3000 });
    // the widget itself now runs at B = 20
    expect(document.querySelector('.ls-headline')!.textContent).toContain(`regret ${formatNumber(runOne({ ...scenarioOf(params), stakes: 20 }).regret)}`);
  }, 60_000);
});
