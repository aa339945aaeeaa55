import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CurvePoint } from '@intermittent-distillations/compute/priors';

/**
 * A probability as a reader-facing percentage: 2 decimals below 10%, 1 from 10% up; never NaN.
 * Formula: 100·p rounded; p = 0 ↦ "0%", 0 < p < 0.005% ↦ "<0.01%", non-finite ↦ "–".
 * @example formatPercent(16 / 379) // "4.22%"
 */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p === 0) return '0%';
  if (p > 0 && p < 0.00005) return '<0.01%';
  const pct = p * 100;
  return `${pct.toFixed(Math.abs(p) < 0.1 ? 2 : 1)}%`;
}

/**
 * A small per-trial probability as "1 in N" (the report quotes first-trial probabilities so).
 * Formula: N = round(1/p) with thousands separators (from 10⁵ up: k, M, B with 3 significant
 * digits, so the table stays narrow); null (no trials) or non-finite ↦ "–".
 * @example formatOneIn(1 / 364) // "1 in 364"
 */
export function formatOneIn(p: number | null): string {
  if (p === null || !Number.isFinite(p) || p <= 0) return '–';
  const n = 1 / p;
  if (n < 10) return `1 in ${Number(n.toPrecision(3))}`;
  if (n >= 1e9) return `1 in ${Number((n / 1e9).toPrecision(3))}B`;
  if (n >= 1e6) return `1 in ${Number((n / 1e6).toPrecision(3))}M`;
  if (n >= 1e5) return `1 in ${Math.round(n / 1e3)}k`;
  return `1 in ${Math.round(n).toLocaleString('en-US')}`;
}

/**
 * A dollar amount given in millions, shortened: $100M, $1B, $2.5B, $1.2T.
 * Formula: M below 1000, B below 10⁶, T above; at most 3 significant digits.
 * @example formatSpend(100000) // "$100B"
 */
export function formatSpend(millions: number): string {
  if (!Number.isFinite(millions)) return '–';
  const [value, unit] = millions >= 1e6 ? [millions / 1e6, 'T'] : millions >= 1e3 ? [millions / 1e3, 'B'] : [millions, 'M'];
  return `$${Number(value.toPrecision(3))}${unit}`;
}

/**
 * Read a typed 2036 spend ("$1B", "300M", "2.5e9", "1,000,000,000") as millions of dollars.
 * Formula: number × {k: 10⁻³, M: 1, B: 10³, T: 10⁶} (no suffix: dollars, i.e. × 10⁻⁶).
 * @example parseSpend('$2.5B') // 2500
 */
export function parseSpend(text: string): number {
  const m = /^\s*\$?\s*([0-9][0-9,]*\.?[0-9]*(?:e[+-]?[0-9]+)?)\s*(k|m|mn|b|bn|t|thousand|million|billion|trillion)?\s*$/i.exec(text);
  const scale: Record<string, number> = { k: 1e-3, thousand: 1e-3, m: 1, mn: 1, million: 1, b: 1e3, bn: 1e3, billion: 1e3, t: 1e6, trillion: 1e6 };
  const value = m ? Number(m[1]!.replace(/,/g, '')) * (m[2] ? scale[m[2].toLowerCase()]! : 1e-6) : NaN;
  if (!Number.isFinite(value)) throw new Error('Enter a dollar amount such as $1B, 300M or 2.5e9.');
  if (!(value >= 5.02)) throw new Error('Enter more than the 2020 spend, 10^6.7 $ ≈ $5.01M (at least $5.02M).');
  if (value > 1e9) throw new Error('Enter at most $1,000T (10^15 $).');
  return value;
}

/** One curve to draw: its id (a CSS class hook), its label and its yearly points. */
export interface SeriesInput {
  id: string;
  label: string;
  points: readonly CurvePoint[];
}

/** The chart's drawing size in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/** Everything the island needs to draw the chart: no DOM, just numbers and strings. */
export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  years: { first: number; last: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: { id: string; label: string; d: string }[];
  cursor: { year: number; x: number; values: { id: string; label: string; value: number; y: number; text: string }[] } | null;
}

const MARGIN = { top: 12, right: 14, bottom: 30, left: 48 };

const tickPercent = (v: number) => `${Number((v * 100).toFixed(3))}%`;

/**
 * Lay out the cumulative-probability chart: years on x (first to last point), P(AGI by year) on
 * y from 0 to the largest visible value (at least 1%, rounded up to a tick), one path per series,
 * and the cursor's values in the year picked by hover or arrow keys.
 * Formula: x = left + (year − first)/(last − first)·plotWidth; y = bottom − p/ymax·plotHeight.
 * @example chartGeometry([{ id: 'a', label: 'A', points: [{ year: 2020, probability: 0 }, { year: 2100, probability: 0.2 }] }], { width: 400, height: 200 }, 2100).cursor?.values[0]?.text // "20.0%"
 */
export function chartGeometry(series: readonly SeriesInput[], size: ChartSize, cursorYear: number | null): ChartGeometry {
  const width = Math.max(200, Number.isFinite(size.width) ? size.width : 640);
  const height = Math.max(120, Number.isFinite(size.height) ? size.height : 300);
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const all = series.flatMap((s) => s.points);
  const first = all.length ? Math.min(...all.map((p) => p.year)) : 2020;
  const lastRaw = all.length ? Math.max(...all.map((p) => p.year)) : 2100;
  const last = lastRaw > first ? lastRaw : first + 1;
  const top = Math.max(0.01, ...all.map((p) => (Number.isFinite(p.probability) ? p.probability : 0)));
  const x = scaleLinear().domain([first, last]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, Math.min(1, top)]).range([plot.bottom, plot.top]).nice(5);
  const xCount = Math.max(2, Math.floor((plot.right - plot.left) / 70));
  const xTicks = x
    .ticks(xCount)
    .filter((t) => Number.isInteger(t))
    .map((t) => ({ x: x(t), label: String(t) }));
  const yTicks = y.ticks(5).map((t) => ({ y: y(t), label: tickPercent(t) }));
  const path = line<CurvePoint>()
    .defined((p) => Number.isFinite(p.probability))
    .x((p) => x(p.year))
    .y((p) => y(p.probability));
  const lines = series.map((s) => ({ id: s.id, label: s.label, d: path(s.points as CurvePoint[]) ?? '' }));
  let cursor: ChartGeometry['cursor'] = null;
  if (cursorYear !== null && Number.isFinite(cursorYear)) {
    const year = Math.min(last, Math.max(first, Math.round(cursorYear)));
    const values = series.flatMap((s) => {
      const point = s.points.find((p) => p.year === year);
      return point && Number.isFinite(point.probability)
        ? [{ id: s.id, label: s.label, value: point.probability, y: y(point.probability), text: formatPercent(point.probability) }]
        : [];
    });
    cursor = { year, x: x(year), values };
  }
  return { width, height, plot, years: { first, last }, xTicks, yTicks, lines, cursor };
}

/**
 * The year under a horizontal position in the chart (for hover), clamped to the chart's years.
 * Formula: year = round(first + (px − left)/(right − left)·(last − first)).
 * @example yearAtX({ plot: { left: 0, right: 80, top: 0, bottom: 1 }, years: { first: 2020, last: 2100 } }, 16) // 2036
 */
export function yearAtX(geometry: Pick<ChartGeometry, 'plot' | 'years'>, px: number): number {
  const { plot, years } = geometry;
  const t = (px - plot.left) / (plot.right - plot.left || 1);
  const year = Math.round(years.first + (Number.isFinite(t) ? t : 0) * (years.last - years.first));
  return Math.min(years.last, Math.max(years.first, year));
}
