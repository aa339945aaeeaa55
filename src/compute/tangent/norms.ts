/**
 * ‖a − b‖₂ / ‖b‖₂ over two equal-length vectors (or matrices, the Frobenius norm); 0 when both are 0.
 * @example relativeDistance(Float64Array.of(1, 1), Float64Array.of(1, 0)) // 1
 */
export function relativeDistance(a: Float64Array, b: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - b[i]!) ** 2;
    den += b[i]! ** 2;
  }
  return den === 0 ? (num === 0 ? 0 : Infinity) : Math.sqrt(num / den);
}

/**
 * Mean squared error in the spec's form L = (1/2N) Σ (fᵢ − yᵢ)².
 * @example halfMse(Float64Array.of(1, 3), Float64Array.of(0, 1)) // 1.25
 */
export function halfMse(f: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < f.length; i++) s += (f[i]! - y[i]!) ** 2;
  return s / (2 * f.length);
}
