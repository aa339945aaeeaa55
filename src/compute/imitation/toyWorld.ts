import { invalid } from '../errors';
import { createRng } from '../random/rng';
import { STREAMS, streamState } from './streams';

/** Role of a model in the class M: the true demonstrator π^d, an honest-but-wrong policy, or a deceptive one. */
export type ModelKind = 'demonstrator' | 'honest' | 'deceptive';

/**
 * One candidate policy ν(a | t, c) of the toy world, stored as tables so a state can be JSON-serialised.
 * `table[c][a]` applies before `triggerStep`, `triggeredTable[c][a]` from it on (deceptive models only).
 */
export interface PolicyModel {
  kind: ModelKind;
  prior: number;
  table: number[][];
  triggerStep: number | null;
  triggeredTable: number[][] | null;
}

/** The toy world: C contexts and the model class M, with π^d at index 0 (realisability). */
export interface ToyWorld {
  contexts: number;
  models: PolicyModel[];
}

/** Parameters of the toy world (spec, "A toy world that shows the point"). */
export interface WorldConfig {
  /** C: contexts c_t ~ Uniform{0..C−1}. */
  contexts: number;
  /** w(π^d), the demonstrator's prior weight. */
  demonstratorPrior: number;
  /** Number of honest-but-wrong models (never play the catastrophe). */
  honestModels: number;
  /** Number of deceptive models (π^d until their trigger, then 0.9 on the catastrophe). */
  deceptiveModels: number;
  /** Prior of one deceptive model divided by the prior of one honest model. */
  deceptivePriorRatio: number;
  /** Step t at which the first deceptive model switches. */
  triggerStep: number;
  /** Steps between consecutive deceptive triggers; 0 makes all of them trigger together. */
  triggerSpread: number;
}

/**
 * The spec's toy world: C = 4, w(π^d) = 0.05, 20 honest and 5 deceptive models with 5× an honest
 * model's prior, every deceptive model triggering at t = 300 (a scenario that gives only
 * `triggerStep` gets exactly that; staggered triggers need an explicit `triggerSpread`).
 * Source: spec, toy world ("about 20", "about 5", "5× an honest model", "w(π^d) ≈ 0.05", "t ≈ 300").
 * @example DEFAULT_WORLD_CONFIG.honestModels // 20
 */
export const DEFAULT_WORLD_CONFIG: Readonly<WorldConfig> = Object.freeze({
  contexts: 4,
  demonstratorPrior: 0.05,
  honestModels: 20,
  deceptiveModels: 5,
  deceptivePriorRatio: 5,
  triggerStep: 300,
  triggerSpread: 0,
});

/**
 * The widget's staggered triggers: one deceptive model switching every ten steps from the
 * trigger step, so the reader sees them leave the set one by one ("t ≈ 300" in the spec).
 * @example buildToyWorld({ ...DEFAULT_WORLD_CONFIG, triggerSpread: STAGGERED_TRIGGER_SPREAD }, 1).models.at(-1)!.triggerStep // 340
 */
export const STAGGERED_TRIGGER_SPREAD = 10;

/**
 * Largest accepted sizes, so a URL or CLI call cannot ask for an unbounded world.
 * @example WORLD_LIMITS.contexts // 64
 */
export const WORLD_LIMITS = Object.freeze({ contexts: 64, honestModels: 500, deceptiveModels: 100 });

/**
 * Probability a deceptive model puts on the catastrophe after its trigger.
 * Source: spec, toy world ("then putting 0.9 on the catastrophe").
 * @example DECEPTIVE_CATASTROPHE_PROBABILITY // 0.9
 */
export const DECEPTIVE_CATASTROPHE_PROBABILITY = 0.9;

function checkInteger(field: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid('imitation', `${field} an integer in [${min}, ${max}]`, value);
  }
}

/**
 * Throw a precise `imitation: expected world.<field> …` error unless `config` is a valid world.
 * Constraints: C ≥ 1; 0 < w(π^d) < 1; at least one model besides π^d (so the prior mass 1 − w(π^d)
 * has somewhere to go); deceptivePriorRatio > 0; trigger steps non-negative integers.
 * Source: spec, toy world; the prior weights must be positive and sum to 1 (spec, "The learner").
 * @example validateWorldConfig({ ...DEFAULT_WORLD_CONFIG, contexts: 0 }) // throws "imitation: expected world.contexts an integer in [1, 64], received 0"
 */
export function validateWorldConfig(config: WorldConfig): void {
  checkInteger('world.contexts', config.contexts, 1, WORLD_LIMITS.contexts);
  const w = config.demonstratorPrior;
  if (typeof w !== 'number' || !(w > 0 && w < 1)) invalid('imitation', 'world.demonstratorPrior in (0, 1)', w);
  checkInteger('world.honestModels', config.honestModels, 0, WORLD_LIMITS.honestModels);
  checkInteger('world.deceptiveModels', config.deceptiveModels, 0, WORLD_LIMITS.deceptiveModels);
  if (config.honestModels + config.deceptiveModels < 1) {
    invalid('imitation', 'world.honestModels + world.deceptiveModels ≥ 1', config.honestModels + config.deceptiveModels);
  }
  const r = config.deceptivePriorRatio;
  if (typeof r !== 'number' || !(r > 0) || !Number.isFinite(r) || r > 1e6) {
    invalid('imitation', 'world.deceptivePriorRatio in (0, 1e6]', r);
  }
  checkInteger('world.triggerStep', config.triggerStep, 0, 1e9);
  checkInteger('world.triggerSpread', config.triggerSpread, 0, 1e6);
}

/**
 * Build the toy world's model class from a config and a seed: π^d first, then the honest models, then
 * the deceptive ones (this fixed order breaks posterior ties).
 * Priors: w(π^d) as given; the rest 1 − w(π^d) split so that each deceptive model gets
 * `deceptivePriorRatio` × an honest model's weight: h = (1 − w(π^d)) / (n_h + r·n_d).
 * Tables: π^d(0 | c) ~ U[0.1, 0.9], honest ν(0 | c) ~ U[0.05, 0.95], both with 0 on the catastrophe;
 * deceptive i equals π^d before t = triggerStep + i·triggerSpread, then (0.1·π^d(0|c), 0.1·π^d(1|c), 0.9).
 * Source: spec, toy world.
 * @example buildToyWorld(DEFAULT_WORLD_CONFIG, 1).models.length // 26
 */
export function buildToyWorld(config: WorldConfig, seed: number): ToyWorld {
  validateWorldConfig(config);
  const rng = createRng(streamState(seed, STREAMS.world));
  const { contexts, demonstratorPrior, honestModels, deceptiveModels, deceptivePriorRatio } = config;
  const honestPrior = (1 - demonstratorPrior) / (honestModels + deceptivePriorRatio * deceptiveModels);
  const row = (p0: number): number[] => [p0, 1 - p0, 0];
  const demoTable = Array.from({ length: contexts }, () => row(0.1 + 0.8 * rng()));
  const models: PolicyModel[] = [
    { kind: 'demonstrator', prior: demonstratorPrior, table: demoTable, triggerStep: null, triggeredTable: null },
  ];
  for (let i = 0; i < honestModels; i++) {
    const table = Array.from({ length: contexts }, () => row(0.05 + 0.9 * rng()));
    models.push({ kind: 'honest', prior: honestPrior, table, triggerStep: null, triggeredTable: null });
  }
  const q = DECEPTIVE_CATASTROPHE_PROBABILITY;
  for (let i = 0; i < deceptiveModels; i++) {
    models.push({
      kind: 'deceptive',
      prior: deceptivePriorRatio * honestPrior,
      table: demoTable.map((r) => r.slice()),
      triggerStep: config.triggerStep + i * config.triggerSpread,
      triggeredTable: demoTable.map((r) => [(1 - q) * r[0]!, (1 - q) * r[1]!, q]),
    });
  }
  return { contexts, models };
}

/**
 * The action probabilities ν(· | t, c) of one model at step t in context c (a shared row: do not mutate).
 * Formula: ν(· | t, c) = triggeredTable[c] if t ≥ triggerStep, else table[c].
 * Source: spec, toy world (deceptive models "identical to π^d until a trigger step").
 * @example modelProbabilities(buildToyWorld(DEFAULT_WORLD_CONFIG, 1).models[25]!, 400, 0)[2] // 0.9
 */
export function modelProbabilities(model: PolicyModel, t: number, context: number): readonly number[] {
  const table = model.triggerStep !== null && t >= model.triggerStep ? model.triggeredTable! : model.table;
  return table[context]!;
}
