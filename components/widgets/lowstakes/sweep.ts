import { run as lowstakesCli, type Scenario } from '@intermittent-distillations/compute/lowstakes';
import type { Spread, SweepOutput } from '@intermittent-distillations/compute/sweep';
import { RUN_KEYS, scenarioOf, type LowStakesParams } from './params';

/**
 * Stakes B the sweep may run (1 … 100,000, log, 1–2–5 per decade); the widget's horizon T caps
 * them (B ≤ T, as the slider does), and T itself is added when it is not on the grid.
 * @example STAKES_GRID.length // 16
 */
export const STAKES_GRID: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

/** Seeds per point: the widget's seed and the next ones, so the sweep follows the seed field. */
export const SWEEP_SEEDS = 3;

/** What the low-stakes sweep runs for the widget's state. */
export interface LowStakesSweepPlan {
  /** Cache key: every run parameter of the widget but the swept stakes. */
  key: string;
  xs: number[];
  seeds: number[];
  base: Scenario;
}

/**
 * The sweep over stakes B for the widget's state: B on STAKES_GRID up to T (and T), SWEEP_SEEDS
 * seeds from the widget's seed, everything else as set.
 * @example lowStakesSweepPlan(defaults(lowstakesSchema)).xs.at(-1) // 10000 (T)
 */
export function lowStakesSweepPlan(params: LowStakesParams): LowStakesSweepPlan {
  const base = scenarioOf(params);
  const xs = STAKES_GRID.filter((b) => b <= params.steps);
  if (xs.at(-1) !== params.steps) xs.push(params.steps);
  const seeds = Array.from({ length: SWEEP_SEEDS }, (_, i) => params.seed + i);
  const key = JSON.stringify(RUN_KEYS.filter((k) => k !== 'stakes' && k !== 'seed').map((k) => params[k]).concat(seeds));
  return { key, xs, seeds, base };
}

/** One stakes value: expected bad decisions and regret ÷ B over the seeds (the CLI's sweep of one value). */
export interface LowStakesSweepPoint {
  badDecisions: Spread;
  /** Regret in units of one bad decision's cost B (regret ÷ B): comparable with badDecisions on one axis. */
  regretPerStake: Spread;
  regret: Spread;
}

/**
 * The CLI's sweep at one stakes value of the plan: { badDecisions, regret, regretPerStake }.
 * Formula: regretPerStake = regret / B (B > 0, so mean, min and max divide through).
 * @example lowStakesPoint(plan, 0).regret.mean // the mean over the seeds of run({ …, stakes: 1 }).regret
 */
export function lowStakesPoint(plan: LowStakesSweepPlan, index: number): LowStakesSweepPoint {
  const b = plan.xs[index]!;
  const out = lowstakesCli({ ...plan.base, sweep: { param: 'stakes', values: [b], seeds: plan.seeds } }) as SweepOutput;
  const p = out.sweep.points[0]!;
  const regret = p.regret as Spread;
  return { badDecisions: p.badDecisions as Spread, regret, regretPerStake: { mean: regret.mean / b, min: regret.min / b, max: regret.max / b } };
}
