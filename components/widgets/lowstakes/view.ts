import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { LowStakesRun, PolicyKind } from '@intermittent-distillations/compute/lowstakes';
import type { Margin, Size, Tick } from '../../ui/chart';

export type { Margin, Size, Tick };

/** Paths are written to 0.1 SVG unit (a tenth of a pixel): smaller server-rendered HTML, no visible change. */
const PATH_DIGITS = 1;

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A number for a reader: thousands separators, at most `digits` decimals (fewer for large
 * values), a dash for anything not finite — so NaN never reaches the screen.
 * @example formatNumber(1234.567) // "1,234.6"
 */
export function formatNumber(x: number | null | undefined, digits = 1): string {
  if (!finite(x)) return '—';
  const d = Math.abs(x) >= 1000 ? Math.min(digits, 1) : digits;
  const rounded = Number(x.toFixed(d));
  return numberFormat(d).format(Object.is(rounded, -0) ? 0 : rounded);
}

// toLocaleString with options builds a new Intl.NumberFormat on every call: a tweak formats
// hundreds of numbers, and those constructions were 10 ms of it on a phone-speed CPU.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  return f;
}

/**
 * A probability as a percentage, never rounding a non-zero chance to 0 % or a not-quite-certain
 * one to 100 %.
 * Formula: 100·p to 3 significant digits; "< 0.01%" below 10⁻⁴; "> 99.99%" above 1 − 10⁻⁴ (but < 1).
 * @example formatProbability(0.99991) // "> 99.99%"
 */
export function formatProbability(p: number): string {
  if (!finite(p)) return '—';
  if (p <= 0) return '0%';
  if (p >= 1) return '100%';
  if (p < 1e-4) return '< 0.01%';
  if (p > 1 - 1e-4) return '> 99.99%';
  const v = 100 * p;
  return `${Number(v.toPrecision(v >= 99 ? 4 : 3))}%`;
}

/**
 * The size each chart is drawn at, from the width of the charts' column (beside the controls, or
 * the whole figure on a phone, where the chart stays in view above the controls and so must be
 * short): the panel's padding and border taken off, never narrower than 260 or wider than 640
 * units, about half as tall as wide (160 to 200).
 * @example chartSize(390) // { width: 372, height: 186 }
 */
export function chartSize(containerWidth: number): Size {
  const width = Math.round(Math.max(260, Math.min(640, containerWidth - 18)));
  return { width, height: Math.round(Math.max(160, Math.min(200, width / 2))) };
}

/** One point of the loss chart: the run's totals at the end of a window, relative to the best policy so far. */
export interface LossPoint {
  step: number;
  x: number;
  /** Learner's cumulative loss − the best policy's, so far (the regret to date). */
  learner: number;
  /** The aligned policy's cumulative loss − the best policy's (null without one). */
  aligned: number | null;
  /** Hedge's bound on the regret to date (null for the other learners). */
  bound: number | null;
  learnerTotal: number;
  bestTotal: number;
  alignedTotal: number | null;
}

/** Geometry of the loss chart. */
export interface LossGeometry {
  points: LossPoint[];
  learnerPath: string;
  alignedPath: string;
  /** The band from 0 to the bound, clipped to the plot. */
  bandPath: string;
  /** Whether the bound leaves the plot somewhere (its band is then clipped at the top). */
  boundClipped: boolean;
  /** x of the turn, or null if there is none within the horizon. */
  turnX: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  y0: number;
}

function xScale(run: LowStakesRun, size: Size, margin: Margin) {
  const last = run.windows.at(-1)?.step ?? 1;
  return scaleLinear().domain([0, last]).range([margin.left, size.width - margin.right]);
}

function xTicksOf(x: ReturnType<typeof scaleLinear<number, number>>): Tick[] {
  return x.ticks(4).map((v) => ({ position: x(v), label: formatNumber(v, 0) }));
}

function turnXOf(run: LowStakesRun, x: ReturnType<typeof scaleLinear<number, number>>): number | null {
  const last = run.windows.at(-1)?.step ?? 0;
  return run.kinds.includes('deceptive') && run.turnStep < last ? x(run.turnStep) : null;
}

/**
 * The loss chart: cumulative losses against the best policy so far — the learner's regret to date,
 * the aligned policy's excess, and Hedge's bound as a band from 0 — one point per window. The y
 * range covers the learner and the aligned policy (and the bound where it fits within twice
 * their range), so a bound far above the data (high stakes) is clipped rather than flattening them.
 * Formula: y = L_learner(t) − min_i L_i(t); band = [0, ln K/η + η B² t / 8].
 * Source: issue 11 ("cumulative loss … against the best policy and the aligned policy, the regret bound as a band").
 * @example lossGeometry(simulate(parseScenario({ steps: 100 }), 10), { width: 300, height: 150 }).points.length // 10
 */
export function lossGeometry(run: LowStakesRun, size: Size, margin: Margin = { top: 8, right: 22, bottom: 22, left: 48 }): LossGeometry {
  const x = xScale(run, size, margin);
  const points: LossPoint[] = run.windows.map((w) => ({
    step: w.step,
    x: x(w.step),
    learner: w.learnerLoss - w.bestLoss,
    aligned: w.alignedLoss === null ? null : w.alignedLoss - w.bestLoss,
    bound: w.bound,
    learnerTotal: w.learnerLoss,
    bestTotal: w.bestLoss,
    alignedTotal: w.alignedLoss,
  }));
  const values = points.flatMap((p) => [p.learner, p.aligned ?? 0]).filter(finite);
  let lo = Math.min(0, ...values);
  let hi = Math.max(1e-9, ...values);
  const bounds = points.map((p) => p.bound).filter(finite);
  const maxBound = bounds.length ? Math.max(...bounds) : 0;
  if (maxBound > 0 && maxBound <= 2 * (hi - lo)) hi = Math.max(hi, maxBound);
  if (hi - lo < 1e-9) hi = lo + 1;
  const y = scaleLinear().domain([lo, hi]).range([size.height - margin.bottom, margin.top]).nice(4);
  [lo, hi] = y.domain() as [number, number];
  const clampY = (v: number) => y(Math.max(lo, Math.min(hi, v)));
  const start = { x: x(0), learner: 0, aligned: 0 };
  const path = (key: 'learner' | 'aligned') =>
    line<{ x: number; v: number }>((p) => p.x, (p) => clampY(p.v)).digits(PATH_DIGITS)([{ x: start.x, v: 0 }, ...points.flatMap((p) => (finite(p[key]) ? [{ x: p.x, v: p[key] as number }] : []))]) ?? '';
  const bandPoints = points.filter((p) => finite(p.bound));
  const bandPath = bandPoints.length
    ? area<LossPoint>((p) => p.x, () => clampY(0), (p) => clampY(p.bound!)).digits(PATH_DIGITS)([{ ...bandPoints[0]!, x: start.x }, ...bandPoints]) ?? ''
    : '';
  return {
    points,
    learnerPath: path('learner'),
    alignedPath: points.some((p) => p.aligned !== null) ? path('aligned') : '',
    bandPath,
    boundClipped: maxBound > hi,
    turnX: turnXOf(run, x),
    xTicks: xTicksOf(x),
    yTicks: y.ticks(4).map((v) => ({ position: y(v), label: formatNumber(v, 1) })),
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom,
    y0: y(0),
  };
}

/** One kind's line on the weight chart. */
export interface WeightSeries {
  kind: PolicyKind;
  path: string;
  values: number[];
}

/** Geometry of the weight chart. */
export interface WeightGeometry {
  series: WeightSeries[];
  /** x of each window's end. */
  xs: number[];
  steps: number[];
  /** The weight on policies making a bad decision, as a filled area. */
  badPath: string;
  bad: number[];
  turnX: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The weight chart: the learner's total weight on each kind of policy (mean per window) from 0 to
 * 1, the weight on policies making a bad decision as a shaded area (its integral is the expected
 * number of bad decisions), and the turn as a vertical rule.
 * Formula: kind weight = Σ_{i of the kind} p_{t,i}, averaged over the window.
 * Source: issue 11 ("the weight on each kind of policy over time (the turn visible …)").
 * @example weightGeometry(simulate(parseScenario({ steps: 100 }), 10), { width: 300, height: 150 }).series.map((s) => s.kind) // ['aligned', 'deceptive', 'mediocre']
 */
export function weightGeometry(run: LowStakesRun, size: Size, margin: Margin = { top: 8, right: 22, bottom: 22, left: 48 }): WeightGeometry {
  const x = xScale(run, size, margin);
  const y = scaleLinear().domain([0, 1]).range([size.height - margin.bottom, margin.top]);
  const xs = run.windows.map((w) => x(w.step));
  const clamp01 = (v: number | undefined) => (finite(v) ? Math.max(0, Math.min(1, v)) : 0);
  const series = run.kinds.map((kind) => {
    const values = run.windows.map((w) => clamp01(w.kindWeights[kind]));
    const path = line<number>((_, i) => xs[i]!, (v) => y(v)).digits(PATH_DIGITS)(values) ?? '';
    return { kind, path, values };
  });
  const bad = run.windows.map((w) => clamp01(w.weightTurned));
  const badPath = area<number>((_, i) => xs[i]!, () => y(0), (v) => y(v)).digits(PATH_DIGITS)(bad) ?? '';
  return {
    series,
    xs,
    steps: run.windows.map((w) => w.step),
    badPath,
    bad,
    turnX: turnXOf(run, x),
    xTicks: xTicksOf(x),
    yTicks: [0, 0.5, 1].map((v) => ({ position: y(v), label: `${v * 100}%` })),
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom,
  };
}
