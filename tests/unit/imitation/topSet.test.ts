import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alphaTopSet, rankModels, selectTopSet, topKSet } from '~compute/imitation/topSet';

/** Random posteriors: positive weights normalised to sum 1, sometimes with ties. */
const posteriorArb = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((ws) => {
    const s = ws.reduce((a, b) => a + b, 0);
    return ws.map((w) => w / s);
  });
const alphaArb = fc.double({ min: 1e-3, max: 1, noNaN: true });

describe('alphaTopSet (paper α rule)', () => {
  it('matches the doc example', () => {
    expect(alphaTopSet([0.5, 0.3, 0.2], 0.3)).toEqual([0, 1]);
  });

  it('always contains the MAP model (highest posterior, lowest index among ties)', () => {
    fc.assert(
      fc.property(posteriorArb, alphaArb, (w, alpha) => {
        const max = Math.max(...w);
        expect(alphaTopSet(w, alpha)[0]).toBe(w.indexOf(max));
      }),
    );
  });

  it('has at most ⌊1/α⌋ members', () => {
    fc.assert(
      fc.property(posteriorArb, alphaArb, (w, alpha) => {
        expect(alphaTopSet(w, alpha).length).toBeLessThanOrEqual(Math.floor(1 / alpha));
      }),
    );
  });

  it('is exactly the members satisfying w_k ≥ α·(w₁ + … + w_k) along the ranking, checked one by one', () => {
    fc.assert(
      fc.property(posteriorArb, alphaArb, (w, alpha) => {
        const order = rankModels(w);
        const set = alphaTopSet(w, alpha);
        let cum = 0;
        const members: number[] = [];
        for (const i of order) {
          cum += w[i]!;
          if (w[i]! >= alpha * cum) members.push(i);
          else break;
        }
        expect(set).toEqual(members);
        // Prefix property: nobody further down the ranking would pass the test on its own either.
        let cum2 = 0;
        order.forEach((i, k) => {
          cum2 += w[i]!;
          if (k >= set.length) expect(w[i]! >= alpha * cum2).toBe(false);
        });
      }),
    );
  });

  it('shrinks (weakly) as α grows', () => {
    fc.assert(
      fc.property(posteriorArb, alphaArb, alphaArb, (w, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(alphaTopSet(w, hi).length).toBeLessThanOrEqual(alphaTopSet(w, lo).length);
      }),
    );
  });

  it('breaks ties by the fixed model order', () => {
    expect(alphaTopSet([0.25, 0.25, 0.25, 0.25], 0.25)).toEqual([0, 1, 2, 3]);
    expect(alphaTopSet([0.1, 0.3, 0.3, 0.3], 0.3)).toEqual([1, 2, 3]);
  });

  it('rejects α outside (0, 1]', () => {
    expect(() => alphaTopSet([1], 0)).toThrow('alphaTopSet: expected alpha in (0, 1], received 0');
    expect(() => alphaTopSet([1], 1.5)).toThrow('received 1.5');
    expect(() => alphaTopSet([1], Number.NaN)).toThrow('received NaN');
  });
});

describe('topKSet (the note’s rule)', () => {
  it('matches the doc examples', () => {
    expect(topKSet([0.2, 0.5, 0.2, 0.1], 2)).toEqual([1, 0]);
    expect(rankModels([0.2, 0.5, 0.2, 0.1])).toEqual([1, 0, 2, 3]);
    expect(selectTopSet([0.5, 0.3, 0.2], { rule: 'top-k', k: 3 })).toEqual([0, 1, 2]);
  });

  it('returns the k highest-posterior models, MAP first', () => {
    fc.assert(
      fc.property(posteriorArb, fc.integer({ min: 1, max: 40 }), (w, k) => {
        const set = topKSet(w, k);
        expect(set.length).toBe(Math.min(k, w.length));
        const inSet = new Set(set);
        const minIn = Math.min(...set.map((i) => w[i]!));
        w.forEach((x, i) => {
          if (!inSet.has(i)) expect(x).toBeLessThanOrEqual(minIn);
        });
        expect(w[set[0]!]).toBe(Math.max(...w));
      }),
    );
  });

  it('rejects k < 1 or non-integer', () => {
    expect(() => topKSet([1], 0)).toThrow('topKSet: expected k an integer ≥ 1, received 0');
    expect(() => topKSet([1], 1.5)).toThrow('received 1.5');
  });
});
