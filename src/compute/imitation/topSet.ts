import { invalid } from '../errors';

/**
 * How the learner picks the models it takes the minimum over: the paper's α threshold or the reading
 * note's top-k.
 */
export type Selection = { rule: 'alpha'; alpha: number } | { rule: 'top-k'; k: number };

/**
 * Model indices sorted by posterior, highest first; ties keep the fixed model order (lower index first).
 * Source: spec, top set ("sort by posterior w₁ ≥ w₂ ≥ …; ties broken by a fixed model order").
 * @example rankModels([0.2, 0.5, 0.2, 0.1]) // [1, 0, 2, 3]
 */
export function rankModels(weights: readonly number[]): number[] {
  const order = weights.map((_, i) => i);
  order.sort((a, b) => weights[b]! - weights[a]! || a - b);
  return order;
}

/**
 * The paper's top set: with posteriors sorted w₁ ≥ w₂ ≥ …, ν_k is in iff w_k ≥ α·(w₁ + … + w_k).
 * The condition fails for good at the first k where it fails (w_k falls, the sum grows), so the set
 * is a prefix of the ranking; the MAP model is always in (w₁ ≥ α·w₁), and since w₁ + … + w_k ≥ k·w_k
 * it has at most ⌊1/α⌋ members.
 * Source: Cohen, Hutter & Nanda (2022), definition of the α top set; spec, "The learner".
 * @example alphaTopSet([0.5, 0.3, 0.2], 0.3) // [0, 1]
 */
export function alphaTopSet(posterior: readonly number[], alpha: number): number[] {
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha <= 1)) invalid('alphaTopSet', 'alpha in (0, 1]', alpha);
  const order = rankModels(posterior);
  const set: number[] = [];
  let cumulative = 0;
  for (const i of order) {
    const w = posterior[i]!;
    cumulative += w;
    if (!(w > 0) || w < alpha * cumulative) break;
    set.push(i);
  }
  return set;
}

/**
 * The reading note's top set: the k models of highest posterior (ties by the fixed model order).
 * Source: Intermittent Distillations #3, "the top-k models sorted by posterior probability".
 * @example topKSet([0.2, 0.5, 0.2, 0.1], 2) // [1, 0]
 */
export function topKSet(posterior: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) invalid('topKSet', 'k an integer ≥ 1', k);
  return rankModels(posterior).slice(0, k);
}

/**
 * The top set under either rule (see alphaTopSet and topKSet).
 * @example selectTopSet([0.5, 0.3, 0.2], { rule: 'top-k', k: 3 }) // [0, 1, 2]
 */
export function selectTopSet(posterior: readonly number[], selection: Selection): number[] {
  return selection.rule === 'alpha' ? alphaTopSet(posterior, selection.alpha) : topKSet(posterior, selection.k);
}
