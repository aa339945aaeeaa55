import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '~compute/random/rng';
import { analyticKernels, reluExpectations } from '~compute/tangent/analyticKernel';
import { empiricalNtk } from '~compute/tangent/empiricalNtk';
import { infinitePrediction } from '~compute/tangent/infinitePrediction';
import { initParams, networkLayout } from '~compute/tangent/network';
import { kernelSide } from '~compute/tangent/run';
import { symmetricEigen } from '~compute/tangent/symmetricEigen';
import { tinyNet } from './helpers';

const X = Float64Array.of(1, 0, 0.6, 0.8, -0.5, 0.5, -1, -0.2);
const inputs = { x: X, count: 4 };

describe('analytic kernels', () => {
  it('reluExpectations: the arc-cosine closed forms at ρ = 1, 0, −1', () => {
    expect(reluExpectations(1, 1, 1)).toEqual([0.5, 0.5]);
    const [e0, d0] = reluExpectations(1, 1, 0);
    expect(e0).toBeCloseTo(1 / (2 * Math.PI), 15);
    expect(d0).toBeCloseTo(0.25, 15);
    expect(reluExpectations(4, 1, -2)[0]).toBeCloseTo(0, 15);
  });

  it('matches the recursion by hand for one hidden layer at x = x′ = 1 (Θ = 4.3)', () => {
    // Σ¹ = 2·1 + 0.1 = 2.1; Σ² = 2·2.1/2 + 0.1 = 2.2; Σ̇² = 2·½ = 1; Θ² = 2.2 + 1·2.1 = 4.3
    const k = analyticKernels(Float64Array.of(1), Float64Array.of(1), { inputDim: 1, depth: 1 });
    expect(k.nngp[0]).toBeCloseTo(2.2, 14);
    expect(k.ntk[0]).toBeCloseTo(4.3, 14);
  });

  it('rejects bad options precisely', () => {
    expect(() => analyticKernels(X, X, { inputDim: 3, depth: 1 })).toThrow('analyticKernels: expected inputs with a multiple of 3 values, received [8,8]');
    expect(() => analyticKernels(X, X, { inputDim: 2, depth: 0 })).toThrow('analyticKernels: expected depth an integer in 1 … 3, received 0');
  });

  // Monte Carlo: the mean of S empirical NTKs at init against the analytic NTK, entry by entry,
  // within 4 standard errors estimated from the same sample (a seeded test; for a Gaussian mean,
  // |z| > 4 has probability 6e-5 per entry). For one hidden layer E[Θ̂] = Θ exactly (each unit is
  // an iid term); deeper, the finite-width bias is O(1/n) (under 0.5 % at n = 256), while the spread
  // of Θ̂ is O(1/√n), so its standard error over these samples stays the larger term.
  it.each([
    { depth: 1, width: 64, samples: 400 },
    { depth: 2, width: 256, samples: 100 },
    { depth: 3, width: 256, samples: 60 },
  ])('the mean empirical NTK converges to the analytic one (depth $depth, width $width, $samples seeds)', ({ depth, width, samples }) => {
    const layout = networkLayout({ inputDim: 2, depth, width, parameterisation: 'ntk' });
    const sum = new Float64Array(16);
    const sq = new Float64Array(16);
    for (let s = 0; s < samples; s++) {
      const side = kernelSide(layout, initParams(layout, createRng(1000 + s)), inputs);
      const k = empiricalNtk(layout, side, side);
      for (let e = 0; e < 16; e++) {
        sum[e]! += k[e]!;
        sq[e]! += k[e]! ** 2;
      }
    }
    const theta = analyticKernels(X, X, { inputDim: 2, depth }).ntk;
    for (let e = 0; e < 16; e++) {
      const mean = sum[e]! / samples;
      const sd = Math.sqrt((sq[e]! - samples * mean * mean) / (samples - 1));
      expect(Math.abs(mean - theta[e]!)).toBeLessThanOrEqual((4 * sd) / Math.sqrt(samples));
    }
  });
});

function minEigenRatio(k: Float64Array, n: number): number {
  const { values } = symmetricEigen(k, n);
  return Math.min(...values) / Math.max(...values.map(Math.abs));
}

function isSymmetric(k: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (Math.abs(k[i * n + j]! - k[j * n + i]!) > 1e-12 * (Math.abs(k[i * n + j]!) + 1)) return false;
  return true;
}

describe('kernels are symmetric positive semi-definite (property)', () => {
  const points = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 12 }).map((a) => (a.length % 2 ? a.slice(1) : a));
  it('empirical NTK at any seed, depth and scaling', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (xs, seed, depth, mf) => {
        const count = xs.length / 2;
        const layout = networkLayout({ inputDim: 2, depth, width: 16, parameterisation: mf ? 'mean-field' : 'ntk' });
        const side = kernelSide(layout, initParams(layout, createRng(seed)), { x: Float64Array.from(xs), count });
        const k = empiricalNtk(layout, side, side);
        return isSymmetric(k, count) && minEigenRatio(k, count) > -1e-10;
      }),
      { numRuns: 60, seed: 42 },
    );
  });
  it('analytic NNGP and NTK', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 3 }), (xs, depth) => {
        const x = Float64Array.from(xs);
        const { nngp, ntk } = analyticKernels(x, x, { inputDim: 2, depth });
        const n = xs.length / 2;
        return isSymmetric(nngp, n) && isSymmetric(ntk, n) && minEigenRatio(nngp, n) > -1e-10 && minEigenRatio(ntk, n) > -1e-10;
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});

describe('infinitePrediction', () => {
  const x = Float64Array.of(-1, -0.3, 0.4, 1);
  const y = Float64Array.of(0.5, -0.2, 0.3, 1);
  const kernel = analyticKernels(x, x, { inputDim: 1, depth: 1 }).ntk;
  it('interpolates the training targets as t → ∞ and starts at f₀ = 0', () => {
    const limit = infinitePrediction({ kernel, cross: kernel, y, learningRate: 0.5, time: Infinity });
    for (let i = 0; i < 4; i++) expect(limit.train[i]).toBeCloseTo(y[i]!, 8);
    for (let i = 0; i < 4; i++) expect(limit.test[i]).toBeCloseTo(y[i]!, 8);
    expect(Array.from(infinitePrediction({ kernel, cross: kernel, y, learningRate: 0.5, time: 0 }).test)).toEqual([0, 0, 0, 0]);
  });
  it('equals t steps of the continuous-time kernel flow: one tiny step is f = (η/N)ΘY', () => {
    const eta = 1e-6;
    const one = infinitePrediction({ kernel, cross: kernel, y, learningRate: eta, time: 1 });
    for (let i = 0; i < 4; i++) {
      const want = (eta / 4) * [0, 1, 2, 3].reduce((s, j) => s + kernel[i * 4 + j]! * y[j]!, 0);
      expect(one.train[i]! / want).toBeCloseTo(1, 5);
    }
  });
  it('names bad arguments', () => {
    expect(() => infinitePrediction({ kernel, cross: kernel, y, learningRate: 0, time: 1 })).toThrow('infinitePrediction: expected learningRate > 0, received 0');
    expect(() => infinitePrediction({ kernel: kernel.subarray(1), cross: kernel, y, learningRate: 1, time: 1 })).toThrow(/an N × N kernel for N = 4/);
  });
});

describe('symmetricEigen', () => {
  it('diagonalises a 2 × 2 example', () => {
    const { values } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect([...values].sort()).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
  });
  it('reconstructs a seeded kernel matrix', () => {
    const { layout, theta, inputs } = tinyNet({ inputDim: 2, depth: 2, width: 8, parameterisation: 'ntk' }, 3, 6);
    const side = kernelSide(layout, theta, inputs);
    const k = empiricalNtk(layout, side, side);
    const { values, vectors } = symmetricEigen(k, 6);
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) {
      let s = 0;
      for (let q = 0; q < 6; q++) s += vectors[i * 6 + q]! * values[q]! * vectors[j * 6 + q]!;
      expect(s).toBeCloseTo(k[i * 6 + j]!, 9);
    }
  });
});
