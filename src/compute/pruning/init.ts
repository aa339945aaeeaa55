import type { Rng } from '../random/rng';

/** How the frozen random weights are drawn. */
export type WeightInit = 'kaiming-normal' | 'signed-constant';

/**
 * One standard normal draw by Box–Muller from two uniform draws.
 * z = sqrt(−2 ln u₁) · cos(2π u₂) — Box & Muller 1958.
 * @example standardNormal(createRng(1)) // -1.1630... (seeded snapshot)
 */
export function standardNormal(rng: Rng): number {
  // 1 − u keeps the logarithm finite because rng() can return exactly 0
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Frozen weights of one layer, fanIn × fanOut row-major (the last row of an augmented layer is
 * its bias, drawn like any weight so it can be scored and pruned like one).
 * Kaiming normal: W ~ N(0, 2/fan_in) (He et al. 2015, eq. 10); signed Kaiming constant:
 * W = ±sqrt(2/fan_in) with a fair sign (Ramanujan et al. 2020, §4.1 "Signed Kaiming Constant").
 * @example initWeights('signed-constant', 2, 1, createRng(1)) // every entry is ±1
 */
export function initWeights(init: WeightInit, fanIn: number, fanOut: number, rng: Rng): Float32Array {
  const std = Math.sqrt(2 / fanIn);
  const w = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < w.length; i++) {
    w[i] = init === 'kaiming-normal' ? std * standardNormal(rng) : rng() < 0.5 ? -std : std;
  }
  return w;
}

/**
 * Initial scores: Kaiming uniform U(−b, b) with b = 1/sqrt(fan_in), the bound PyTorch's
 * kaiming_uniform_(a = √5) gives and edge-popup uses for its scores (allenai/hidden-networks,
 * SubnetConv). Their scale only matters relative to the learning rate.
 * @example initScores(4, 1, createRng(1)).every((s) => Math.abs(s) <= 0.5) // true
 */
export function initScores(fanIn: number, fanOut: number, rng: Rng): Float32Array {
  const bound = 1 / Math.sqrt(fanIn);
  const s = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < s.length; i++) s[i] = (2 * rng() - 1) * bound;
  return s;
}
