import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '~compute/random/rng';
import { catastropheProbability } from '~compute/lowstakes/catastrophe';
import { parseScenario } from '~compute/lowstakes/scenario';
import { initLowStakes, stepLowStakes } from '~compute/lowstakes/simulate';

/** The plain O(T·m) dynamic programme, for comparison. */
function naive(q: number[], m: number): number {
  let p = new Array<number>(m).fill(0);
  p[0] = 1;
  let lost = 0;
  for (const x of q) {
    const next = new Array<number>(m).fill(0);
    let alive = 0;
    for (const v of p) alive += v;
    next[0] = (1 - x) * alive;
    for (let r = 0; r < m; r++) {
      if (r + 1 < m) next[r + 1] = x * p[r]!;
      else lost += x * p[r]!;
    }
    p = next;
  }
  return lost;
}

/** Monte Carlo: sample the bad decisions and look for a run of m. */
function sampled(q: number[], m: number, trials: number, seed: number): number {
  const rng = createRng(seed);
  let hits = 0;
  for (let n = 0; n < trials; n++) {
    let run = 0;
    for (const x of q) {
      run = rng() < x ? run + 1 : 0;
      if (run >= m) {
        hits++;
        break;
      }
    }
  }
  return hits / trials;
}

describe('catastropheProbability', () => {
  it('closed forms', () => {
    expect(catastropheProbability([0.5, 0.5], 2)).toBe(0.25);
    expect(catastropheProbability([0.1, 0.2, 0.3], 1)).toBeCloseTo(1 - 0.9 * 0.8 * 0.7, 15);
    expect(catastropheProbability([1, 1, 1], 3)).toBe(1);
    expect(catastropheProbability([1, 1, 0, 1, 1], 3)).toBe(0);
    expect(catastropheProbability([0.5, 0.5], 3)).toBe(0); // m > T
    expect(catastropheProbability([], 1)).toBe(0);
    // three tosses, a run of two heads: 3/8
    expect(catastropheProbability([0.5, 0.5, 0.5], 2)).toBe(0.375);
  });

  it('matches the plain dynamic programme on random sequences, including zeros, ones and tiny values (property)', () => {
    const prob = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 1e-200, 1e-300, 1 - 1e-12));
    fc.assert(
      fc.property(fc.array(prob, { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (q, m) => {
        const a = catastropheProbability(q, m);
        const b = naive(q, m);
        return Math.abs(a - b) <= 1e-12 + 1e-9 * b;
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Monte Carlo sampling of a real run (seeded; within 4 binomial standard errors)', () => {
    let s = initLowStakes(parseScenario({ steps: 1000 }));
    const q: number[] = [];
    for (let t = 0; t < 1000; t++) {
      const step = stepLowStakes(s);
      s = step.state;
      q.push(step.outcome.badProbability);
    }
    const trials = 20_000;
    for (const m of [15, 20, 25, 30]) {
      const exact = catastropheProbability(q, m);
      const mc = sampled(q, m, trials, m);
      const se = Math.sqrt((exact * (1 - exact)) / trials);
      expect(exact).toBeGreaterThan(0.01);
      expect(exact).toBeLessThan(0.99);
      expect(Math.abs(mc - exact)).toBeLessThanOrEqual(4 * se);
    }
  });

  it('rejects a bad m and treats NaN and out-of-range probabilities as clipped', () => {
    expect(() => catastropheProbability([0.5], 0)).toThrow('catastropheProbability: expected m an integer ≥ 1, received 0');
    expect(catastropheProbability([NaN, 2, -1], 1)).toBe(1);
  });
});
