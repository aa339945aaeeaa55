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

  test('heavy ties, signed zeros, infinities and a 400k layer keep exactly round(k·n), largest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, -0, 1, -1, 2.5, -2.5, 1e-30, Infinity, -Infinity, 3e38), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (values, k) => {
          const s = Float32Array.from(values);
          const m = topKMask(s, k);
          expect(m.reduce((a, b) => a + b, 0)).toBe(Math.max(1, Math.round(k * s.length)));
          const kept = s.filter((_, i) => m[i]).map(Math.abs);
          const dropped = s.filter((_, i) => !m[i]).map(Math.abs);
          expect(Math.min(...kept)).toBeGreaterThanOrEqual(dropped.length ? Math.max(...dropped) : 0);
        },
      ),
    );
    const big = Float32Array.from({ length: 785 * 512 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
    const mask = topKMask(big, 0.5);
    const sorted = Float32Array.from(big, Math.abs).sort();
    const threshold = sorted[sorted.length - mask.reduce((a, b) => a + b, 0)]!;
    expect(big.filter((v, i) => (mask[i] === 1) !== Math.abs(v) >= threshold).length).toBe(0);
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
