import { invalid } from '../errors';

/**
 * Initial weights of a hyper-prior scaled to sum to 1 (all zero means all equal).
 *
 * Formula: ŵᵢ = wᵢ / Σⱼ wⱼ.
 * Source: Davidson (2021) §7.2 / spec §3.
 *
 * @example normaliseWeights([1, 3]) // [0.25, 0.75]
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  if (weights.length === 0) invalid('normaliseWeights', 'at least one weight', weights);
  for (const w of weights) if (!(w >= 0) || !Number.isFinite(w)) invalid('normaliseWeights', 'finite weights ≥ 0', weights);
  const total = weights.reduce((a, b) => a + b, 0);
  return total === 0 ? weights.map(() => 1 / weights.length) : weights.map((w) => w / total);
}

/**
 * Hyper-prior weights after observing no AGI through the end of `from`.
 *
 * Formula: wᵢ(t) = wᵢ Sᵢ(t) / Σⱼ wⱼ Sⱼ(t), from ln Sᵢ(t) (shifted by the largest term so that rules
 * with tiny survival neither underflow nor turn the sum to zero).
 * Source: Davidson (2021) §7.2 and App. 10.7–10.9 (Bayesian update of the hyper-prior).
 *
 * @example updateWeights([0.5, 0.5], [Math.log(0.5), 0]) // [1/3, 2/3]
 */
export function updateWeights(weights: readonly number[], logSurvival: readonly number[]): number[] {
  if (weights.length !== logSurvival.length) invalid('updateWeights', `${weights.length} survival values`, logSurvival.length);
  const w = normaliseWeights(weights);
  const logTerms = w.map((wi, i) => (wi > 0 ? Math.log(wi) + logSurvival[i]! : -Infinity));
  const top = Math.max(...logTerms);
  if (!Number.isFinite(top)) invalid('updateWeights', 'at least one rule with positive weight and survival', logSurvival);
  const terms = logTerms.map((t) => Math.exp(t - top));
  const total = terms.reduce((a, b) => a + b, 0);
  return terms.map((t) => t / total);
}

/**
 * The hyper-prior's probability of AGI by a year: a weighted mean of the rules' conditional forecasts.
 *
 * Formula: P_hyper(by Y | none by from) = Σᵢ wᵢ(from) Pᵢ(by Y | none by from)
 * = 1 − Σᵢ wᵢ Sᵢ(Y) / Σᵢ wᵢ Sᵢ(from); the exact limit of the report's year-by-year loop, whose
 * product telescopes. With the initial weights ŵᵢ instead of wᵢ(from) it is the "static" figure.
 * Source: Davidson (2021) §7.2, App. 10.8; spec §3.
 *
 * @example combineForecasts([0.25, 0.75], [0.1, 0.02]) // 0.04
 */
export function combineForecasts(weights: readonly number[], probabilities: readonly number[]): number {
  if (weights.length !== probabilities.length) invalid('combineForecasts', `${weights.length} probabilities`, probabilities.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * probabilities[i]!;
  return Math.min(1, Math.max(0, sum));
}
