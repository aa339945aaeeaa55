import { invalid } from '../errors';
import { nextRandom } from '../random/rng';
import { ACTION_COUNT, CATASTROPHE } from './actions';
import type { LearnerOutcome, LearnerView } from './learnerTypes';
import { logPrior, posteriorFromLog } from './posterior';
import { DEMONSTRATOR, queryDemonstrator } from './queryDemonstrator';
import { sampleCategorical } from './sampleCategorical';
import { modelProbabilities, type ToyWorld } from './toyWorld';

/**
 * Plain, JSON-serialisable state of a baseline imitator: the Bayes mixture or the MAP model, trained
 * by watching the demonstrator for the first `watchSteps` steps (every step a query and a Bayes
 * update), then acting alone for good, with no further queries or updates.
 */
export interface BaselineState {
  kind: 'mixture' | 'map';
  watchSteps: number;
  logWeights: number[];
  rng: number;
  queries: number;
  catastrophes: number;
}

/**
 * A fresh baseline imitator with prior weights and its own RNG state.
 * Source: spec, "Baselines" ("each after watching the demonstrator for a training phase").
 * @example initBaseline(buildToyWorld(DEFAULT_WORLD_CONFIG, 1), 'map', 200, 9).watchSteps // 200
 */
export function initBaseline(world: ToyWorld, kind: 'mixture' | 'map', watchSteps: number, rngState: number): BaselineState {
  if (!Number.isInteger(watchSteps) || watchSteps < 0) invalid('initBaseline', 'watchSteps an integer ≥ 0', watchSteps);
  return {
    kind,
    watchSteps,
    logWeights: logPrior(world.models.map((m) => m.prior)),
    rng: rngState >>> 0,
    queries: 0,
    catastrophes: 0,
  };
}

/** Index of the largest log-weight, the lowest index among ties (the fixed model order). */
function mapIndex(logWeights: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < logWeights.length; i++) if (logWeights[i]! > logWeights[best]!) best = i;
  return best;
}

/**
 * The distribution a baseline acts from after training, unnormalised only by rounding.
 * Mixture: the posterior predictive ξ(a | h) = Σ_ν w(ν | h)·ν(a | h). MAP: ν*(a | h) with
 * ν* = argmax_ν w(ν | h).
 * Source: spec, "Baselines" (the Bayes mixture samples from the posterior predictive; MAP uses the top model).
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); baselinePolicy(w, initBaseline(w, 'map', 0, 1), 400, 0)[2] // 0.9 (the prior's MAP model is deceptive)
 */
export function baselinePolicy(world: ToyWorld, state: BaselineState, t: number, context: number): number[] {
  const models = world.models;
  if (state.kind === 'map') return modelProbabilities(models[mapIndex(state.logWeights)]!, t, context).slice();
  const weights = posteriorFromLog(state.logWeights);
  const mix = new Array<number>(ACTION_COUNT).fill(0);
  for (let i = 0; i < models.length; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    const row = modelProbabilities(models[i]!, t, context);
    for (let a = 0; a < ACTION_COUNT; a++) mix[a]! += w * row[a]!;
  }
  return mix;
}

/**
 * One step of a baseline at step t in context c (pure; returns a new state): while t < watchSteps
 * the demonstrator acts and the posterior is updated (a query, θ_q = 1); afterwards the baseline
 * acts a ~ baselinePolicy and nothing is learned (θ_q = 0). Two uniforms are drawn every step.
 * Source: spec, "Baselines".
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); stepBaseline(w, initBaseline(w, 'mixture', 10, 1), 0, 0).outcome.queried // true
 */
export function stepBaseline(
  world: ToyWorld,
  state: BaselineState,
  t: number,
  context: number,
): { state: BaselineState; outcome: LearnerOutcome } {
  const [, r1] = nextRandom(state.rng);
  const [v, rng] = nextRandom(r1);
  if (t < state.watchSteps) {
    const { action, logWeights } = queryDemonstrator(world, state.logWeights, t, context, v);
    return {
      state: { ...state, logWeights, rng, queries: state.queries + 1 },
      outcome: { queried: true, action, catastrophe: false, queryProbability: 1 },
    };
  }
  const action = sampleCategorical(baselinePolicy(world, state, t, context), v);
  const catastrophe = action === CATASTROPHE;
  return {
    state: { ...state, rng, catastrophes: state.catastrophes + (catastrophe ? 1 : 0) },
    outcome: { queried: false, action, catastrophe, queryProbability: 0 },
  };
}

/**
 * A baseline's observables at step t in context c, before it acts (see LearnerView).
 * Source: spec, "Baselines".
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); inspectBaseline(w, initBaseline(w, 'map', 0, 1), 0, 0).topSet // [21]
 */
export function inspectBaseline(world: ToyWorld, state: BaselineState, t: number, context: number): LearnerView {
  const weights = posteriorFromLog(state.logWeights);
  const topSet =
    state.kind === 'map'
      ? [mapIndex(state.logWeights)]
      : weights
          .map((w, i) => [w, i] as const)
          .filter(([w]) => w > 0)
          .sort((x, y) => y[0] - x[0] || x[1] - y[1])
          .map(([, i]) => i);
  const watching = t < state.watchSteps;
  const policy = baselinePolicy(world, state, t, context);
  let total = 0;
  for (const p of policy) total += p;
  return {
    kind: state.kind,
    posterior: weights.map((weight, i) => ({ kind: world.models[i]!.kind, weight })),
    topSet,
    topProbabilities: topSet.map((i) => modelProbabilities(world.models[i]!, t, context).slice()),
    minDistribution: null,
    queryProbability: watching ? 1 : 0,
    actionDistribution: policy.map((p) => p / total),
    demonstratorInTopSet: topSet.includes(DEMONSTRATOR),
    watching,
    queries: state.queries,
    catastrophes: state.catastrophes,
  };
}
