import { invalid } from '../errors';
import { maxWidth, parameterisations, type Parameterisation } from './network';
import { tangentTasks, type TangentTask } from './tasks';

/** A width sweep: one seeded network (and its linearisation) per width, all else shared. */
export interface TangentScenario {
  seed: number;
  task: TangentTask;
  depth: number;
  widths: number[];
  parameterisation: Parameterisation;
  steps: number;
  learningRate: number;
}

/**
 * The spec's quick simulation: one hidden layer, sin x on 32 points of [−3, 3], 2000 full-batch
 * steps, η = 0.5, NTK scaling, widths 16 → 4096 by factors of 4, seed 1.
 * Source: spec "What the demo measures".
 * @example scenarioDefaults.widths // [16, 64, 256, 1024, 4096]
 */
export const scenarioDefaults: Readonly<TangentScenario> = Object.freeze({
  seed: 1,
  task: 'sin',
  depth: 1,
  widths: [16, 64, 256, 1024, 4096],
  parameterisation: 'ntk',
  steps: 2000,
  learningRate: 0.5,
});

/** Most gradient-descent steps a scenario may ask for. */
export const MAX_STEPS = 20_000;

const fields = Object.keys(scenarioDefaults);
const fn = 'parseScenario';

function integer(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) invalid(fn, `${field} an integer in ${min} … ${max}`, value);
  return value;
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) invalid(fn, `${field} one of ${allowed.join(', ')}`, value);
  return value as T;
}

/**
 * Validate a scenario and fill missing fields with scenarioDefaults; unknown fields are rejected by name.
 * Widths are 1 … 16,384 for one hidden layer and 1 … 1,024 for two or three, at most 12 of them.
 * @example parseScenario({ widths: [8, 32] }).steps // 2000
 */
export function parseScenario(input: unknown): TangentScenario {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalid(fn, 'a JSON object', input);
  const o = input as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !fields.includes(k));
  if (unknown.length > 0) invalid(fn, `only the fields ${fields.join(', ')}`, unknown[0]);
  const has = (k: string) => o[k] !== undefined;
  const d = scenarioDefaults;
  const depth = has('depth') ? integer('depth', o.depth, 1, 3) : d.depth;
  let widths = [...d.widths];
  if (has('widths')) {
    if (!Array.isArray(o.widths) || o.widths.length < 1 || o.widths.length > 12) invalid(fn, 'widths a list of 1 … 12 widths', o.widths);
    widths = (o.widths as unknown[]).map((w, i) => integer(`widths[${i}]`, w, 1, maxWidth(depth)));
  } else if (depth > 1) {
    widths = widths.filter((w) => w <= maxWidth(depth));
  }
  const lr = o.learningRate;
  if (has('learningRate') && (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0 || lr > 10)) invalid(fn, 'learningRate in (0, 10]', lr);
  return {
    seed: has('seed') ? integer('seed', o.seed, 0, 2 ** 32 - 1) : d.seed,
    task: has('task') ? oneOf('task', o.task, tangentTasks) : d.task,
    depth,
    widths,
    parameterisation: has('parameterisation') ? oneOf('parameterisation', o.parameterisation, parameterisations) : d.parameterisation,
    steps: has('steps') ? integer('steps', o.steps, 1, MAX_STEPS) : d.steps,
    learningRate: has('learningRate') ? (lr as number) : d.learningRate,
  };
}
