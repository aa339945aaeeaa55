import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { type WidthRow, type TicketCurve, target1d } from '@intermittent-distillations/compute/tangent';
import type { Margin, Size, Tick } from '../../ui/chart';

export type { Margin, Size, Tick };

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A measure for a reader: three significant digits, a dash when missing or not finite (no NaN on screen).
 * @example formatValue(0.0012345) // "0.00123"
 */
export function formatValue(x: number | null | undefined): string {
  return finite(x) ? String(Number(x.toPrecision(3))) : '—';
}

/**
 * A fraction as a percentage, one decimal below 10 %, else whole.
 * @example formatShare(0.0423) // "4.2%"
 */
export function formatShare(p: number | null | undefined): string {
  if (!finite(p)) return '—';
  return p < 0.1 ? `${(100 * p).toFixed(1)}%` : `${Math.round(100 * p)}%`;
}

/**
 * A width with a thousands separator.
 * @example formatWidth(16384) // "16,384"
 */
export function formatWidth(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The plot area of a chart. */
interface Frame2d {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const frameOf = (size: Size, m: Margin): Frame2d => ({ left: m.left, right: size.width - m.right, top: m.top, bottom: size.height - m.bottom });
const round = (v: number) => Math.round(v * 10) / 10;
const path = (pts: [number, number][]) => line()(pts.map(([x, y]) => [round(x), round(y)])) ?? '';

/** Geometry of the function panel (1-D tasks). */
export interface CurveGeometry extends Frame2d {
  xTicks: Tick[];
  yTicks: Tick[];
  target: string;
  network: string;
  linear: string;
  infinite: string;
  points: { cx: number; cy: number }[];
}

/**
 * The 1-D function chart: target, network, linearisation and infinite-width prediction over the
 * input range, and the training points; y spans the targets and curves (clamped to [−3, 3] so a
 * diverging run cannot squash the picture).
 * Formula: linear scales x ∈ [x0, x1] → [left, right], y → [bottom, top].
 * @example curveGeometry({ task: 'sin', xs: [-3, 3], network: [0, 0], linear: [0, 0], infinite: [0, 0], train: { x: [0], target: [0] } }, { width: 100, height: 100 }, { top: 0, right: 0, bottom: 0, left: 0 }).points // [{ cx: 50, cy: 50 }]
 */
export function curveGeometry(
  data: { task: 'sin' | 'step'; xs: number[]; network: number[]; linear: number[]; infinite: number[]; train: { x: number[]; target: number[] } },
  size: Size,
  margin: Margin,
): CurveGeometry {
  const f = frameOf(size, margin);
  const x0 = data.xs[0] ?? -3;
  const x1 = data.xs.at(-1) ?? 3;
  const target = data.xs.map((x) => target1d(data.task, x));
  const all = [...target, ...data.network, ...data.linear, ...data.infinite].filter(finite);
  const lo = Math.max(-3, Math.min(-1.2, ...all));
  const hi = Math.min(3, Math.max(1.2, ...all));
  const x = scaleLinear().domain([x0, x1]).range([f.left, f.right]);
  const y = scaleLinear().domain([lo, hi]).range([f.bottom, f.top]).nice(4);
  const clampY = (v: number) => y(Math.max(lo, Math.min(hi, finite(v) ? v : 0)));
  const curve = (vs: number[]) => path(data.xs.map((xv, i) => [x(xv), clampY(vs[i]!)]));
  // the step target is drawn as two flat pieces, not a steep line through 0
  const targetPath = data.task === 'step' ? `${path([[x(x0), y(-1)], [x(0), y(-1)]])}${path([[x(0), y(1)], [x(x1), y(1)]])}` : curve(target);
  return {
    ...f,
    xTicks: x.ticks(6).map((t) => ({ position: round(x(t)), label: String(t) })),
    yTicks: y.ticks(4).map((t) => ({ position: round(y(t)), label: String(t) })),
    target: targetPath,
    network: curve(data.network),
    linear: curve(data.linear),
    infinite: curve(data.infinite),
    points: data.train.x.map((xv, i) => ({ cx: round(x(xv)), cy: round(clampY(data.train.target[i]!)) })),
  };
}

/** Geometry of the width sweep (log–log). */
export interface SweepGeometry extends Frame2d {
  xTicks: Tick[];
  yTicks: Tick[];
  /** the sweep of the chosen scaling, and of the other one if known (drawn faint) */
  gap: string;
  weight: string;
  otherGap: string;
  otherWeight: string;
  gapPoints: { cx: number; cy: number }[];
  weightPoints: { cx: number; cy: number }[];
  /** the slope −½ reference through the first weightChange point */
  theory: string;
}

/**
 * The sweep chart: functionGap and weightChange against width on log–log axes, with the line of
 * slope −½ (Lee et al. 2019: weights move like 1/√width under NTK scaling) through the first
 * weightChange point. Values ≤ 0 or missing are left out (log axes).
 * Formula: y = y₀ (w / w₀)^(−1/2) for the reference.
 * @example sweepGeometry([16, 64], [{ width: 16, functionGap: 0.1, weightChange: 1 }], [], size, margin).theory // "M…L…"
 */
export function sweepGeometry(
  widths: number[],
  rows: Pick<WidthRow, 'width' | 'functionGap' | 'weightChange'>[],
  other: Pick<WidthRow, 'width' | 'functionGap' | 'weightChange'>[],
  size: Size,
  margin: Margin,
): SweepGeometry {
  const f = frameOf(size, margin);
  const w0 = widths[0] ?? 16;
  const w1 = widths.at(-1) ?? 4096;
  const values = [...rows, ...other].flatMap((r) => [r.functionGap, r.weightChange]).filter((v) => finite(v) && v > 0);
  const lo = Math.min(0.01, ...values) / 1.3;
  const hi = Math.max(1, ...values) * 1.3;
  const x = scaleLog().domain([w0, w1]).range([f.left, f.right]);
  const y = scaleLog().domain([lo, hi]).range([f.bottom, f.top]);
  const series = (rs: typeof rows, key: 'functionGap' | 'weightChange') =>
    rs.filter((r) => finite(r[key]) && r[key] > 0).map((r): [number, number] => [x(r.width), y(r[key])]);
  const first = rows.find((r) => finite(r.weightChange) && r.weightChange > 0);
  const theory = first
    ? path(
        [w0, w1].map((w): [number, number] => [x(w), y(Math.max(lo, Math.min(hi, first.weightChange * (w / first.width) ** -0.5)))]),
      )
    : '';
  const yTicks: Tick[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) yTicks.push({ position: round(y(10 ** e)), label: e >= 0 ? String(10 ** e) : (10 ** e).toFixed(-e) });
  return {
    ...f,
    xTicks: widths.map((w) => ({ position: round(x(w)), label: formatWidth(w) })),
    yTicks,
    gap: path(series(rows, 'functionGap')),
    weight: path(series(rows, 'weightChange')),
    otherGap: path(series(other, 'functionGap')),
    otherWeight: path(series(other, 'weightChange')),
    gapPoints: series(rows, 'functionGap').map(([cx, cy]) => ({ cx: round(cx), cy: round(cy) })),
    weightPoints: series(rows, 'weightChange').map(([cx, cy]) => ({ cx: round(cx), cy: round(cy) })),
    theory,
  };
}

/** Geometry of the tangent-ticket chart. */
export interface TicketGeometry extends Frame2d {
  xTicks: Tick[];
  yTicks: Tick[];
  curve: string;
  /** the 90 % line and the point where the curve first reaches it */
  targetY: number;
  mark: { cx: number; cy: number } | null;
}

/**
 * The ticket chart: recovered share of the linearised change against the fraction of parameters
 * kept (largest contributions first) on a log x axis from 1/P to 1; y clipped to [0, 1] (a single
 * large contribution can overshoot, which reads as below 0).
 * @example ticketGeometry({ parameters: 10, share: 0.3, target: 0.9, curve: [[0.1, 0.5], [1, 1]] }, size, margin).mark // { cx: …, cy: … }
 */
export function ticketGeometry(ticket: TicketCurve, size: Size, margin: Margin): TicketGeometry {
  const f = frameOf(size, margin);
  const x = scaleLog().domain([1 / Math.max(2, ticket.parameters), 1]).range([f.left, f.right]);
  const y = scaleLinear().domain([0, 1]).range([f.bottom, f.top]);
  const clip = (v: number) => y(Math.max(0, Math.min(1, v)));
  const decades: Tick[] = [];
  for (let e = Math.ceil(Math.log10(1 / ticket.parameters)); e <= 0; e++) decades.push({ position: round(x(10 ** e)), label: formatShare(10 ** e) });
  return {
    ...f,
    xTicks: decades,
    yTicks: [0, 0.5, 0.9, 1].map((t) => ({ position: round(y(t)), label: `${Math.round(100 * t)}%` })),
    curve: path(ticket.curve.map(([fr, r]) => [x(fr), clip(r)])),
    targetY: round(y(ticket.target)),
    mark: ticket.share === null ? null : { cx: round(x(ticket.share)), cy: round(y(ticket.target)) },
  };
}

/** An sRGB colour. */
export type Rgb = [number, number, number];

/**
 * Parse a computed CSS colour, "rgb(r, g, b)" / "rgba(…)" or "#rrggbb" / "#rgb", or null.
 * @example parseCssColor('rgb(31, 79, 143)') // [31, 79, 143]
 */
export function parseCssColor(text: string): Rgb | null {
  const t = text.trim();
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(t);
  if (rgb) return [1, 2, 3].map((i) => Math.round(Number(rgb[i]))) as Rgb;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(t);
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/**
 * RGBA pixels of a decision surface (values ≈ ±1 targets) on an n × n grid whose row 0 is the
 * bottom: −1 → c0, +1 → c1, 0 → background, linear in between (clamped).
 * @example surfacePixels([1], 1, [0, 0, 0], [255, 255, 255], [128, 128, 128]).slice(0, 3) // [255, 255, 255]
 */
export function surfacePixels(values: number[], n: number, c0: Rgb, c1: Rgb, bg: Rgb): Uint8ClampedArray<ArrayBuffer> {
  const px = new Uint8ClampedArray(new ArrayBuffer(4 * n * n));
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const v = values[r * n + c]!;
      const t = finite(v) ? Math.max(-1, Math.min(1, v)) : 0;
      const to = t < 0 ? c0 : c1;
      const a = Math.abs(t) * 0.75;
      const o = 4 * ((n - 1 - r) * n + c);
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(bg[k]! + (to[k]! - bg[k]!) * a);
      px[o + 3] = 255;
    }
  }
  return px;
}

/**
 * Training points of a 2-D task in an extent mapped to a width × height box, y up.
 * @example pointsGeometry({ x: [0], y: [0], target: [1] }, [-1, 1, -1, 1], { width: 100, height: 100 }) // [{ cx: 50, cy: 50, label: 1 }]
 */
export function pointsGeometry(train: { x: number[]; y: number[]; target: number[] }, extent: number[], size: Size): { cx: number; cy: number; label: 0 | 1 }[] {
  const [x0, x1, y0, y1] = extent as [number, number, number, number];
  return train.x.map((xv, i) => ({
    cx: round(((xv - x0) / (x1 - x0)) * size.width),
    cy: round(size.height - ((train.y[i]! - y0) / (y1 - y0)) * size.height),
    label: train.target[i]! > 0 ? 1 : 0,
  }));
}
