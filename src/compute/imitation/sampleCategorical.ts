import { invalid } from '../errors';

/**
 * Draw an index from unnormalised non-negative weights with one uniform u ∈ [0, 1).
 * Formula: the first i with u·Σp < p₀ + … + p_i; indices of weight 0 are never returned, even when
 * rounding leaves u·Σp past the last cumulative sum (which matters here: a zero-weight action may
 * be the catastrophe).
 * Source: inverse-CDF sampling of a categorical distribution.
 * @example sampleCategorical([0.2, 0.8, 0], 0.5) // 1
 */
export function sampleCategorical(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0) || !Number.isFinite(total)) {
    invalid('sampleCategorical', 'finite non-negative weights with a positive sum', weights);
  }
  let x = u * total;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w > 0) {
      last = i;
      if (x < w) return i;
      x -= w;
    }
  }
  return last;
}
