import { createRng } from '~compute/random/rng';
import { forward, initParams, networkLayout, type Inputs, type Layout, type NetworkShape } from '~compute/tangent/network';

/** A small network with seeded parameters and seeded inputs in [−1, 1]^d. */
export function tinyNet(shape: NetworkShape, seed: number, count: number): { layout: Layout; theta: Float64Array; inputs: Inputs } {
  const layout = networkLayout(shape);
  const rng = createRng(seed);
  const theta = initParams(layout, rng);
  const x = Float64Array.from({ length: count * shape.inputDim }, () => 2 * rng() - 1);
  return { layout, theta, inputs: { x, count } };
}

/** J (count × parameters, row-major) by central finite differences of the forward pass. */
export function finiteDifferenceJacobian(layout: Layout, theta: Float64Array, inputs: Inputs, h = 1e-6): Float64Array {
  const J = new Float64Array(inputs.count * layout.size);
  const t = Float64Array.from(theta);
  for (let p = 0; p < layout.size; p++) {
    t[p] = theta[p]! + h;
    const up = forward(layout, t, inputs).out;
    t[p] = theta[p]! - h;
    const down = forward(layout, t, inputs).out;
    t[p] = theta[p]!;
    for (let i = 0; i < inputs.count; i++) J[i * layout.size + p] = (up[i]! - down[i]!) / (2 * h);
  }
  return J;
}

/** The learning-rate multiplier of every parameter (the diagonal of P). */
export function preconditioner(layout: Layout): Float64Array {
  const P = new Float64Array(layout.size);
  for (const L of layout.layers) {
    P.fill(L.lrWeight, L.wOffset, L.bOffset);
    P.fill(L.lrBias, L.bOffset, L.bOffset + L.fanOut);
  }
  return P;
}

/** The smallest pre-activation magnitude of a batch: finite differences need it well above h. */
export function smallestPreactivation(layout: Layout, theta: Float64Array, inputs: Inputs): number {
  const acts = forward(layout, theta, inputs);
  return Math.min(...acts.z.flatMap((z) => Array.from(z, Math.abs)));
}

/** Largest |a − b| relative to the largest |b|. */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let err = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return err / scale;
}
