import { invalid } from '../errors';

/**
 * The min distribution over the top set: p₀(a) = min over ν in the set of ν(a | h); Σ_a p₀(a) ≤ 1.
 * Source: Cohen, Hutter & Nanda (2022), the conservative imitator's sub-probability "minimum" policy; spec.
 * @example minDistribution([[0.5, 0.5, 0], [0.2, 0.8, 0]]) // [0.2, 0.5, 0]
 */
export function minDistribution(rows: readonly (readonly number[])[]): number[] {
  const first = rows[0];
  if (!first) invalid('minDistribution', 'at least one model row', rows);
  const p0 = first.slice();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== p0.length) invalid('minDistribution', `rows of length ${p0.length}`, row.length);
    for (let a = 0; a < p0.length; a++) if (row[a]! < p0[a]!) p0[a] = row[a]!;
  }
  return p0;
}

/**
 * Query probability θ_q = 1 − Σ_a p₀(a), computed as Σ_a (ν₁(a) − p₀(a)) with ν₁ the first row (the
 * MAP model), which equals it because ν₁ sums to 1 and is exactly 0 in floating point when every
 * row agrees; clamped to [0, 1] against rounding.
 * Source: Cohen, Hutter & Nanda (2022), query probability; spec, "Query probability".
 * @example queryProbability([[0.5, 0.5, 0], [0.2, 0.8, 0]]) // 0.3
 */
export function queryProbability(rows: readonly (readonly number[])[], p0 = minDistribution(rows)): number {
  const first = rows[0]!;
  let theta = 0;
  for (let a = 0; a < p0.length; a++) theta += first[a]! - p0[a]!;
  return theta < 0 ? 0 : theta > 1 ? 1 : theta;
}
