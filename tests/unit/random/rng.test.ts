import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, nextRandom, seedToState } from '~compute/random/rng';

describe('mulberry32 rng', () => {
  it('matches the doc example', () => {
    expect(nextRandom(1)[0]).toBe(createRng(1)());
  });
  it('is reproducible from a seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
  it('differs between neighbouring seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
  });
  it('rejects a non-finite seed', () => {
    expect(() => seedToState(Number.NaN)).toThrow(/seedToState: expected a finite number/);
  });
  it('has a roughly uniform mean', () => {
    const rng = createRng(7);
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += rng();
    expect(s / 100_000).toBeCloseTo(0.5, 2);
  });
});
