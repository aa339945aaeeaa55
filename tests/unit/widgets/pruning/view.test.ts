import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatePlanar } from '~compute/pruning/datasets';
import {
  confusionShares,
  curveGeometry,
  digitPixels,
  formatBytes,
  formatLoss,
  formatPercent,
  maskBox,
  maskPixels,
  surfaceGeometry,
  type CurvePoint,
} from '~components/widgets/pruning/view';

const M0 = { top: 0, right: 0, bottom: 0, left: 0 };
const point = (step: number, pa: number, pl: number, da = pa, dl = pl): CurvePoint => ({
  step,
  pruned: { accuracy: pa, loss: pl },
  dense: { accuracy: da, loss: dl },
});

describe('formatting', () => {
  it('prints percentages, losses and sizes, and a dash for anything not finite', () => {
    expect(formatPercent(0.9725)).toBe('97.3%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatLoss(0.123456)).toBe('0.123');
    expect(formatBytes(6_296_020)).toBe('6.3 MB');
    expect(formatBytes(7_850_020)).toBe('7.9 MB');
    expect(formatBytes(52_000)).toBe('52 kB');
    for (const bad of [NaN, Infinity, null, undefined]) {
      expect(formatPercent(bad)).toBe('—');
      expect(formatLoss(bad)).toBe('—');
      expect(formatBytes(bad)).toBe('—');
    }
  });
});

describe('surfaceGeometry', () => {
  it('puts each cell in its probability band, row 0 at the bottom (the doc example)', () => {
    const g = surfaceGeometry(Float32Array.of(0, 1, 1, 0), 2, [0, 1, 0, 1], { width: 2, height: 2 }, 2);
    expect(g.bands.map((b) => b.d)).toEqual(['M0,1h1v1h-1zM1,0h1v1h-1z', 'M1,1h1v1h-1zM0,0h1v1h-1z']);
    expect(g.bands.map((b) => b.p)).toEqual([0.25, 0.75]);
  });

  it('draws every grid cell exactly once and skips NaN cells', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2 ** 31 }), (n, s) => {
        let x = s;
        const grid = Float32Array.from({ length: n * n }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31));
        grid[0] = NaN;
        // cells 10 units wide, so widths are exact: the drawn widths add up to the non-NaN cells
        const g = surfaceGeometry(grid, n, [-1, 1, -1, 1], { width: 10 * n, height: 80 });
        const widths = g.bands.flatMap((b) => [...b.d.matchAll(/h([\d.]+)v/g)].map((m) => Number(m[1])));
        expect(widths.reduce((a, w) => a + w, 0)).toBe(10 * (n * n - 1));
        expect(g.bands.every((b) => b.band >= 0 && b.band < 10 && !b.d.includes('NaN'))).toBe(true);
      }),
    );
  });

  it('merges a run of same-band cells in a row into one rectangle', () => {
    const g = surfaceGeometry(Float32Array.of(0.1, 0.12, 0.9, 0.1), 4, [0, 1, 0, 1], { width: 4, height: 1 }, 10);
    expect(g.bands).toHaveLength(0); // a 4-cell grid is not 4 × 4: nothing drawn rather than garbage
    const h = surfaceGeometry(Float32Array.of(0.1, 0.12, 0.9, 0.1), 2, [0, 1, 0, 1], { width: 2, height: 2 }, 10);
    // row 0 (bottom): 0.1, 0.12 merge into one 2-wide rectangle; row 1: 0.9 then 0.1 stay apart
    expect(h.bands.find((b) => b.band === 1)!.d).toBe('M0,1h2v1h-2zM1,0h1v1h-1z');
  });

  it('maps the data points into the box with y up', () => {
    const data = generatePlanar('moons', { seed: 1 });
    const g = surfaceGeometry(null, 40, [-2, 2, -1.5, 1.5], { width: 200, height: 150 }, 10, data);
    expect(g.bands).toEqual([]);
    expect(g.train).toHaveLength(600);
    expect(g.test).toHaveLength(400);
    const i = 3;
    expect(g.train[i]!.cx).toBeCloseTo(((data.train.x[2 * i]! + 2) / 4) * 200, 0);
    expect(g.train[i]!.cy).toBeCloseTo(150 - ((data.train.x[2 * i + 1]! + 1.5) / 3) * 150, 0);
    expect(g.train[i]!.label).toBe(data.train.y[i]);
  });
});

describe('curveGeometry', () => {
  it('draws accuracy from 0 to 1 against step (the doc example)', () => {
    const g = curveGeometry([point(0, 0.5, 1), point(10, 1, 0)], 'accuracy', 10, { width: 100, height: 50 }, M0);
    expect(g.pruned).toBe('M0,25L100,0');
    expect(g.xs).toEqual([0, 100]);
  });

  it('scales loss to the largest finite loss and breaks the line at a NaN', () => {
    const g = curveGeometry([point(0, 0.5, 4), point(5, 0.6, NaN), point(10, 0.9, 2)], 'loss', 10, { width: 100, height: 100 }, M0);
    expect(g.pruned.match(/M/g)).toHaveLength(2);
    expect(g.pruned).not.toMatch(/NaN/);
    expect(g.yTicks.at(-1)!.label).toBe('4');
    expect(g.yTicks[0]!.position).toBe(100);
  });

  it('handles an empty history', () => {
    const g = curveGeometry([], 'accuracy', 540, { width: 320, height: 150 }, { top: 8, right: 8, bottom: 24, left: 40 });
    expect(g.pruned).toBe('');
    expect(g.xTicks.length).toBeGreaterThan(1);
  });
});

describe('bitmaps', () => {
  it('unpacks mask bits row-major, bit i of byte i>>3 (the doc example)', () => {
    expect(Array.from(maskPixels(Uint8Array.of(0b01), [1, 2], [0, 0, 0, 255], [255, 255, 255, 255]))).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    const bits = Uint8Array.of(0b1000_0000, 0b0000_0001);
    const px = maskPixels(bits, [3, 3], [1, 1, 1, 1], [0, 0, 0, 0]);
    expect(Array.from({ length: 9 }, (_, i) => px[4 * i])).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('sizes thin layers so they stay visible', () => {
    expect(maskBox([3, 256])).toEqual({ width: 192, height: 24 });
    expect(maskBox([257, 2])).toEqual({ width: 24, height: 192 });
    expect(maskBox([3, 8])).toEqual({ width: 32, height: 24 });
  });

  it('draws digits as dark ink on light', () => {
    expect(Array.from(digitPixels(Uint8Array.of(255, 0)).slice(0, 8))).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });

  it('shades confusion cells by their share of the row', () => {
    expect(confusionShares([[3, 1], [0, 0]])).toEqual([[0.75, 0.25], [0, 0]]);
  });
});
