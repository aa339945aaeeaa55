import { describe, expect, it } from 'vitest';
import { empiricalNtk } from '~compute/tangent/empiricalNtk';
import { deltas, forward, jvp, networkLayout, vjp, type NetworkShape } from '~compute/tangent/network';
import { kernelSide } from '~compute/tangent/run';
import { finiteDifferenceJacobian, maxRelativeError, preconditioner, smallestPreactivation, tinyNet } from './helpers';

const shapes: NetworkShape[] = [
  { inputDim: 2, depth: 1, width: 5, parameterisation: 'ntk' },
  { inputDim: 2, depth: 2, width: 4, parameterisation: 'ntk' },
  { inputDim: 1, depth: 3, width: 3, parameterisation: 'mean-field' },
  { inputDim: 2, depth: 2, width: 4, parameterisation: 'mean-field' },
];

describe('networkLayout', () => {
  it('lays out weights then biases per layer', () => {
    const l = networkLayout({ inputDim: 1, depth: 1, width: 4, parameterisation: 'ntk' });
    expect(l.size).toBe(13);
    expect(l.layers.map((x) => [x.wOffset, x.bOffset])).toEqual([[0, 4], [8, 12]]);
    expect(l.layers[1]!.scale).toBeCloseTo(Math.sqrt(2) / 2, 15);
  });

  it('scales the mean-field output by σ_w/n and its learning rate by n (output bias by 1)', () => {
    const l = networkLayout({ inputDim: 1, depth: 1, width: 64, parameterisation: 'mean-field' });
    expect(l.layers[1]!.scale).toBeCloseTo(Math.sqrt(2) / 64, 15);
    expect(l.layers.map((x) => [x.lrWeight, x.lrBias])).toEqual([[64, 64], [64, 1]]);
  });

  it('rejects bad shapes with the expected value and what it received', () => {
    expect(() => networkLayout({ inputDim: 1, depth: 4, width: 8, parameterisation: 'ntk' })).toThrow('networkLayout: expected depth an integer in 1 … 3, received 4');
    expect(() => networkLayout({ inputDim: 1, depth: 2, width: 2048, parameterisation: 'ntk' })).toThrow('networkLayout: expected width an integer in 1 … 1024 for depth 2, received 2048');
    expect(() => networkLayout({ inputDim: 1, depth: 1, width: 16_385, parameterisation: 'ntk' })).toThrow(/width an integer in 1 … 16384/);
    expect(() => networkLayout({ inputDim: 1, depth: 1, width: 8, parameterisation: 'mup' as 'ntk' })).toThrow('networkLayout: expected parameterisation one of ntk, mean-field, received "mup"');
    const { layout, theta } = tinyNet(shapes[0]!, 1, 2);
    expect(() => forward(layout, theta, { x: new Float64Array(3), count: 2 })).toThrow('forward: expected inputs of count × 2 values');
    expect(() => forward(layout, theta.subarray(1), { x: new Float64Array(4), count: 2 })).toThrow(`forward: expected θ of length ${layout.size}, received ${layout.size - 1}`);
  });
});

describe.each(shapes)('derivatives of $depth × $width ($parameterisation, d = $inputDim)', (shape) => {
  const { layout, theta, inputs } = tinyNet(shape, 7, 5);
  // central differences are exact to O(h²) away from ReLU kinks; the seeded inputs keep every
  // pre-activation far from 0 compared with h = 1e-6 (checked, so a kink cannot fake a pass)
  it('has no pre-activation within 1e-3 of a kink', () => {
    expect(smallestPreactivation(layout, theta, inputs)).toBeGreaterThan(1e-3);
  });
  const J = finiteDifferenceJacobian(layout, theta, inputs);
  const P = layout.size;

  it('vjp equals gᵀJ from finite differences', () => {
    const acts = forward(layout, theta, inputs);
    const g = Float64Array.of(0.3, -1, 0.5, 2, -0.7);
    const got = vjp(layout, inputs, acts, deltas(layout, theta, acts), g, new Float64Array(P));
    const want = Float64Array.from({ length: P }, (_, p) => g.reduce((s, gi, i) => s + gi * J[i * P + p]!, 0));
    expect(maxRelativeError(got, want)).toBeLessThan(1e-7);
  });

  it('jvp equals J·v from finite differences', () => {
    const v = Float64Array.from({ length: P }, (_, p) => Math.sin(p + 1));
    const got = jvp(layout, theta, inputs, forward(layout, theta, inputs), v);
    const want = Float64Array.from({ length: inputs.count }, (_, i) => v.reduce((s, vp, p) => s + vp * J[i * P + p]!, 0));
    expect(maxRelativeError(got, want)).toBeLessThan(1e-7);
  });

  it('the layer identity gives the empirical NTK J P Jᵀ without a Jacobian', () => {
    const side = kernelSide(layout, theta, inputs);
    const got = empiricalNtk(layout, side, side);
    const pre = preconditioner(layout);
    const n = inputs.count;
    const want = Float64Array.from({ length: n * n }, (_, k) => {
      const i = Math.floor(k / n);
      const j = k % n;
      let s = 0;
      for (let p = 0; p < P; p++) s += J[i * P + p]! * pre[p]! * J[j * P + p]!;
      return s;
    });
    expect(maxRelativeError(got, want)).toBeLessThan(1e-7);
  });
});
