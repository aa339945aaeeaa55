import type { Margin, Size, Tick } from '../chart';

/** Mean and range of one output at one swept value (min = max = mean for a deterministic model). */
export interface SweepValue {
  mean: number;
  min: number;
  max: number;
}

/** One curve of a sweep chart: a value per swept x, null while not yet computed. */
export interface SweepSeriesInput {
  id: string;
  label: string;
  values: readonly (SweepValue | null)[];
}

/** A reference point drawn on a curve (e.g. a cell of the report's table). */
export interface SweepMarkInput {
  seriesIndex: number;
  xIndex: number;
  y: number;
  label: string;
}

export interface SweepGeometryInput {
  xs: readonly number[];
  series: readonly SweepSeriesInput[];
  marks?: readonly SweepMarkInput[];
  size: Size;
  xScale: 'log' | 'linear';
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** The widget's current setting on the x axis, marked with a vertical rule (if inside the domain). */
  current?: number;
  /** Other values to mark on the x axis with a labelled rule (e.g. where a guarantee stops holding). */
  references?: readonly { value: number; label: string }[];
  /** Fixed y domain; default [0, largest max] made nice. */
  yDomain?: [number, number];
}

export interface SweepGeometry extends Size {
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel x of each swept value. */
  xPixels: number[];
  /** Per series: the mean line, the min–max band (empty when the range is zero), and the point pixels (null while pending). */
  series: { id: string; line: string; band: string; points: ({ x: number; y: number } | null)[] }[];
  marks: { seriesIndex: number; xIndex: number; x: number; y: number; label: string }[];
  currentX: number | null;
  references: { x: number; label: string }[];
}

const MARGIN: Margin = { top: 24, right: 14, bottom: 30, left: 46 };

// components/ui depends on Preact and src/state only (tests/unit/architecture), so the two scales
// and the paths a sweep needs are written out here rather than taken from d3.
type Scale = (v: number) => number;
function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  return (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}
function logScale([d0, d1]: [number, number], range: [number, number]): Scale {
  const inner = linearScale([Math.log(d0), Math.log(d1)], range);
  return (v) => inner(Math.log(v));
}

/**
 * Round tick values covering [lo, hi] with steps of 1, 2 or 5 × 10^k, about `count` of them.
 * @example niceTicks(0, 0.2, 5) // [0, 0.05, 0.1, 0.15, 0.2]
 */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.99) ?? 10 * power;
  const out: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

/** Round a y maximum up to the next nice tick so the top grid line bounds the data. */
function niceMax(v: number, count: number): number {
  const ticks = niceTicks(0, v, count);
  const last = ticks[ticks.length - 1]!;
  return last >= v ? last : last + (ticks[1]! - ticks[0]!);
}

/** SVG path through the defined points, a new subpath after every gap. */
function pathThrough(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p.x.toFixed(2)},${p.y.toFixed(2)}`;
    pen = true;
  }
  return d;
}

/** SVG area between two edges over runs of defined points. */
function bandThrough(top: readonly ({ x: number; y: number } | null)[], bottom: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      const upper = run.map((i, k) => `${k === 0 ? 'M' : 'L'}${top[i]!.x.toFixed(2)},${top[i]!.y.toFixed(2)}`).join('');
      const lower = [...run].reverse().map((i) => `L${bottom[i]!.x.toFixed(2)},${bottom[i]!.y.toFixed(2)}`).join('');
      d += `${upper}${lower}Z`;
    }
    run = [];
  };
  top.forEach((p, i) => (p ? run.push(i) : flush()));
  flush();
  return d;
}

function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); 10 ** e <= hi * (1 + 1e-9); e++) out.push(10 ** e);
  return out;
}

/**
 * Pure geometry of a sweep chart: x scale over the swept values (log or linear), y over every
 * mean and range, a line per series through its computed means (gaps while pending), a band for
 * its min–max, the reference marks and the current setting.
 * @example sweepGeometry({ xs: [1, 10, 100], series: [{ id: 'a', label: 'a', values: [{ mean: 0, min: 0, max: 0 }, null, { mean: 1, min: 1, max: 1 }] }], size: { width: 300, height: 200 }, xScale: 'log', formatX: String, formatY: String }).xPixels // [46, 166, 286]
 */
export function sweepGeometry(input: SweepGeometryInput): SweepGeometry {
  const { xs, size } = input;
  const plot = { left: MARGIN.left, right: size.width - MARGIN.right, top: MARGIN.top, bottom: size.height - MARGIN.bottom };
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const x = (input.xScale === 'log' ? logScale : linearScale)([lo, hi], [plot.left, plot.right]);
  let yMax = 0;
  for (const s of input.series) for (const v of s.values) if (v) yMax = Math.max(yMax, v.max, v.mean);
  for (const m of input.marks ?? []) yMax = Math.max(yMax, m.y);
  const yCount = size.height < 240 ? 4 : 5;
  const yDomain = input.yDomain ?? [0, niceMax(yMax > 0 ? yMax : 1, yCount)];
  const y = linearScale(yDomain, [plot.bottom, plot.top]);
  const xTickValues = input.xScale === 'log' ? logTicks(lo, hi) : niceTicks(lo, hi, size.width < 420 ? 4 : 6);
  const xPixels = xs.map((v) => x(v));
  const series = input.series.map((s) => {
    const at = (f: (v: SweepValue) => number) => s.values.map((v, i) => (v ? { x: xPixels[i]!, y: y(f(v)) } : null));
    const points = at((v) => v.mean);
    const hasRange = s.values.some((v) => v && v.max > v.min);
    return { id: s.id, line: pathThrough(points), band: hasRange ? bandThrough(at((v) => v.max), at((v) => v.min)) : '', points };
  });
  const current = input.current;
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: xTickValues.map((v) => ({ position: x(v), label: input.formatX(v) })),
    yTicks: niceTicks(yDomain[0], yDomain[1], yCount).map((v) => ({ position: y(v), label: input.formatY(v) })),
    xPixels,
    series,
    marks: (input.marks ?? []).map((m) => ({ ...m, x: xPixels[m.xIndex]!, y: y(m.y) })),
    currentX: current !== undefined && current >= lo && current <= hi ? x(current) : null,
    references: (input.references ?? []).filter((r) => r.value >= lo && r.value <= hi).map((r) => ({ x: x(r.value), label: r.label })),
  };
}

/**
 * Index of the swept value nearest to a pixel x (for hover), or to a value on the same scale.
 * @example nearestIndex([46, 166, 286], 150) // 1
 */
export function nearestIndex(pixels: readonly number[], px: number): number {
  let best = 0;
  pixels.forEach((p, i) => {
    if (Math.abs(p - px) < Math.abs(pixels[best]! - px)) best = i;
  });
  return best;
}

/**
 * Evenly spaced values on a log or linear scale, ends included.
 * @example spacedValues(1, 100, 3, 'log') // [1, 10, 100]
 */
export function spacedValues(lo: number, hi: number, n: number, scale: 'log' | 'linear'): number[] {
  if (n < 2) return [lo];
  return Array.from({ length: n }, (_, i) => (scale === 'log' ? lo * (hi / lo) ** (i / (n - 1)) : lo + ((hi - lo) * i) / (n - 1)));
}
