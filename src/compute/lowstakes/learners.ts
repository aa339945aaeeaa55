import { invalid } from '../errors';
import type { LearnerKind } from './scenario';

/** The learner's plain, serialisable state (Hedge and follow-the-leader need only the cumulative losses). */
export interface LearnerState {
  kind: LearnerKind;
  /** η, the learning rate of Hedge and Fixed-Share. */
  eta: number;
  /** γ, Fixed-Share's share rate. */
  shareRate: number;
  /** W, train-then-deploy's watch steps. */
  watchSteps: number;
  /** t: steps seen so far. */
  t: number;
  /** L_i = Σ_{s<t} ℓ_{s,i}. */
  cumulative: number[];
  /** Fixed-Share's weights (probabilities, each ≥ γ/K; empty for the other learners and for γ = 0, which is Hedge). */
  weights: number[];
  /** Train-then-deploy's frozen distribution once t ≥ W, else null. */
  frozen: number[] | null;
}

/**
 * Hedge's learning rate from theory, scaled to losses in [0, B].
 * Formula: η = √(8 ln K / T) / B.
 * Source: Cesa-Bianchi & Lugosi, Prediction, Learning, and Games (2006), Thm 2.2 (losses in [0, 1]).
 * @example theoryRate(10, 1000, 1) // 0.1357…
 */
export function theoryRate(k: number, steps: number, stakes: number): number {
  if (!(Number.isInteger(k) && k >= 1)) invalid('theoryRate', 'K an integer ≥ 1', k);
  if (!(Number.isFinite(steps) && steps >= 1)) invalid('theoryRate', 'T ≥ 1', steps);
  if (!(Number.isFinite(stakes) && stakes >= 1)) invalid('theoryRate', 'B ≥ 1', stakes);
  return Math.sqrt((8 * Math.log(k)) / steps) / stakes;
}

/**
 * Hedge's regret bound against the best of K policies over T steps at the theory rate.
 * Formula: B √(T ln K / 2).
 * Source: Cesa-Bianchi & Lugosi (2006), Thm 2.2, scaled to losses in [0, B].
 * @example hedgeBound(10, 1000, 1) // 33.93…
 */
export function hedgeBound(k: number, steps: number, stakes: number): number {
  return stakes * Math.sqrt((steps * Math.log(k)) / 2);
}

/**
 * Hedge's regret bound after t steps for a fixed rate η (what the proof of Thm 2.2 shows before η is
 * tuned; at η = theoryRate(K, T, B) and t = T it equals hedgeBound(K, T, B)).
 * Formula: ln K / η + η B² t / 8.
 * Source: Cesa-Bianchi & Lugosi (2006), proof of Thm 2.2, scaled to losses in [0, B].
 * @example hedgeBoundAt(10, theoryRate(10, 1000, 1), 1000, 1) // 33.93…
 */
export function hedgeBoundAt(k: number, eta: number, t: number, stakes: number): number {
  if (k <= 1) return 0;
  return Math.log(k) / eta + (eta * stakes * stakes * t) / 8;
}

/**
 * A fresh learner over K policies: uniform weights, no losses seen.
 * @example initLearner('hedge', 2, { eta: 1, shareRate: 0, watchSteps: 0 }).cumulative // [0, 0]
 */
export function initLearner(kind: LearnerKind, k: number, options: { eta: number; shareRate: number; watchSteps: number }): LearnerState {
  return {
    kind,
    eta: options.eta,
    shareRate: options.shareRate,
    watchSteps: options.watchSteps,
    t: 0,
    cumulative: new Array<number>(k).fill(0),
    weights: kind === 'fixed-share' && options.shareRate > 0 ? new Array<number>(k).fill(1 / k) : [],
    // W = 0: deployed before seeing anything, on the (tied, so uniform) leader.
    frozen: kind === 'frozen' && options.watchSteps === 0 ? new Array<number>(k).fill(1 / k) : null,
  };
}

/**
 * Softmax of −scale·v with the minimum subtracted first, so no exponent is positive: no overflow
 * however large the cumulative losses, and the leader always keeps weight ≥ 1/K.
 * Formula: p_i = exp(−s(v_i − min v)) / Σ_j exp(−s(v_j − min v)).
 * @example softminWeights([0, Math.log(3)], 1) // ≈ [0.75, 0.25]
 */
export function softminWeights(values: readonly number[], scale: number): number[] {
  return Array.from(softminInto(values, scale, new Float64Array(values.length)));
}

/**
 * softminWeights written into `out` (no allocation; the simulation's loop uses it).
 * @example softminInto([0, Math.log(3)], 1, new Float64Array(2)) // ≈ [0.75, 0.25]
 */
export function softminInto<T extends { [i: number]: number }>(values: ArrayLike<number>, scale: number, out: T): T {
  const k = values.length;
  let min = Infinity;
  for (let i = 0; i < k; i++) if (values[i]! < min) min = values[i]!;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += out[i] = Math.exp(-scale * (values[i]! - min));
  for (let i = 0; i < k; i++) out[i] = out[i]! / sum;
  return out;
}

/**
 * All weight on the policies with the smallest cumulative loss, split evenly between exact ties.
 * @example leaderWeights([1, 0, 0]) // [0, 0.5, 0.5]
 */
export function leaderWeights(cumulative: readonly number[]): number[] {
  return Array.from(leaderInto(cumulative, new Float64Array(cumulative.length)));
}

/**
 * leaderWeights written into `out`.
 * @example leaderInto([1, 0, 0], new Float64Array(3)) // [0, 0.5, 0.5]
 */
export function leaderInto<T extends { [i: number]: number }>(cumulative: ArrayLike<number>, out: T): T {
  const k = cumulative.length;
  let min = Infinity;
  for (let i = 0; i < k; i++) if (cumulative[i]! < min) min = cumulative[i]!;
  let ties = 0;
  for (let i = 0; i < k; i++) if (cumulative[i] === min) ties++;
  for (let i = 0; i < k; i++) out[i] = cumulative[i] === min ? 1 / ties : 0;
  return out;
}

/**
 * The learner's distribution p_t over the policies before it sees ℓ_t.
 * Hedge: p ∝ exp(−η L); Fixed-Share: its weights; follow-the-leader: the leader(s); train-then-deploy:
 * the leader while t < W, then the leader at W for good.
 * Source: spec, "Learners"; Freund & Schapire (1997) (Hedge); Herbster & Warmuth (1998) (Fixed-Share).
 * @example learnerDistribution(initLearner('hedge', 4, { eta: 1, shareRate: 0, watchSteps: 0 })) // [0.25, 0.25, 0.25, 0.25]
 */
export function learnerDistribution(state: LearnerState): number[] {
  switch (state.kind) {
    case 'hedge':
      return softminWeights(state.cumulative, state.eta);
    case 'fixed-share':
      return state.shareRate > 0 ? state.weights.slice() : softminWeights(state.cumulative, state.eta);
    case 'follow-the-leader':
      return leaderWeights(state.cumulative);
    case 'frozen':
      return state.frozen ?? leaderWeights(state.cumulative);
  }
}

/**
 * The learner after seeing ℓ_t (a new state; the input is not mutated). Hedge and
 * follow-the-leader keep only the cumulative losses; Fixed-Share mixes (fixedShareUpdate);
 * train-then-deploy freezes on the leader once t reaches W.
 * Formula: L' = L + ℓ_t.
 * Source: spec, "Learners"; Herbster & Warmuth, Tracking the Best Expert (1998).
 * @example updateLearner(initLearner('hedge', 2, { eta: 1, shareRate: 0, watchSteps: 0 }), [1, 0]).cumulative // [1, 0]
 */
export function updateLearner(state: LearnerState, losses: readonly number[]): LearnerState {
  const k = state.cumulative.length;
  if (losses.length !== k) invalid('updateLearner', `${k} losses`, losses.length);
  const cumulative = new Array<number>(k);
  for (let i = 0; i < k; i++) cumulative[i] = state.cumulative[i]! + losses[i]!;
  const weights = state.kind === 'fixed-share' && state.shareRate > 0 ? fixedShareUpdate(state.weights, losses, state.eta, state.shareRate) : state.weights;
  const t = state.t + 1;
  const frozen = state.kind === 'frozen' && state.frozen === null && t >= state.watchSteps ? leaderWeights(cumulative) : state.frozen;
  return { ...state, t, cumulative, weights, frozen };
}

/**
 * Fixed-Share's update: Hedge's multiplicative step on the current weights, normalised, then a share
 * γ of the weight spread uniformly. The step's smallest loss is subtracted in the exponent, so the
 * policy that did best this step keeps its weight and nothing overflows; with γ > 0 every weight
 * stays ≥ γ/K, so underflow of a factor only ever meets that floor. (γ = 0 is Hedge, which the
 * learner runs on cumulative losses instead.)
 * Formula: u_i = w_i e^{−η(ℓ_i − min ℓ)}; w'_i = (1 − γ) u_i / Σ_j u_j + γ / K.
 * Source: Herbster & Warmuth, Tracking the Best Expert (1998), Fixed-Share; the spec's uniform-mixing variant.
 * @example fixedShareUpdate([0.5, 0.5], [0, 0], 1, 0.5) // [0.5, 0.5]
 */
export function fixedShareUpdate(weights: readonly number[], losses: readonly number[], eta: number, shareRate: number): number[] {
  const out = Float64Array.from(weights);
  return Array.from(fixedShareInPlace(out, losses, eta, shareRate));
}

/**
 * fixedShareUpdate applied to `weights` in place.
 * @example fixedShareInPlace(Float64Array.of(0.5, 0.5), [0, 0], 1, 0.5) // [0.5, 0.5]
 */
export function fixedShareInPlace<T extends { [i: number]: number; length: number }>(weights: T, losses: ArrayLike<number>, eta: number, shareRate: number): T {
  const k = weights.length;
  let min = Infinity;
  for (let i = 0; i < k; i++) if (losses[i]! < min) min = losses[i]!;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += weights[i] = weights[i]! * Math.exp(-eta * (losses[i]! - min));
  const keep = (1 - shareRate) / sum;
  const share = shareRate / k;
  for (let i = 0; i < k; i++) weights[i] = weights[i]! * keep + share;
  return weights;
}
