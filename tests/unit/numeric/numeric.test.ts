import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logGamma } from '~compute/numeric/logGamma';
import { logBeta } from '~compute/numeric/logBeta';
import { findRoot } from '~compute/numeric/findRoot';
import { logGammaRatio } from '~compute/numeric/logGammaRatio';

describe('logGammaRatio', () => {
  it('matches the doc example and Γ(x+1)/Γ(x) = x', () => {
    expect(logGammaRatio(4, 1)).toBeCloseTo(Math.log(4), 14);
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (x) => {
      expect(logGammaRatio(x, 1)).toBeCloseTo(Math.log(x), 12);
    }));
  });
  it('agrees with differenced logGamma where that is accurate', () => {
    fc.assert(fc.property(fc.double({ min: 1e-2, max: 100, noNaN: true }), fc.double({ min: 1e-2, max: 50, noNaN: true }), (x, a) => {
      expect(logGammaRatio(x, a)).toBeCloseTo(logGamma(x + a) - logGamma(x), 11);
    }));
  });
  it('is additive: ratio(x, a + b) = ratio(x, a) + ratio(x + a, b)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-2, max: 1e6, noNaN: true }), fc.double({ min: 1e-2, max: 20, noNaN: true }), fc.double({ min: 1e-2, max: 20, noNaN: true }), (x, a, b) => {
      expect(logGammaRatio(x, a + b)).toBeCloseTo(logGammaRatio(x, a) + logGammaRatio(x + a, b), 11);
    }));
  });
});

describe('logGamma', () => {
  it('matches the doc example and ln Γ(½) = ½ ln π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  });
  it('equals ln((n−1)!) for integers up to 170', () => {
    let logFactorial = 0;
    for (let n = 2; n <= 170; n++) {
      logFactorial += Math.log(n - 1);
      expect(Math.abs(logGamma(n) - logFactorial)).toBeLessThan(1e-12 * Math.max(1, logFactorial));
    }
  });
  it('satisfies the recurrence ln Γ(x+1) − ln Γ(x) = ln x, also for large x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (x) => {
        // The difference of two values of size |ln Γ(x)| can't be known better than a few ulps of
        // that size (cancellation), so the bound scales with it rather than being a fixed digit count.
        const bound = 32 * Number.EPSILON * (Math.abs(logGamma(x + 1)) + 1);
        expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 2000 },
    );
  });
  it('rejects x ≤ 0 and NaN', () => {
    expect(() => logGamma(0)).toThrow(/logGamma: expected a finite number > 0, received 0/);
    expect(() => logGamma(Number.NaN)).toThrow(/received NaN/);
  });
});

describe('logBeta', () => {
  it('matches the doc example and B(1, b) = 1/b', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (b) => {
      expect(logBeta(1, b)).toBeCloseTo(-Math.log(b), 8);
    }));
  });
  it('is symmetric', () => {
    fc.assert(fc.property(fc.double({ min: 1e-2, max: 1e4, noNaN: true }), fc.double({ min: 1e-2, max: 1e4, noNaN: true }), (a, b) => {
      expect(logBeta(a, b)).toBeCloseTo(logBeta(b, a), 9);
    }));
  });
  it('rejects non-positive arguments', () => {
    expect(() => logBeta(-1, 2)).toThrow(/logBeta: expected a finite a > 0, received -1/);
  });
});

describe('findRoot', () => {
  it('matches the doc example', () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 13);
  });
  it('finds the root of monotone functions to tolerance', () => {
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (r) => {
      const x = findRoot((t) => Math.expm1(t - r), -60, 60);
      expect(x).toBeCloseTo(r, 10);
    }));
  });
  it('rejects a bracket without a sign change', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(/findRoot: expected f\(lo\) and f\(hi\) of opposite signs/);
  });
});
