import { SIGMA_B2 } from './network';
import { kernelSide, linearDelta, runLayout, type TangentRun } from './run';

/** The tangent-ticket curve of a run: recovered share of f_lin − f₀ against the fraction of parameters kept. */
export interface TicketCurve {
  parameters: number;
  /** smallest fraction of parameters (largest contributions first) recovering `target` of the change; null before any step */
  share: number | null;
  target: number;
  /** [fraction kept, recovered = 1 − ‖T − S_k‖/‖T‖] at about 100 log-spaced fractions, ending at (1, 1) */
  curve: [number, number][];
}

const SIGMA_B = Math.sqrt(SIGMA_B2);

/**
 * Tangent "tickets": parameter i contributes cᵢ(x) = Δθ_lin,i ∂f/∂θᵢ(x, θ₀) to the learned change
 * T = f_lin − f₀ = Σᵢ cᵢ on the test inputs. Sort parameters by ‖cᵢ‖ over the test inputs, add their
 * contributions in that order, and report the smallest fraction whose sum S_k recovers `target`
 * (0.9) of T in relative L2: 1 − ‖T − S_k‖/‖T‖ ≥ 0.9. Columns of J come from the layer identity
 * (∂f/∂W^l_{jk} = c_l δ^l_j a^{l−1}_k), so no Jacobian is stored; O(parameters × test inputs).
 * Source: spec "Tangent tickets".
 * @example tangentTickets(trainSteps(run, 2000)).share // e.g. 0.02 (a small, skewed share)
 */
export function tangentTickets(run: TangentRun, target = 0.9): TicketCurve {
  const layout = runLayout(run);
  const { depth } = layout.shape;
  const side = kernelSide(layout, run.theta0, run.data.test);
  const m = run.data.test.count;
  const delta = linearDelta(run);
  const P = layout.size;
  // per layer: inputs to the layer and its signals, unit-major (column j holds the M test values)
  const cols = layout.layers.map((L, l) => {
    const a = new Float64Array(L.fanIn * m);
    const src = l === 0 ? run.data.test.x : side.acts.z[l - 1]!;
    for (let i = 0; i < m; i++) for (let k = 0; k < L.fanIn; k++) a[k * m + i] = l === 0 ? src[i * L.fanIn + k]! : Math.max(0, src[i * L.fanIn + k]!);
    const d = new Float64Array(L.fanOut * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < L.fanOut; j++) d[j * m + i] = l === depth ? 1 : side.dels[l]![i * L.fanOut + j]!;
    return { a, d };
  });
  // Sort keys: the norm ‖cᵢ‖² as a float64 whose low 32 mantissa bits are replaced by i, so a native
  // numeric sort of one Float64Array orders the parameters (a relative change ≤ 2⁻²⁰ in the key).
  const keys = new Float64Array(P);
  const words = new Uint32Array(keys.buffer);
  layout.layers.forEach((L, l) => {
    const { a, d } = cols[l]!;
    for (let j = 0; j < L.fanOut; j++) {
      for (let k = 0; k < L.fanIn; k++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += (d[j * m + i]! * a[k * m + i]!) ** 2;
        const p = L.wOffset + j * L.fanIn + k;
        keys[p] = delta[p]! ** 2 * L.scale * L.scale * s;
      }
      let s = 0;
      for (let i = 0; i < m; i++) s += d[j * m + i]! ** 2;
      const p = L.bOffset + j;
      keys[p] = delta[p]! ** 2 * SIGMA_B2 * s;
    }
  });
  for (let p = 0; p < P; p++) words[2 * p] = p;
  keys.sort();
  // T on the test inputs, then walk the parameters from the largest contribution down
  const rest = new Float64Array(m);
  for (let p = 0; p < P; p++) {
    const c = contribution(p);
    for (let i = 0; i < m; i++) rest[i]! += c.coef * c.d[c.dj + i]! * (c.a ? c.a[c.ak + i]! : 1);
  }
  let total = 0;
  for (let i = 0; i < m; i++) total += rest[i]! ** 2;
  const norm = Math.sqrt(total);
  if (!(norm > 0)) return { parameters: P, share: null, target, curve: [] };
  const marks = new Set<number>();
  for (let s = 0; s <= 100; s++) marks.add(Math.max(1, Math.min(P, Math.round(P ** (s / 100)))));
  const curve: [number, number][] = [];
  let share: number | null = null;
  for (let r = 0; r < P; r++) {
    const c = contribution(words[2 * (P - 1 - r)]!);
    let e = 0;
    for (let i = 0; i < m; i++) {
      rest[i]! -= c.coef * c.d[c.dj + i]! * (c.a ? c.a[c.ak + i]! : 1);
      e += rest[i]! ** 2;
    }
    const recovered = 1 - Math.sqrt(e) / norm;
    if (share === null && recovered >= target) share = (r + 1) / P;
    if (marks.has(r + 1)) curve.push([(r + 1) / P, recovered]);
  }
  return { parameters: P, share, target, curve };

  function contribution(p: number) {
    let l = 0;
    while (l < depth && p >= layout.layers[l + 1]!.wOffset) l++;
    const L = layout.layers[l]!;
    const { a, d } = cols[l]!;
    if (p >= L.bOffset) return { coef: delta[p]! * SIGMA_B, d, dj: (p - L.bOffset) * m, a: null, ak: 0 };
    const q = p - L.wOffset;
    const j = Math.floor(q / L.fanIn);
    return { coef: delta[p]! * L.scale, d, dj: j * m, a, ak: (q - j * L.fanIn) * m };
  }
}
