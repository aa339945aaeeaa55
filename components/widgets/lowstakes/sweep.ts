import { run as lowstakesCli, type Scenario } from '@intermittent-distillations/compute/lowstakes';
import { summarisePoint, type Spread, type SweepOutput } from '@intermittent-distillations/compute/sweep';
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

/** One run of the sweep (one stakes value, one seed): its expected bad decisions and regret. */
export interface LowStakesSweepRun {
  badDecisions: number;
  regret: number;
}

/**
 * Run `index` of the plan, values outer and seeds inner (as the CLI's sweep orders them): the CLI's
 * sweep of that one value with that one seed, so a streamed task is one run (≈ 40 ms at T = 100,000).
 * @example lowStakesRun(plan, 0).regret // run({ …, stakes: plan.xs[0], seed: plan.seeds[0] }).regret
 */
export function lowStakesRun(plan: LowStakesSweepPlan, index: number): LowStakesSweepRun {
  const b = plan.xs[Math.floor(index / plan.seeds.length)]!;
  const seed = plan.seeds[index % plan.seeds.length]!;
  const out = lowstakesCli({ ...plan.base, sweep: { param: 'stakes', values: [b], seeds: [seed] } }) as SweepOutput;
  const p = out.sweep.points[0]!;
  return { badDecisions: (p.badDecisions as Spread).mean, regret: (p.regret as Spread).mean };
}

/** One stakes value over the seeds: expected bad decisions and regret, and regret ÷ B. */
export interface LowStakesSweepPoint {
  badDecisions: Spread;
  regret: Spread;
  /** Regret in units of one bad decision's cost B (regret ÷ B): comparable with badDecisions on one axis. */
  regretPerStake: Spread;
}

/**
 * The point at value `xi` from its seeds' runs (null until every seed has run), summarised as the
 * CLI's sweep does (summarisePoint).
 * Formula: regretPerStake = regret / B (B > 0, so mean, min and max divide through).
 * @example lowStakesPoint(plan, runs, 0)?.regret.mean // the mean over the seeds of the regret at B = plan.xs[0]
 */
export function lowStakesPoint(plan: LowStakesSweepPlan, runs: readonly (LowStakesSweepRun | undefined)[], xi: number): LowStakesSweepPoint | null {
  const k = plan.seeds.length;
  const mine = runs.slice(xi * k, (xi + 1) * k);
  if (mine.length < k || mine.some((r) => r === undefined)) return null;
  const b = plan.xs[xi]!;
  const p = summarisePoint(b, mine, ['badDecisions', 'regret']);
  const regret = p.regret as Spread;
  return { badDecisions: p.badDecisions as Spread, regret, regretPerStake: { mean: regret.mean / b, min: regret.min / b, max: regret.max / b } };
}
