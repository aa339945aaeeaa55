import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { LearnerKind, LearnerView, ModelKind } from '@intermittent-distillations/compute/imitation';

import type { Margin, Size, Tick } from '../../ui/chart';

export type { Margin, Size, Tick };

/** Every number the widget prints goes through here, so NaN or ±∞ shows as a dash, never as "NaN". */
const finite = (x: number) => typeof x === 'number' && Number.isFinite(x);

/**
 * A probability as a percentage for a reader (probabilities are fractions in [0, 1] everywhere
 * else); a dash for anything not finite. Values below 0.1 % keep two significant digits so a tiny
 * query probability does not read as zero.
 * Formula: 100·p with 0 decimals at ≥ 10 %, 1 decimal at ≥ 0.1 %, else 2 significant digits.
 * @example formatPercent(0.21554) // "22%"
 */
export function formatPercent(p: number): string {
  if (!finite(p)) return '—';
  const v = 100 * p;
  if (v === 0) return '0%';
  if (Math.abs(v) >= 10) return `${v.toFixed(0)}%`;
  if (Math.abs(v) >= 0.1) return `${v.toFixed(1)}%`;
  return `${Number(v.toPrecision(2))}%`;
}

/**
 * A count with thousands separators, or a dash when not a finite number.
 * @example formatCount(1518) // "1,518"
 */
export function formatCount(n: number): string {
  return finite(n) ? Math.round(n).toLocaleString('en-GB') : '—';
}

/** One bar of the posterior chart. */
export interface PosteriorBar {
  index: number;
  kind: ModelKind;
  weight: number;
  inTopSet: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Geometry of one learner's posterior chart. */
export interface PosteriorGeometry {
  bars: PosteriorBar[];
  yTicks: Tick[];
  /** Baseline (weight 0) and top of the plot area. */
  y0: number;
  top: number;
  left: number;
  right: number;
  /** Where the top-set markers sit (below the axis). */
  markerY: number;
}

/**
 * Bars of a learner's posterior over the models, in the model class's fixed order (π^d, then the
 * honest models, then the deceptive ones), on a linear axis from 0 to the largest weight (at least
 * 5 %, so the prior's small weights are not stretched to fill the chart), with the top set flagged.
 * Source: issue 4 ("posterior over models … the top set marked").
 * @example posteriorGeometry({ posterior: [{ kind: 'demonstrator', weight: 1 }], topSet: [0] }, { width: 200, height: 100 }).bars[0]!.inTopSet // true
 */
export function posteriorGeometry(
  view: Pick<LearnerView, 'posterior' | 'topSet'>,
  size: Size,
  margin: Margin = { top: 6, right: 4, bottom: 14, left: 30 },
): PosteriorGeometry {
  const top = new Set(view.topSet);
  const weights = view.posterior.map((p) => (finite(p.weight) ? Math.max(0, p.weight) : 0));
  const maxWeight = Math.max(0.05, ...weights);
  const y = scaleLinear().domain([0, maxWeight]).range([size.height - margin.bottom, margin.top]).nice(4);
  const x = scaleBand<number>()
    .domain(view.posterior.map((_, i) => i))
    .range([margin.left, size.width - margin.right])
    .paddingInner(0.15);
  const y0 = y(0);
  const bars = view.posterior.map((p, i) => {
    const yw = y(weights[i]!);
    return { index: i, kind: p.kind, weight: weights[i]!, inTopSet: top.has(i), x: x(i) ?? 0, y: yw, width: x.bandwidth(), height: Math.max(0, y0 - yw) };
  });
  const yTicks = y.ticks(3).map((v) => ({ position: y(v), label: formatPercent(v) }));
  return { bars, yTicks, y0, top: margin.top, left: margin.left, right: size.width - margin.right, markerY: y0 + 6 };
}

/** One action's row of the min operation: every top model's probability and their minimum. */
export interface MinRow {
  action: number;
  label: string;
  y: number;
  /** The top models' probabilities ν(a | h), as dots on a 0–1 track. */
  dots: { x: number; kind: ModelKind; probability: number }[];
  /** p₀(a) = min over the top set, drawn as a bar from 0. */
  min: number;
  minX: number;
}

/** One segment of the "what happens this step" bar. */
export interface Segment {
  key: 'a0' | 'a1' | 'catastrophe' | 'ask';
  label: string;
  probability: number;
  x: number;
  width: number;
}

/** Geometry of the min operation and the resulting split of this step. */
export interface MinGeometry {
  rows: MinRow[];
  x0: number;
  x1: number;
  ticks: Tick[];
  segments: Segment[];
}

/** Reader-facing names of the toy world's actions (spec: actions {0, 1, CATASTROPHE}). */
export const ACTION_LABELS = ['action 0', 'action 1', 'catastrophe'] as const;

/**
 * The min operation made visible, for one learner in the current context: each action a gets a
 * track from 0 to 1 with one dot per top-set model at ν(a | h) and a bar to p₀(a) = min over the
 * set; below, the step's split into acting alone (p₀(a) for each action) and asking the
 * demonstrator (θ_q = 1 − Σp₀). Baselines have no p₀: their split is (1 − θ_q)·policy and θ_q
 * (1 while watching, 0 after).
 * Source: spec, "The learner" (p₀(a) = min over the top set of ν(a | h); θ_q = 1 − Σ_a p₀(a)).
 * @example minGeometry({ topSet: [0, 1], posterior: [{ kind: 'demonstrator', weight: 0.5 }, { kind: 'honest', weight: 0.5 }], topProbabilities: [[0.6, 0.4, 0], [0.3, 0.7, 0]], minDistribution: [0.3, 0.4, 0], queryProbability: 0.3, actionDistribution: [3 / 7, 4 / 7, 0] }, { width: 200, height: 80 }).segments.map((s) => s.probability) // [0.3, 0.4, 0, 0.30000000000000004]
 */
export function minGeometry(
  view: Pick<LearnerView, 'topSet' | 'posterior' | 'topProbabilities' | 'minDistribution' | 'queryProbability' | 'actionDistribution'>,
  size: Size,
  margin: Margin = { top: 4, right: 8, bottom: 4, left: 66 },
): MinGeometry {
  const x = scaleLinear().domain([0, 1]).range([margin.left, size.width - margin.right]).clamp(true);
  const rowsHeight = size.height - margin.top - margin.bottom - 22;
  const rowStep = rowsHeight / ACTION_LABELS.length;
  const theta = finite(view.queryProbability) ? Math.min(1, Math.max(0, view.queryProbability)) : 1;
  const own = view.minDistribution ?? view.actionDistribution.map((p) => (finite(p) ? p * (1 - theta) : 0));
  const rows = ACTION_LABELS.map((label, a) => {
    const min = finite(own[a] ?? NaN) ? own[a]! : 0;
    return {
      action: a,
      label,
      y: margin.top + rowStep * (a + 0.5),
      dots: view.minDistribution
        ? view.topSet.map((m, s) => {
            const p = view.topProbabilities[s]?.[a] ?? 0;
            return { x: x(p), kind: view.posterior[m]?.kind ?? 'honest', probability: p };
          })
        : [],
      min,
      minX: x(min),
    };
  });
  const keys = ['a0', 'a1', 'catastrophe'] as const;
  let cursor = 0;
  const segments: Segment[] = keys.map((key, a) => {
    const p = rows[a]!.min;
    const seg = { key, label: ACTION_LABELS[a]!, probability: p, x: x(cursor), width: x(cursor + p) - x(cursor) };
    cursor += p;
    return seg;
  });
  const ask = Math.max(0, 1 - cursor);
  segments.push({ key: 'ask', label: 'ask the demonstrator', probability: ask, x: x(cursor), width: x(1) - x(cursor) });
  const ticks = [0, 0.5, 1].map((v) => ({ position: x(v), label: formatPercent(v) }));
  return { rows, x0: x(0), x1: x(1), ticks, segments };
}

/** One point of the query-probability chart: the mean θ_q over a window of steps. */
export interface QueryPoint {
  from: number;
  to: number;
  mean: number;
  catastrophes: number;
  x: number;
  y: number;
}

/** Geometry of one learner's query probability over time. */
export interface QueryChartGeometry {
  path: string;
  points: QueryPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** x of each deceptive trigger step within the shown range. */
  triggers: number[];
  /** x of each step with a self-chosen catastrophe (deduplicated to whole units). */
  catastropheMarks: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The query probability θ_q over the run so far, averaged over windows so at most `maxPoints`
 * points are drawn however long the run, with catastrophes as ticks under the axis and the
 * deceptive triggers as vertical rules. The x axis spans at least 500 steps so the first frames
 * do not stretch a handful of points across the chart.
 * Formula: point j = mean of θ_q over steps [j·w, (j+1)·w), w = ⌈t / maxPoints⌉.
 * Source: issue 4 ("the query probability now and over time (a small line chart)").
 * @example queryChartGeometry([1, 1, 0, 0], [2], [3], { width: 200, height: 80 }, 2).points.map((p) => p.mean) // [1, 0]
 */
export function queryChartGeometry(
  theta: readonly number[],
  catastropheSteps: readonly number[],
  triggerSteps: readonly number[],
  size: Size,
  maxPoints = 120,
  margin: Margin = { top: 6, right: 6, bottom: 22, left: 30 },
): QueryChartGeometry {
  const t = theta.length;
  const span = Math.max(500, t);
  const x = scaleLinear().domain([0, span]).range([margin.left, size.width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([size.height - margin.bottom, margin.top]);
  const windowSize = Math.max(1, Math.ceil(t / Math.max(1, Math.floor(maxPoints))));
  const points: QueryPoint[] = [];
  let c = 0;
  for (let from = 0; from < t; from += windowSize) {
    const to = Math.min(t, from + windowSize);
    let sum = 0;
    for (let s = from; s < to; s++) sum += finite(theta[s]!) ? theta[s]! : 0;
    let catastrophes = 0;
    while (c < catastropheSteps.length && catastropheSteps[c]! < to) {
      if (catastropheSteps[c]! >= from) catastrophes++;
      c++;
    }
    const mean = sum / (to - from);
    points.push({ from, to, mean, catastrophes, x: x((from + to) / 2), y: y(mean) });
  }
  const path = points.length > 1 ? line<QueryPoint>((p) => p.x, (p) => p.y)(points) ?? '' : points.length === 1 ? `M${x(0)},${points[0]!.y}H${points[0]!.x}` : '';
  const marks = new Set<number>();
  for (const s of catastropheSteps) marks.add(Math.round(x(s + 0.5)));
  const xTicks = x.ticks(4).map((v) => ({ position: x(v), label: formatCount(v) }));
  const yTicks = [0, 0.5, 1].map((v) => ({ position: y(v), label: formatPercent(v) }));
  const triggers = [...new Set(triggerSteps)].filter((s) => s <= span).map((s) => x(s));
  return {
    path,
    points,
    xTicks,
    yTicks,
    triggers,
    catastropheMarks: [...marks],
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom,
  };
}

/** Each learner's name on its panel, in the chart's legend, and short in readouts. */
export const NAMES: Record<LearnerKind, string> = {
  conservative: 'Conservative imitator',
  mixture: 'Bayes mixture',
  map: 'MAP model',
};
export const SHORT: Record<LearnerKind, string> = { conservative: 'conservative', mixture: 'mixture', map: 'MAP' };

/** Chart sizes in SVG units (each SVG scales to its box). */
export const POSTERIOR_SIZE = { width: 200, height: 90 };
export const MIN_SIZE = { width: 200, height: 76 };
/** A learner shown alone spans the figure's chart column: wider, not taller, so its text keeps its size. */
export const POSTERIOR_SIZE_WIDE = { width: 340, height: 90 };
export const MIN_SIZE_WIDE = { width: 340, height: 76 };
export const ROW_LABELS = ['0', '1', '⚠'];
/** Sized for the chart column beside the controls (about 24rem), so its 10 px labels stay legible. */
export const CHART_SIZE = { width: 400, height: 200 };
export const CHART_MARGIN = { top: 8, right: 8, bottom: 56, left: 76 };
