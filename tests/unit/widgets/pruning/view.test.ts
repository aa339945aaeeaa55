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
  heatPixels,
  maskBox,
  parseHexColor,
  maskPixels,
  surfaceGeometry,
  pointsPath,
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

describe('pointsPath', () => {
  it('doc example; one subpath per point; a dot is two half-circle arcs around the point', () => {
    expect(pointsPath([{ cx: 5, cy: 5, label: 0 }], 'square', 1)).toBe('M4,4h2v2h-2z');
    expect(pointsPath([{ cx: 5, cy: 5, label: 0 }], 'dot', 1.6)).toBe('M3.4,5a1.6,1.6 0 1,0 3.2,0a1.6,1.6 0 1,0 -3.2,0');
    const marks = Array.from({ length: 7 }, (_, i) => ({ cx: i, cy: 2 * i, label: 1 }));
    expect(pointsPath(marks, 'dot', 1).match(/M/g)).toHaveLength(7);
    expect(pointsPath([], 'square', 1)).toBe('');
  });
});

describe('surfaceGeometry and heatPixels', () => {
  it('maps points with y up (the doc example)', () => {
    const set = { x: Float32Array.of(0, 1), y: Uint8Array.of(1), count: 1, features: 2 };
    expect(surfaceGeometry([-1, 1, -1, 1], { width: 100, height: 100 }, { train: set }).train).toEqual([{ cx: 50, cy: 0, label: 1 }]);
  });

  it('maps the seeded moons into the box', () => {
    const data = generatePlanar('moons', { seed: 1 });
    const g = surfaceGeometry([-2, 2, -1.5, 1.5], { width: 200, height: 150 }, data);
    expect(g.train).toHaveLength(600);
    expect(g.test).toHaveLength(400);
    const i = 3;
    expect(g.train[i]!.cx).toBeCloseTo(((data.train.x[2 * i]! + 2) / 4) * 200, 0);
    expect(g.train[i]!.cy).toBeCloseTo(150 - ((data.train.x[2 * i + 1]! + 1.5) / 3) * 150, 0);
    expect(g.train[i]!.label).toBe(data.train.y[i]);
  });

  it('parses the site’s hex colours', () => {
    expect(parseHexColor(' #1f4f8f')).toEqual([31, 79, 143]);
    expect(parseHexColor('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColor('rgb(1, 2, 3)')).toBeNull();
  });

  it('blends towards the favoured class by confidence, flipping rows (the doc example)', () => {
    expect(Array.from(heatPixels(Float32Array.of(1), 1, [0, 0, 0], [100, 200, 0], [0, 0, 100]))).toEqual([55, 110, 45, 255]);
    // 2 × 2: row 0 (bottom) is [p = 0, p = ½], row 1 (top) is [p = 1, NaN]
    const px = heatPixels(Float32Array.of(0, 0.5, 1, NaN), 2, [200, 0, 0], [0, 0, 200], [10, 10, 10]);
    const at = (x: number, y: number) => Array.from(px.slice(4 * (y * 2 + x), 4 * (y * 2 + x) + 4));
    // a = 1.1·|p − ½| = 0.55 at p = 0 or 1: 0.45·10 + 0.55·200 = 114.5 → 115, 0.45·10 = 4.5 → 5
    expect(at(0, 0)).toEqual([5, 5, 115, 255]); // top-left: p = 1, towards class 1 (blue)
    expect(at(1, 0)).toEqual([10, 10, 10, 255]); // NaN stays background
    expect(at(0, 1)).toEqual([115, 5, 5, 255]); // bottom-left: p = 0, towards class 0 (red)
    expect(at(1, 1)).toEqual([10, 10, 10, 255]); // p = ½: no preference
  });

  it('every pixel is opaque and between background and class colour', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 9, maxLength: 9 }), (values) => {
        const px = heatPixels(Float32Array.from(values), 3, [255, 0, 0], [0, 0, 255], [0, 0, 0]);
        for (let i = 0; i < 9; i++) {
          expect(px[4 * i + 3]).toBe(255);
          expect(px[4 * i + 1]).toBe(0);
          expect(px[4 * i]! + px[4 * i + 2]!).toBeLessThanOrEqual(141);
        }
      }),
    );
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
