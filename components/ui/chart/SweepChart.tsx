import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ChartAxes } from '../chart';
import { nearestIndex, sweepGeometry, type SweepMarkInput, type SweepSeriesInput, type SweepValue } from './sweepGeometry';
import './sweepChart.css';

export interface SweepChartProps {
  /** Accessible name of the chart, e.g. "Sweep of pr(AGI by 2036) over the first-trial probability". */
  label: string;
  /** Swept values, ascending. */
  xs: readonly number[];
  series: readonly SweepSeriesInput[];
  marks?: readonly SweepMarkInput[];
  xScale: 'log' | 'linear';
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** The widget's current setting: marked on the x axis, and where the cursor starts. */
  current?: number;
  /** Other x values to mark with a labelled rule. */
  references?: readonly { value: number; label: string }[];
  /** The series the widget's current setting belongs to (drawn heavier; the cursor starts on it). */
  currentSeries?: number;
  /** Choosing a point (Enter, Space, click) sets the widget to it. */
  onChoose: (xIndex: number, seriesIndex: number) => void;
  /** Classes `sweep-s-<id>` colour each series; the widget's stylesheet defines them. */
  class?: string;
  /** Text under the chart while points are still coming (e.g. "12 of 20 values"), with its own controls. */
  status?: ComponentChildren;
  testId?: string;
}

const spreadText = (v: SweepValue, f: (y: number) => string) => (v.max > v.min ? `${f(v.mean)} (${f(v.min)}–${f(v.max)})` : f(v.mean));

/**
 * A sweep beside a widget's main view: one curve per series over the swept values, min–max bands,
 * reference marks, the current setting as a vertical rule, and a cursor that reaches every point.
 * Keyboard (focus the chart): ←/→ one value, Page Up/Down ten, Home/End the ends, ↑/↓ the series,
 * Enter or Space chooses the point; hovering moves the cursor and a click chooses. The readout is
 * a polite live region with the point's numbers.
 * @example <SweepChart label="…" xs={[1, 10]} series={[…]} xScale="log" xLabel="α" yLabel="queries" formatX={String} formatY={String} onChoose={set} />
 */
export function SweepChart(props: SweepChartProps) {
  const { xs, series, marks = [], formatX, formatY, current, currentSeries = 0 } = props;
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const height = width < 480 ? 220 : 260;
  const geometry = sweepGeometry({ xs, series, marks, size: { width, height }, xScale: props.xScale, formatX, formatY, current, references: props.references });

  const startX = () => (current === undefined ? 0 : nearestIndex(xs, current));
  const [cursor, setCursor] = useState<{ x: number; s: number } | null>(null);
  const at = { x: Math.min(xs.length - 1, cursor?.x ?? startX()), s: Math.min(series.length - 1, cursor?.s ?? currentSeries) };

  const onKey = (e: KeyboardEvent) => {
    const dx: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 };
    const clampX = (i: number) => Math.min(xs.length - 1, Math.max(0, i));
    let next: { x: number; s: number } | null = null;
    if (e.key in dx) next = { ...at, x: clampX(at.x + dx[e.key]!) };
    else if (e.key === 'Home') next = { ...at, x: 0 };
    else if (e.key === 'End') next = { ...at, x: xs.length - 1 };
    else if (e.key === 'ArrowUp') next = { ...at, s: Math.min(series.length - 1, at.s + 1) };
    else if (e.key === 'ArrowDown') next = { ...at, s: Math.max(0, at.s - 1) };
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onChoose(at.x, at.s);
      return;
    }
    if (!next) return;
    e.preventDefault();
    setCursor(next);
  };
  const pointerIndex = (e: PointerEvent | MouseEvent) => {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    if (!(rect.width > 0)) return null;
    return nearestIndex(geometry.xPixels, ((e.clientX - rect.left) * geometry.width) / rect.width);
  };
  const pointerSeries = (e: PointerEvent | MouseEvent, xi: number) => {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    if (!(rect.height > 0)) return at.s;
    const py = ((e.clientY - rect.top) * geometry.height) / rect.height;
    let best = at.s;
    let bestD = Infinity;
    geometry.series.forEach((s, i) => {
      const p = s.points[xi];
      if (p && Math.abs(p.y - py) < bestD) {
        bestD = Math.abs(p.y - py);
        best = i;
      }
    });
    return best;
  };
  const onMove = (e: PointerEvent) => {
    const xi = pointerIndex(e);
    if (xi !== null) setCursor({ x: xi, s: pointerSeries(e, xi) });
  };
  const onClick = (e: MouseEvent) => {
    const xi = pointerIndex(e);
    if (xi === null) return;
    const s = pointerSeries(e, xi);
    setCursor({ x: xi, s });
    props.onChoose(xi, s);
  };

  const active = series[at.s];
  const value = active?.values[at.x] ?? null;
  const mark = marks.find((m) => m.seriesIndex === at.s && m.xIndex === at.x);
  const readout = `${props.xLabel} ${formatX(xs[at.x]!)}${series.length > 1 ? `, ${active?.label}` : ''}: ${props.yLabel} ${
    value ? spreadText(value, formatY) : 'computing…'
  }${mark ? `; ${mark.label}` : ''}`;
  const cursorPoint = geometry.series[at.s]?.points[at.x] ?? null;

  return (
    <div class={`sweep ${props.class ?? ''}`} data-testid={props.testId}>
      <div
        class="sweep-target"
        ref={box}
        tabindex={0}
        role="group"
        aria-roledescription="sweep chart"
        aria-label={`${props.label}. Arrow keys move between points${series.length > 1 ? ', up and down between curves' : ''}; Enter sets the widget to the point.`}
        aria-describedby={`${uid}-readout`}
        onKeyDown={onKey}
      >
        <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} width={geometry.width} height={geometry.height} aria-hidden="true" onPointerMove={onMove} onClick={onClick}>
          <ChartAxes left={geometry.plot.left} right={geometry.plot.right} bottom={geometry.plot.bottom} yTicks={geometry.yTicks} xTicks={geometry.xTicks} prefix="sweep" xLabelOffset={14} />
          <line class="sweep-baseline" x1={geometry.plot.left} x2={geometry.plot.right} y1={geometry.plot.bottom} y2={geometry.plot.bottom} />
          {geometry.currentX !== null ? (
            <line class="sweep-current" x1={geometry.currentX} x2={geometry.currentX} y1={geometry.plot.top} y2={geometry.plot.bottom} data-testid="sweep-current" />
          ) : null}
          {geometry.references.map((r) => (
            <g key={`r${r.label}`} class="sweep-reference">
              <line x1={r.x} x2={r.x} y1={geometry.plot.top} y2={geometry.plot.bottom} />
              <text x={r.x + 3} y={geometry.plot.top + 10}>
                {r.label}
              </text>
            </g>
          ))}
          {geometry.series.map((s) => (s.band ? <path key={`b${s.id}`} class={`sweep-band sweep-s-${s.id}`} d={s.band} /> : null))}
          {geometry.series.map((s, i) => (
            <path key={`l${s.id}`} class={`sweep-line sweep-s-${s.id}${i === currentSeries ? ' sweep-line-current' : ''}`} d={s.line} />
          ))}
          {geometry.series.map((s) =>
            s.points.map((p, i) => (p ? <circle key={`${s.id}-${i}`} class={`sweep-point sweep-s-${s.id}`} cx={p.x} cy={p.y} r={xs.length > 60 ? 1.2 : 2.5} /> : null)),
          )}
          {geometry.marks.map((m) => (
            <rect key={`m${m.seriesIndex}-${m.xIndex}`} class={`sweep-mark sweep-s-${series[m.seriesIndex]?.id}`} x={m.x - 4} y={m.y - 4} width={8} height={8} transform={`rotate(45 ${m.x} ${m.y})`} />
          ))}
          <g class="sweep-cursor">
            <line x1={geometry.xPixels[at.x]} x2={geometry.xPixels[at.x]} y1={geometry.plot.top} y2={geometry.plot.bottom} />
            {cursorPoint ? <circle class={`sweep-s-${active?.id}`} cx={cursorPoint.x} cy={cursorPoint.y} r={5} /> : null}
          </g>
          <text class="sweep-axis-label" x={geometry.plot.right} y={geometry.height - 2} text-anchor="end">
            {props.xLabel}
          </text>
          <text class="sweep-axis-label" x={4} y={12}>
            {props.yLabel}
          </text>
        </svg>
      </div>
      <p class="sweep-readout" id={`${uid}-readout`} aria-live="polite" aria-atomic="true" data-testid="sweep-readout">
        {readout}
      </p>
      {props.status ? <div class="sweep-status">{props.status}</div> : null}
    </div>
  );
}
