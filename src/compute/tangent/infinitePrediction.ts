import { invalid } from '../errors';
import { symmetricEigen } from './symmetricEigen';

/**
 * Gradient descent on MSE in the infinite-width limit, from the ensemble mean f₀ = 0:
 * f_t(x) = Θ(x, X) Θ(X, X)⁻¹ (I − e^{−ηΘ(X,X)t/N}) Y, by the eigen-decomposition Θ(X, X) = UΛUᵀ;
 * t = Infinity gives kernel regression (eigenvalues below 1e-12·λ_max dropped, a pseudo-inverse).
 * Returns the predictions on the training inputs and on the `cross` inputs (rows of Θ(x, X)).
 * Source: spec "The infinite-width kernel"; Lee et al. 2019 eq. 16; Neural Tangents `predict.gradient_descent_mse`.
 * @example infinitePrediction({ kernel: Float64Array.of(1), cross: Float64Array.of(1), y: Float64Array.of(2), learningRate: 1, time: Infinity }).test // [2]
 */
export function infinitePrediction(options: {
  /** Θ(X, X), N × N */
  kernel: Float64Array;
  /** Θ(x, X), M × N */
  cross: Float64Array;
  y: Float64Array;
  learningRate: number;
  /** gradient-descent steps t (Infinity for the limit) */
  time: number;
}): { train: Float64Array; test: Float64Array } {
  const { kernel, cross, y, learningRate: eta, time } = options;
  const fn = 'infinitePrediction';
  const n = y.length;
  if (n < 1 || kernel.length !== n * n) invalid(fn, `an N × N kernel for N = ${n} targets`, kernel.length);
  if (cross.length % n !== 0) invalid(fn, `a cross kernel with a multiple of ${n} entries`, cross.length);
  if (!(eta > 0)) invalid(fn, 'learningRate > 0', eta);
  if (!(time >= 0)) invalid(fn, 'time ≥ 0 (or Infinity)', time);
  const { values, vectors } = symmetricEigen(kernel, n);
  const top = Math.max(...values);
  // coefficients in the eigenbasis: c_k = g(λ_k) u_kᵀY with g = (1 − e^{−ηλt/N})/λ
  const alpha = new Float64Array(n);
  const trainOut = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let uy = 0;
    for (let i = 0; i < n; i++) uy += vectors[i * n + k]! * y[i]!;
    const lambda = values[k]!;
    const tiny = !(lambda > 1e-12 * top);
    const decay = time === Infinity ? (tiny ? 0 : 1) : -Math.expm1((-eta * Math.max(lambda, 0) * time) / n);
    const g = tiny ? (time === Infinity ? 0 : (eta * time) / n) : decay / lambda;
    for (let i = 0; i < n; i++) {
      alpha[i]! += vectors[i * n + k]! * g * uy;
      trainOut[i]! += vectors[i * n + k]! * decay * uy;
    }
  }
  const m = cross.length / n;
  const test = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += cross[j * n + i]! * alpha[i]!;
    test[j] = s;
  }
  return { train: trainOut, test };
}
