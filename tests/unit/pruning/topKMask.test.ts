import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { keptCount, topKMask } from '~compute/pruning/topKMask';

describe('topKMask', () => {
  test('doc example', () => {
    expect(Array.from(topKMask(Float32Array.of(0.1, -0.9, 0.5, 0.2), 0.5))).toEqual([0, 1, 1, 0]);
    expect(keptCount(10, 0.34)).toBe(3);
  });

  test('keeps exactly round(k·n) entries, and every kept |s| ≥ every dropped |s|', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (values, k) => {
          const s = Float32Array.from(values);
          const m = topKMask(s, k);
          const kept = m.reduce((a, b) => a + b, 0);
          expect(kept).toBe(Math.max(1, Math.round(k * s.length)));
          let minKept = Infinity;
          let maxDropped = -Infinity;
          s.forEach((v, i) => {
            if (m[i]) minKept = Math.min(minKept, Math.abs(v));
            else maxDropped = Math.max(maxDropped, Math.abs(v));
          });
          expect(minKept).toBeGreaterThanOrEqual(maxDropped);
        },
      ),
    );
  });

  test('ties at the threshold go to the lower index', () => {
    expect(Array.from(topKMask(Float32Array.of(1, 1, 1, 1), 0.5))).toEqual([1, 1, 0, 0]);
    expect(Array.from(topKMask(Float32Array.of(0, 2, -2, 2, 1), 0.4))).toEqual([0, 1, 1, 0, 0]);
  });

  test('rejects bad k and NaN scores with named errors', () => {
    expect(() => topKMask(Float32Array.of(1), 0)).toThrow('keptCount: expected k in (0, 1], received 0');
    expect(() => topKMask(Float32Array.of(1, NaN), 0.5)).toThrow(/topKMask: expected finite scores/);
  });
});
