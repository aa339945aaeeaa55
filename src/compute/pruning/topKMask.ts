import { invalid } from '../errors';

/**
 * Number of entries a layer keeps when the kept fraction is k: round(k·n), at least 1.
 * Source: edge-popup's per-layer top-k (Ramanujan et al. 2020, §3; k is the fraction *kept*).
 * @example keptCount(10, 0.34) // 3
 */
export function keptCount(n: number, k: number): number {
  if (!Number.isInteger(n) || n < 1) invalid('keptCount', 'n a positive integer', n);
  if (!(k > 0 && k <= 1)) invalid('keptCount', 'k in (0, 1]', k);
  return Math.max(1, Math.round(k * n));
}

/** In-place quickselect (Hoare partition): afterwards a[m] is the m-th smallest of a. */
function select(a: Float32Array, m: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // median of three keeps the sorted and reverse-sorted cases linear
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!, y = a[mid]!, z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (m <= j) hi = j;
    else if (m >= i) lo = i;
    else return a[m]!;
  }
  return a[m]!;
}

/**
 * Per-layer supermask: 1 for the `keptCount(n, k)` entries with the largest |score|, else 0;
 * ties at the threshold go to the lower index, so exactly that many are kept.
 * M = TopK_k(|s|) — Ramanujan et al. 2020, §3 (edge-popup), reused by biprop (Diffenderfer &
 * Kailkhura 2021, §3, Algorithm 1). Linear time (quickselect) because a full sort of a
 * 400k-weight layer every step would dominate training.
 * @example topKMask(Float32Array.of(0.1, -0.9, 0.5, 0.2), 0.5) // Float32Array [0, 1, 1, 0]
 */
export function topKMask(scores: Float32Array, k: number): Float32Array {
  const n = scores.length;
  const m = keptCount(n, k);
  const abs = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = scores[i]!;
    if (Number.isNaN(v)) invalid('topKMask', 'finite scores', v);
    abs[i] = v < 0 ? -v : v;
  }
  const threshold = select(abs, n - m);
  const mask = new Float32Array(n);
  let above = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(scores[i]!);
    if (v > threshold) {
      mask[i] = 1;
      above++;
    }
  }
  let ties = m - above;
  for (let i = 0; i < n && ties > 0; i++) {
    if (mask[i] === 0 && Math.abs(scores[i]!) === threshold) {
      mask[i] = 1;
      ties--;
    }
  }
  return mask;
}
