import { boolean, defineSchema, enumOf, integer, number, seed, type ParamsOf } from '../../../src/state/index';
// Direct module imports (not the tangent index) keep the page's first bundle small.
import { maxWidth, parameterisations, scenarioDefaults, type TangentScenario, tangentTasks, type TangentTask, type TangentConfig } from '@intermittent-distillations/compute/tangent';

/** What the reader reads in the task menu. */
export const TASK_LABELS: Record<TangentTask, string> = {
  sin: 'sin x on [−3, 3] (32 points)',
  step: 'step (sign x), harder',
  moons: 'two moons, 2-D (±1 targets)',
  xor: 'XOR, 2-D (±1 targets)',
};

/**
 * The widget's URL surface, keys `tangent.<param>`. Defaults are the spec's quick simulation
 * (sin, one hidden layer, NTK scaling, η = 0.5, 2000 steps, seed 1) at width 256; `step` is the
 * step reached, so a link replays the run to the same point.
 * Source: issue 10 (controls); src/compute/tangent/scenario.ts (scenarioDefaults).
 * @example tangentSchema.fields.lr.default // 0.5
 */
export const tangentSchema = defineSchema('tangent', {
  task: enumOf(tangentTasks, scenarioDefaults.task, { label: 'task' }),
  width: integer({ default: 256, min: 16, max: maxWidth(1), log: true, label: 'width' }),
  depth: integer({ default: scenarioDefaults.depth, min: 1, max: 3, label: 'depth' }),
  scaling: enumOf(parameterisations, scenarioDefaults.parameterisation, { label: 'scaling' }),
  lr: number({ default: scenarioDefaults.learningRate, min: 0.01, max: 1.5, step: 0.01, log: true, label: 'learning rate' }),
  steps: integer({ default: scenarioDefaults.steps, min: 100, max: 10_000, log: true, label: 'steps' }),
  seed: seed({ default: scenarioDefaults.seed }),
  step: integer({ default: 0, min: 0, max: 10_000, label: 'step' }),
  /** extend the one-hidden-layer sweep to 16,384 (computed in the reader's browser, so off by default) */
  wide: boolean({ default: false, label: 'sweep to 16,384' }),
  /** whether the full model's folded panels are open (display only: not in any instance's controls) */
  sweepOpen: boolean({ default: false, label: 'width sweep open' }),
  ticketsOpen: boolean({ default: false, label: 'tangent tickets open' }),
});

/** The widget's parameters. */
export type TangentParams = ParamsOf<typeof tangentSchema>;

/**
 * The width the model runs: the reader's, capped at the model's limit for the depth (1,024 for
 * two or three hidden layers, where each extra layer has width² weights).
 * @example effectiveWidth({ ...defaults(tangentSchema), depth: 3, width: 4096 }) // 1024
 */
export function effectiveWidth(p: Pick<TangentParams, 'width' | 'depth'>): number {
  return Math.min(p.width, maxWidth(p.depth));
}

/**
 * The model configuration of the run on the left.
 * @example runConfig(defaults(tangentSchema)).width // 256
 */
export function runConfig(p: TangentParams): TangentConfig {
  return { seed: p.seed, task: p.task, depth: p.depth, width: effectiveWidth(p), parameterisation: p.scaling, learningRate: p.lr };
}

/** Parameters that define the run on the left; changing any starts a new run at step 0. */
export const RUN_KEYS = ['task', 'width', 'depth', 'scaling', 'lr', 'steps', 'seed'] as const;

/**
 * The identity of a run: equal strings mean the same network, data and schedule.
 * @example runKey(defaults(tangentSchema)) // 'sin|256|1|ntk|0.5|2000|1'
 */
export function runKey(p: TangentParams): string {
  return RUN_KEYS.map((k) => String(k === 'width' ? effectiveWidth(p) : p[k])).join('|');
}

/**
 * The widths of the sweep: ×4 from 16 to 4,096 with one hidden layer (the spec's simulation; the
 * bench times it), and on request on to 16,384; to 256 with two or three hidden layers, where a
 * width costs width² per layer and step.
 * @example sweepWidths(1, true) // [16, 64, 256, 1024, 4096, 16384]
 */
export function sweepWidths(depth: number, wide = false): number[] {
  if (depth !== 1) return [16, 32, 64, 128, 256];
  return wide ? [16, 64, 256, 1024, 4096, 16_384] : [16, 64, 256, 1024, 4096];
}

/**
 * The sweep's scenario for some parameters and a scaling (the sweep ignores the reader's width).
 * Its cache key leaves out the widths: a wider sweep extends the narrower one's rows.
 * @example sweepScenario(defaults(tangentSchema), 'ntk').steps // 2000
 */
export function sweepScenario(p: TangentParams, scaling: TangentParams['scaling']): TangentScenario {
  return { seed: p.seed, task: p.task, depth: p.depth, widths: sweepWidths(p.depth, p.wide), parameterisation: scaling, steps: p.steps, learningRate: p.lr };
}

/**
 * The identity of a sweep: equal strings mean equal results.
 * @example sweepKey(sweepScenario(defaults(tangentSchema), 'ntk')) // 'sin|1|ntk|0.5|2000|1'
 */
export function sweepKey(s: TangentScenario): string {
  return [s.task, s.depth, s.parameterisation, s.learningRate, s.steps, s.seed].join('|');
}
