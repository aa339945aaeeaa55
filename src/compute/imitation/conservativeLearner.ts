import { invalid } from '../errors';
import { nextRandom } from '../random/rng';
import { ACTION_COUNT, CATASTROPHE } from './actions';
import type { LearnerOutcome, LearnerView } from './learnerTypes';
import { logPrior, posteriorFromLog } from './posterior';
import { DEMONSTRATOR, queryDemonstrator } from './queryDemonstrator';
import { sampleCategorical } from './sampleCategorical';
import { selectTopSet, type Selection } from './topSet';
import { modelProbabilities, type ToyWorld } from './toyWorld';

/**
 * Plain, JSON-serialisable state of the conservative Bayesian imitator. `topSet` is a cache of
 * selectTopSet(posterior) — the posterior only moves on queries, so it is recomputed only then.
 */
export interface ConservativeState {
  kind: 'conservative';
  selection: Selection;
  logWeights: number[];
  topSet: number[];
  rng: number;
  queries: number;
  catastrophes: number;
}

/**
 * A fresh conservative imitator: prior weights, the prior's top set, and its own RNG state.
 * Source: spec, "The learner"; Cohen, Hutter & Nanda (2022), the conservative imitator.
 * @example initConservative(buildToyWorld(DEFAULT_WORLD_CONFIG, 1), { rule: 'alpha', alpha: 0.03 }, 7).topSet.length // 11
 */
export function initConservative(world: ToyWorld, selection: Selection, rngState: number): ConservativeState {
  if (selection.rule === 'top-k' && selection.k > world.models.length) {
    invalid('imitation', `selection.k an integer in [1, ${world.models.length}] (the number of models)`, selection.k);
  }
  const logWeights = logPrior(world.models.map((m) => m.prior));
  return {
    kind: 'conservative',
    selection,
    logWeights,
    topSet: selectTopSet(posteriorFromLog(logWeights), selection),
    rng: rngState >>> 0,
    queries: 0,
    catastrophes: 0,
  };
}

/** p₀ over the top set for (t, c), θ_q, and the mass Σp₀ left for acting alone. */
function minOverTopSet(world: ToyWorld, topSet: readonly number[], t: number, context: number) {
  const models = world.models;
  const first = modelProbabilities(models[topSet[0]!]!, t, context);
  const p0 = first.slice();
  for (let s = 1; s < topSet.length; s++) {
    const row = modelProbabilities(models[topSet[s]!]!, t, context);
    for (let a = 0; a < ACTION_COUNT; a++) if (row[a]! < p0[a]!) p0[a] = row[a]!;
  }
  let theta = 0;
  let selfMass = 0;
  for (let a = 0; a < ACTION_COUNT; a++) {
    theta += first[a]! - p0[a]!;
    selfMass += p0[a]!;
  }
  theta = selfMass > 0 ? Math.min(1, Math.max(0, theta)) : 1;
  return { p0, theta, selfMass };
}

/**
 * One step of the conservative imitator in context c at step t (pure; returns a new state).
 * With probability θ_q = 1 − Σp₀ it queries: the demonstrator acts and the posterior is updated by
 * Bayes; otherwise it acts a ~ p₀/Σp₀ and the posterior is untouched (its own action is no evidence
 * about π^d). Two uniforms are drawn every step, so the RNG stream does not depend on the branch.
 * Source: spec, "One step"; Cohen, Hutter & Nanda (2022), the conservative imitator.
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); stepConservative(w, initConservative(w, { rule: 'alpha', alpha: 0.03 }, 7), 0, 0).outcome // { queried: true, action: 0, catastrophe: false, queryProbability: 0.7324857796076686 }
 */
export function stepConservative(
  world: ToyWorld,
  state: ConservativeState,
  t: number,
  context: number,
): { state: ConservativeState; outcome: LearnerOutcome } {
  const { p0, theta } = minOverTopSet(world, state.topSet, t, context);
  const [u, r1] = nextRandom(state.rng);
  const [v, rng] = nextRandom(r1);
  if (u < theta) {
    const { action, logWeights } = queryDemonstrator(world, state.logWeights, t, context, v);
    const topSet = selectTopSet(posteriorFromLog(logWeights), state.selection);
    return {
      state: { ...state, logWeights, topSet, rng, queries: state.queries + 1 },
      outcome: { queried: true, action, catastrophe: false, queryProbability: theta },
    };
  }
  const action = sampleCategorical(p0, v);
  const catastrophe = action === CATASTROPHE;
  return {
    state: { ...state, rng, catastrophes: state.catastrophes + (catastrophe ? 1 : 0) },
    outcome: { queried: false, action, catastrophe, queryProbability: theta },
  };
}

/**
 * The conservative imitator's observables in context c at step t, before it acts (see LearnerView).
 * Source: spec, "The learner".
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); inspectConservative(w, initConservative(w, { rule: 'alpha', alpha: 0.03 }, 7), 0, 0).topSet // [21, 22, 23, 24, 25, 0, 1, 2, 3, 4, 5]
 */
export function inspectConservative(world: ToyWorld, state: ConservativeState, t: number, context: number): LearnerView {
  const weights = posteriorFromLog(state.logWeights);
  const { p0, theta, selfMass } = minOverTopSet(world, state.topSet, t, context);
  return {
    kind: 'conservative',
    posterior: weights.map((weight, i) => ({ kind: world.models[i]!.kind, weight })),
    topSet: state.topSet.slice(),
    topProbabilities: state.topSet.map((i) => modelProbabilities(world.models[i]!, t, context).slice()),
    minDistribution: p0,
    queryProbability: theta,
    actionDistribution: selfMass > 0 ? p0.map((p) => p / selfMass) : p0.map(() => 0),
    demonstratorInTopSet: state.topSet.includes(DEMONSTRATOR),
    watching: false,
    queries: state.queries,
    catastrophes: state.catastrophes,
  };
}
