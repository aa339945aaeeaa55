import { invalid } from '../errors';
import { SIGMA_B2, SIGMA_W2 } from './network';

/** The infinite-width NNGP Σ and NTK Θ between two batches (|A| × |B| row-major each). */
export interface AnalyticKernels {
  nngp: Float64Array;
  ntk: Float64Array;
}

/**
 * E[relu(u)relu(v)] and E[relu'(u)relu'(v)] for (u, v) centred Gaussian with variances sxx, syy and
 * covariance sxy: with ρ = sxy/√(sxx·syy), φ = arccos ρ,
 * √(sxx·syy)(sin φ + (π − φ)cos φ)/(2π) and (π − φ)/(2π) (the arc-cosine kernels).
 * Source: Cho & Saul 2009; spec "The infinite-width kernel"; Arora et al. 2019 §3.
 * @example reluExpectations(1, 1, 1) // [0.5, 0.5]
 */
export function reluExpectations(sxx: number, syy: number, sxy: number): [number, number] {
  const norm = Math.sqrt(sxx * syy);
  if (!(norm > 0)) return [0, 0.5];
  const rho = Math.max(-1, Math.min(1, sxy / norm));
  const phi = Math.acos(rho);
  return [(norm * (Math.sin(phi) + (Math.PI - phi) * Math.cos(phi))) / (2 * Math.PI), (Math.PI - phi) / (2 * Math.PI)];
}

/**
 * The analytic NNGP and NTK of a ReLU network with `depth` hidden layers in NTK parameterisation,
 * by the layer recursion: Σ¹ = σ_w² x·x'/d + σ_b², Θ¹ = Σ¹; per ReLU layer
 * Σ^{l+1} = σ_w² E[relu·relu] + σ_b², Σ̇^{l+1} = σ_w² E[relu'·relu'], Θ^{l+1} = Σ^{l+1} + Σ̇^{l+1}Θ^l
 * (depth ReLU layers, the last feeding the output). σ_w² = 2, σ_b² = 0.1.
 * Source: spec; Jacot et al. 2018 Thm 1; Arora et al. 2019 §3; Neural Tangents `stax.Dense/Relu`.
 * @example analyticKernels(Float64Array.of(1), Float64Array.of(1), { inputDim: 1, depth: 1 }).ntk[0] // 4.3
 */
export function analyticKernels(xa: Float64Array, xb: Float64Array, options: { inputDim: number; depth: number }): AnalyticKernels {
  const { inputDim: d, depth } = options;
  const fn = 'analyticKernels';
  if (!Number.isInteger(d) || d < 1) invalid(fn, 'inputDim a positive integer', d);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) invalid(fn, 'depth an integer in 1 … 3', depth);
  if (xa.length % d !== 0 || xb.length % d !== 0) invalid(fn, `inputs with a multiple of ${d} values`, [xa.length, xb.length]);
  const p = xa.length / d;
  const q = xb.length / d;
  const dot = (x: Float64Array, i: number, y: Float64Array, j: number) => {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[i * d + k]! * y[j * d + k]!;
    return s;
  };
  // Diagonals Σˡ(x, x) per layer: φ = 0 gives E[relu(u)²] = Σ/2.
  const diag = (x: Float64Array, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const s = [(SIGMA_W2 * dot(x, i, x, i)) / d + SIGMA_B2];
      for (let l = 0; l < depth; l++) s.push((SIGMA_W2 * s[l]!) / 2 + SIGMA_B2);
      return s;
    });
  const da = diag(xa, p);
  const db = diag(xb, q);
  const nngp = new Float64Array(p * q);
  const ntk = new Float64Array(p * q);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < q; j++) {
      let sigma = (SIGMA_W2 * dot(xa, i, xb, j)) / d + SIGMA_B2;
      let theta = sigma;
      for (let l = 0; l < depth; l++) {
        const [e, edot] = reluExpectations(da[i]![l]!, db[j]![l]!, sigma);
        sigma = SIGMA_W2 * e + SIGMA_B2;
        theta = sigma + SIGMA_W2 * edot * theta;
      }
      nngp[i * q + j] = sigma;
      ntk[i * q + j] = theta;
    }
  }
  return { nngp, ntk };
}
