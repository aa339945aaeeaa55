import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { LabelledSet } from '@intermittent-distillations/compute/pruning/data';

import type { Margin, Size, Tick } from '../../ui/chart';

export type { Margin, Size, Tick };

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A fraction as a percentage for a reader, one decimal; a dash for anything not finite, so NaN
 * never reaches the screen.
 * Formula: (100·p).toFixed(1) + "%".
 * @example formatPercent(0.9725) // "97.3%"
 */
export function formatPercent(p: number | null | undefined): string {
  return finite(p) ? `${(100 * p).toFixed(1)}%` : '—';
}

/**
 * A loss (nats) with three significant digits, or a dash when missing or not finite.
 * @example formatLoss(0.123456) // "0.123"
 */
export function formatLoss(x: number | null | undefined): string {
  return finite(x) ? String(Number(x.toPrecision(3))) : '—';
}

/**
 * A byte count for a download readout: kB below 1 MB, else MB with one decimal.
 * Formula: n / 10⁶ MB (decimal units, as browsers show them).
 * @example formatBytes(6_296_020) // "6.3 MB"
 */
export function formatBytes(n: number | null | undefined): string {
  if (!finite(n) || n < 0) return '—';
  return n < 1e6 ? `${Math.round(n / 1e3)} kB` : `${(n / 1e6).toFixed(1)} MB`;
}

/** A drawn data point of a 2-D set. */
export interface PointMark {
  cx: number;
  cy: number;
  label: number;
}

/** Geometry of the data points of a 2-D set, drawn over the decision surface. */
export interface SurfaceGeometry {
  width: number;
  height: number;
  train: PointMark[];
  test: PointMark[];
}

/**
 * The points of a 2-D set mapped from extent [xMin, xMax, yMin, yMax] into a width × height box
 * with y up (the decision surface itself is a bitmap: see heatPixels).
 * Formula: cx = (x − xMin)/(xMax − xMin)·width, cy = height − (y − yMin)/(yMax − yMin)·height.
 * @example surfaceGeometry([-1, 1, -1, 1], { width: 100, height: 100 }, { train: { x: Float32Array.of(0, 1), y: Uint8Array.of(1), count: 1, features: 2 } }).train // [{ cx: 50, cy: 0, label: 1 }]
 */
export function surfaceGeometry(
  extent: readonly [number, number, number, number],
  size: Size,
  sets: { train?: LabelledSet; test?: LabelledSet } = {},
): SurfaceGeometry {
  const [x0, x1, y0, y1] = extent;
  const sx = scaleLinear().domain([x0, x1]).range([0, size.width]);
  const sy = scaleLinear().domain([y0, y1]).range([size.height, 0]);
  const marks = (set?: LabelledSet): PointMark[] => {
    if (!set) return [];
    const out: PointMark[] = [];
    for (let i = 0; i < set.count; i++) {
      const cx = sx(set.x[2 * i]!);
      const cy = sy(set.x[2 * i + 1]!);
      if (!finite(cx) || !finite(cy)) continue;
      out.push({ cx: Math.round(cx * 10) / 10, cy: Math.round(cy * 10) / 10, label: set.y[i]! });
    }
    return out;
  };
  return { width: size.width, height: size.height, train: marks(sets.train), test: marks(sets.test) };
}

/**
 * The marks of one class as a single SVG path: each training point a dot of radius r (two arcs),
 * each test point a square of side 2r. One path per class and split instead of an element per
 * point: the 2 × 1,000 points of the two surfaces were 180 KB of the page's HTML and ~2,000 nodes
 * for the browser to parse, style and hydrate while the page loads.
 * @example pointsPath([{ cx: 5, cy: 5, label: 0 }], 'square', 1) // 'M4,4h2v2h-2z'
 */
export function pointsPath(marks: readonly PointMark[], shape: 'dot' | 'square', r: number): string {
  const d = 2 * r;
  const round = (v: number) => Math.round(v * 100) / 100;
  return marks
    .map((m) =>
      shape === 'dot'
        ? `M${round(m.cx - r)},${m.cy}a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 ${-d},0`
        : `M${round(m.cx - r)},${round(m.cy - r)}h${d}v${d}h${-d}z`,
    )
    .join('');
}

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * Read a CSS colour written as #rgb or #rrggbb (the site's custom properties), or null.
 * @example parseHexColor(' #1f4f8f') // [31, 79, 143]
 */
export function parseHexColor(text: string): Rgb | null {
  const t = text.trim();
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(t);
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
}

/**
 * The decision surface as an n × n RGBA bitmap (one pixel per grid cell, drawn on a canvas
 * scaled up): each cell blends the background towards the colour of the class the network
 * favours, by how sure it is. decisionGrid's row 0 is the bottom, so rows are flipped. A NaN
 * cell stays background.
 * Formula: a = min(1, 1.1·|p − ½|), colour = (1 − a)·bg + a·(p ≥ ½ ? c1 : c0).
 * @example Array.from(heatPixels(Float32Array.of(1), 1, [0, 0, 0], [100, 200, 0], [0, 0, 100])) // [55, 110, 45, 255]
 */
export function heatPixels(grid: Float32Array, n: number, c0: Rgb, c1: Rgb, bg: Rgb): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(4 * n * n);
  for (let row = 0; row < n; row++) {
    for (let c = 0; c < n; c++) {
      const p = grid[row * n + c]!;
      const o = 4 * ((n - 1 - row) * n + c);
      const a = finite(p) ? Math.min(1, 1.1 * Math.abs(p - 0.5)) : 0;
      const k = finite(p) && p >= 0.5 ? c1 : c0;
      for (let j = 0; j < 3; j++) out[o + j] = Math.round((1 - a) * bg[j]! + a * k[j]!);
      out[o + 3] = 255;
    }
  }
  return out;
}

/** One reported point of the training curves. */
export interface CurvePoint {
  step: number;
  pruned: { accuracy: number; loss: number };
  dense: { accuracy: number; loss: number };
}

/** Geometry of one curve chart (accuracy or loss), pruned and dense. */
export interface CurveGeometry {
  pruned: string;
  dense: string;
  xTicks: Tick[];
  yTicks: Tick[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** x of each history point, for the keyboard cursor */
  xs: number[];
}

/**
 * Lines of test accuracy (y from 0 to 1) or test loss (y from 0 to the largest finite loss seen)
 * against step (x from 0 to totalSteps), for the pruned net and the dense baseline.
 * @example curveGeometry([{ step: 0, pruned: { accuracy: 0.5, loss: 1 }, dense: { accuracy: 0.5, loss: 1 } }, { step: 10, pruned: { accuracy: 1, loss: 0 }, dense: { accuracy: 1, loss: 0 } }], 'accuracy', 10, { width: 100, height: 50 }, { top: 0, right: 0, bottom: 0, left: 0 }).pruned // 'M0,25L100,0'
 */
export function curveGeometry(
  history: readonly CurvePoint[],
  metric: 'accuracy' | 'loss',
  totalSteps: number,
  size: Size,
  margin: Margin,
): CurveGeometry {
  const left = margin.left;
  const right = size.width - margin.right;
  const top = margin.top;
  const bottom = size.height - margin.bottom;
  const xMax = Math.max(1, finite(totalSteps) ? totalSteps : 1);
  let yMax = 1;
  if (metric === 'loss') {
    for (const h of history) for (const v of [h.pruned.loss, h.dense.loss]) if (finite(v) && v > yMax) yMax = v;
  }
  const x = scaleLinear().domain([0, xMax]).range([left, right]);
  const y = scaleLinear().domain([0, yMax]).range([bottom, top]).nice();
  const r = (v: number) => Math.round(v * 100) / 100;
  const path = (net: 'pruned' | 'dense') =>
    line<CurvePoint>()
      .defined((h) => finite(h[net][metric]))
      .x((h) => r(x(h.step)))
      .y((h) => r(y(h[net][metric])))(history as CurvePoint[]) ?? '';
  const fmtY = metric === 'accuracy' ? (v: number) => `${Math.round(v * 100)}%` : (v: number) => String(Number(v.toPrecision(2)));
  return {
    pruned: path('pruned'),
    dense: path('dense'),
    xTicks: x.ticks(4).map((t) => ({ position: r(x(t)), label: String(t) })),
    yTicks: y.ticks(4).map((t) => ({ position: r(y(t)), label: fmtY(t) })),
    left,
    right,
    top,
    bottom,
    xs: history.map((h) => r(x(h.step))),
  };
}

/** Mask bitmap colours: kept weights dark, pruned ones light (a bitmap, legible in both themes). */
export const MASK_KEPT = [40, 40, 40, 255] as const;
/** See MASK_KEPT. */
export const MASK_PRUNED = [235, 235, 235, 255] as const;

/**
 * RGBA pixels of a layer's mask for a canvas of width fanOut and height fanIn: kept weights in
 * `on`, pruned ones in `off`. Bit i of byte ⌊i/8⌋ is entry i in row-major order (snapshot's layout).
 * @example maskPixels(Uint8Array.of(0b01), [1, 2], [0, 0, 0, 255], [255, 255, 255, 255]) // [0,0,0,255, 255,255,255,255]
 */
export function maskPixels(
  bits: Uint8Array,
  shape: readonly [number, number],
  on: readonly [number, number, number, number],
  off: readonly [number, number, number, number],
): Uint8ClampedArray<ArrayBuffer> {
  const n = shape[0] * shape[1];
  const out = new Uint8ClampedArray(4 * n);
  // one 32-bit store per pixel (a 785 × 512 digits layer is 400k pixels, redrawn every report)
  const words = new Uint32Array(out.buffer);
  const pack = (c: readonly number[]) => new Uint32Array(Uint8ClampedArray.from(c).buffer)[0]!;
  const onWord = pack(on);
  const offWord = pack(off);
  for (let i = 0; i < n; i++) words[i] = (bits[i >> 3]! >> (i & 7)) & 1 ? onWord : offWord;
  return out;
}

/**
 * On-screen size (CSS px) of a layer's mask bitmap: up to `scale` px per weight, the longer side
 * at most `max`, and neither side thinner than `min`, so a 3 × 256 first layer or a 257 × 2 last
 * layer stays visible beside a 257 × 256 one.
 * Formula: s = min(scale, max / max(fanIn, fanOut)); side = clamp(n·s, min, max).
 * @example maskBox([3, 256]) // { width: 192, height: 24 }
 */
export function maskBox(shape: readonly [number, number], scale = 4, max = 192, min = 24): Size {
  const s = Math.min(scale, max / Math.max(shape[0], shape[1], 1));
  const side = (n: number) => Math.round(Math.min(max, Math.max(min, n * s)));
  return { width: side(shape[1]), height: side(shape[0]) };
}

/**
 * Share of each row of a confusion matrix on its diagonal-or-not cells, for shading: counts
 * divided by the row total (0 for an empty row).
 * Formula: share[t][p] = confusion[t][p] / Σ_p confusion[t][p].
 * @example confusionShares([[3, 1], [0, 0]]) // [[0.75, 0.25], [0, 0]]
 */
export function confusionShares(confusion: readonly (readonly number[])[]): number[][] {
  return confusion.map((row) => {
    const total = row.reduce((a, b) => a + (finite(b) ? b : 0), 0);
    return row.map((v) => (total > 0 && finite(v) ? v / total : 0));
  });
}

/**
 * Greyscale RGBA pixels of a 28 × 28 digit, ink dark on light (byte 255 → black), as canvases show it.
 * Formula: grey = 255 − pixel.
 * @example Array.from(digitPixels(Uint8Array.of(255, 0)).slice(0, 8)) // [0,0,0,255, 255,255,255,255]
 */
export function digitPixels(pixels: Uint8Array): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(4 * pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const g = 255 - pixels[i]!;
    out[4 * i] = g;
    out[4 * i + 1] = g;
    out[4 * i + 2] = g;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** Decision-grid resolution, digits shown, and chart sizes in SVG units (each SVG scales to its box). */
export const GRID = 40;
export const DIGIT_STRIP = 12;
export const SURFACE = { width: 200, height: 160 };
export const CURVE_SIZE = { width: 320, height: 150 };
export const CURVE_MARGIN = { top: 8, right: 8, bottom: 24, left: 40 };
