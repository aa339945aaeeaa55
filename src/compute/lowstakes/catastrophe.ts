import { invalid } from '../errors';

/**
 * Probability that a learner who samples its action independently each step, making a bad decision
 * at step t with probability q_t, makes m bad decisions in a row at least once. Exact (up to
 * floating point), by a dynamic programme over the current run length r ∈ {0, …, m − 1}: a good
 * decision sends all surviving mass to r = 0, a bad one moves r to r + 1, and mass reaching r = m
 * is a catastrophe. The weights do not depend on the samples (full information), so the q_t are fixed.
 * The run-length vector lives in a ring buffer with a common scale factor, so a step costs O(1)
 * (a step with q_t = 0 resets it; rescaling is rare), and T = 100,000 with m = 1000 stays fast.
 * Formula: P'(0) = (1 − q_t) Σ_r P(r), P'(r + 1) = q_t P(r), catastrophe += q_t P(m − 1).
 * Source: spec, "Measures" (catastrophe probability).
 * @example catastropheProbability([0.5, 0.5], 2) // 0.25
 */
export function catastropheProbability(badProbabilities: ArrayLike<number>, m: number): number {
  if (!(Number.isInteger(m) && m >= 1)) invalid('catastropheProbability', 'm an integer ≥ 1', m);
  const n = badProbabilities.length;
  const size = Math.min(m, n + 1);
  if (m > n) return 0;
  const ring = new Float64Array(size);
  let head = 0; // slot of run length 0
  let len = 1; // run lengths 0 … len − 1 may be non-zero
  let scale = 1; // P(r) = scale · ring[(head − r) mod size]
  let alive = 1;
  let lost = 0;
  ring[0] = 1;
  const at = (r: number) => (head - r + size) % size;
  for (let t = 0; t < n; t++) {
    const raw = badProbabilities[t]!;
    const q = raw > 0 ? (raw < 1 ? raw : 1) : 0; // NaN and negatives count as 0
    if (q === 0) {
      ring[head] = alive;
      scale = 1;
      len = 1;
      continue;
    }
    const fall = len === m ? q * scale * ring[at(m - 1)]! : 0;
    if (scale * q < 1e-250) {
      // Fold the scale into the entries before it underflows; entries that vanish are < 1e-300.
      for (let r = 0; r < len; r++) ring[at(r)]! *= scale * q;
      scale = 1;
    } else {
      scale *= q;
    }
    head = (head + 1) % size;
    ring[head] = ((1 - q) * alive) / scale;
    len = Math.min(m, len + 1);
    while (len > 1 && ring[at(len - 1)] === 0) len--;
    alive -= fall;
    lost += fall;
  }
  return lost < 0 ? 0 : lost > 1 ? 1 : lost;
}
