import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minDistribution, queryProbability } from '~compute/imitation/minDistribution';

/** A categorical row over 3 actions from integer counts (so equal ratios give identical floats). */
const rowArb = fc
  .tuple(fc.nat({ max: 10 }), fc.nat({ max: 10 }), fc.nat({ max: 10 }))
  .filter(([a, b, c]) => a + b + c > 0)
  .map(([a, b, c]) => [a / (a + b + c), b / (a + b + c), c / (a + b + c)]);
const tableArb = fc.array(rowArb, { minLength: 1, maxLength: 12 });

describe('min distribution and query probability', () => {
  it('match the doc examples', () => {
    expect(minDistribution([[0.5, 0.5, 0], [0.2, 0.8, 0]])).toEqual([0.2, 0.5, 0]);
    expect(queryProbability([[0.5, 0.5, 0], [0.2, 0.8, 0]])).toBe(0.3);
  });

  it('p₀ ≤ every top model pointwise and equals one of them at each action', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const p0 = minDistribution(rows);
        for (const row of rows) row.forEach((p, a) => expect(p0[a]).toBeLessThanOrEqual(p));
        p0.forEach((p, a) => expect(rows.some((r) => r[a] === p)).toBe(true));
      }),
    );
  });

  it('θ_q ∈ [0, 1] and θ_q = 1 − Σp₀ up to rounding', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const theta = queryProbability(rows);
        expect(theta).toBeGreaterThanOrEqual(0);
        expect(theta).toBeLessThanOrEqual(1);
        const sum = minDistribution(rows).reduce((a, b) => a + b, 0);
        expect(theta).toBeCloseTo(1 - sum, 12);
      }),
    );
  });

  it('θ_q = 0 iff all top models agree', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (rows, copy) => {
        const table = copy ? rows.map(() => rows[0]!.slice()) : rows;
        const agree = table.every((r) => r.every((p, a) => p === table[0]![a]));
        expect(queryProbability(table) === 0).toBe(agree);
      }),
    );
  });

  it('does not mutate its input and rejects an empty set', () => {
    const rows = [[0.5, 0.5, 0], [0.2, 0.8, 0]];
    minDistribution(rows);
    expect(rows).toEqual([[0.5, 0.5, 0], [0.2, 0.8, 0]]);
    expect(() => minDistribution([])).toThrow('minDistribution: expected at least one model row, received []');
  });
});
