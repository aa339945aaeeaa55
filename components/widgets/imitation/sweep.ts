import { run as imitationCli, runOne, type LearnerKind, type Scenario } from '@intermittent-distillations/compute/imitation';
import { summarisePoint, type Spread, type SweepOutput } from '@intermittent-distillations/compute/sweep';
import { modelCount, scenarioOf, type ImitationParams } from './params';

/**
 * α values the sweep runs: 0.001 … 0.5 on a log scale, at the α slider's step of 0.001.
 * @example ALPHA_VALUES.at(-1) // 0.5
 */
export const ALPHA_VALUES: readonly number[] = [0.001, 0.002, 0.003, 0.005, 0.007, 0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5];

/** Seeds per point: the widget's seed and the next ones, so the sweep follows the seed field. */
export const SWEEP_SEEDS = 4;

/** What the imitation sweep runs for the widget's state. */
export interface ImitationSweepPlan {
  /** Cache key: every run parameter of the widget. */
  key: string;
  param: 'selection.alpha' | 'selection.k';
  xs: number[];
  seeds: number[];
  base: Scenario;
}

/**
 * The sweep for the widget's set rule: over α (log, 0.001 … 0.5) for the α rule, over k
 * (1 … the number of models) for top-k, each with SWEEP_SEEDS seeds of the widget's world.
 * @example imitationSweepPlan(defaults(imitationSchema)).xs.length // 16
 */
export function imitationSweepPlan(params: ImitationParams): ImitationSweepPlan {
  const base = scenarioOf(params);
  const seeds = Array.from({ length: SWEEP_SEEDS }, (_, i) => params.seed + i);
  const alpha = params.rule === 'alpha';
  const models = modelCount(params);
  const xs = alpha ? [...ALPHA_VALUES] : Array.from({ length: models }, (_, i) => i + 1);
  const key = JSON.stringify([base.selection.rule, base.world, seeds, base.steps]);
  return { key, param: alpha ? 'selection.alpha' : 'selection.k', xs, seeds, base };
}

/** The conservative imitator at one swept value: queries and catastrophes over the seeds (the CLI's sweep of one value). */
export function conservativePoint(plan: ImitationSweepPlan, index: number): { queries: Spread; catastrophes: Spread } {
  const out = imitationCli({ ...plan.base, learner: 'conservative', sweep: { param: plan.param, values: [plan.xs[index]!], seeds: plan.seeds } }) as SweepOutput;
  const p = out.sweep.points[0]!;
  return { queries: p.queries as Spread, catastrophes: p.catastrophes as Spread };
}

/** A baseline's catastrophes over the seeds: it never uses α or k, so one value serves the whole axis. */
export function baselinePoint(plan: ImitationSweepPlan, learner: Exclude<LearnerKind, 'conservative'>): Spread {
  const runs = plan.seeds.map((seed) => runOne({ ...plan.base, seed, learner }));
  return summarisePoint(0, runs, ['catastrophes']).catastrophes as Spread;
}
