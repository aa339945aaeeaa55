import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PriorsResult } from '@intermittent-distillations/compute/priors';
import type { CurveId } from '../params';
import { chartGeometry, yearAtX, type SeriesInput } from '../view';

/** Props of PriorsChart. */
export interface PriorsChartProps {
  result: PriorsResult;
  /** The curves drawn, in legend order. */
  visible: readonly CurveId[];
  labels: Readonly<Record<CurveId, string>>;
  /** The SVG, for the figure menu's exports. */
  svgRef: Ref<SVGSVGElement>;
  /** Instance id, for test hooks ("priors-readout" on the full model). */
  testPrefix: string;
}

const years = (r: PriorsResult) => ({ first: r.from, last: r.curve.at(-1)?.year ?? 2100 });

function seriesOf(result: PriorsResult, id: CurveId, label: string): SeriesInput {
  const points = id === 'combined' ? result.curve : id === 'static' ? result.staticCurve : id === 'laplace' ? result.laplace.curve : (result.rules.find((r) => r.kind === id)?.curve ?? []);
  return { id, label, points };
}

/**
 * The cumulative pr(AGI) chart with its year cursor (hover, or the arrow keys on the focused
 * chart) and the readout of every shown curve in that year. The chart is drawn at the width it
 * gets (SVG units = CSS pixels, so labels keep their size); 640 px before hydration.
 * @example <PriorsChart result={result} visible={['combined']} labels={CURVE_LABELS} svgRef={ref} testPrefix="priors" />
 */
export function PriorsChart({ result, visible, labels, svgRef, testPrefix }: PriorsChartProps) {
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
  const height = width < 480 ? 210 : 280;

  const [cursor, setCursor] = useState<number | null>(null);
  const span = years(result);
  const cursorYear = Math.min(span.last, Math.max(span.first, cursor ?? result.to));
  const geometry = chartGeometry(
    visible.map((id) => seriesOf(result, id, labels[id])),
    { width, height },
    cursorYear,
  );
  const readout = geometry.cursor?.values.map((v) => `${v.label} ${v.text}`).join(', ') ?? '';

  const onKey = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    let next: number | null = null;
    if (e.key in step) next = cursorYear + step[e.key]!;
    else if (e.key === 'Home') next = span.first;
    else if (e.key === 'End') next = span.last;
    if (next === null) return;
    e.preventDefault();
    setCursor(Math.min(span.last, Math.max(span.first, next)));
  };
  const onPointer = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const rect = svg.getBoundingClientRect();
    if (!(rect.width > 0)) return;
    setCursor(yearAtX(geometry, ((e.clientX - rect.left) * geometry.width) / rect.width));
  };

  return (
    <div class="priors-figure">
      <div class="priors-chart" ref={box}>
        <div
          class="priors-cursor-target"
          role="slider"
          tabindex={0}
          aria-label="Year cursor on the cumulative probability chart"
          aria-valuemin={span.first}
          aria-valuemax={span.last}
          aria-valuenow={cursorYear}
          aria-valuetext={`${cursorYear}: ${readout}`}
          onKeyDown={onKey}
        >
          <svg ref={svgRef} viewBox={`0 0 ${geometry.width} ${geometry.height}`} width={geometry.width} height={geometry.height} aria-hidden="true" onPointerMove={onPointer} onPointerDown={onPointer}>
            {geometry.yTicks.map((t) => (
              <g key={`y${t.label}`} class="priors-grid">
                <line x1={geometry.plot.left} x2={geometry.plot.right} y1={t.y} y2={t.y} />
                <text x={geometry.plot.left - 6} y={t.y} dy="0.32em" text-anchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            {geometry.xTicks.map((t) => (
              <g key={`x${t.label}`} class="priors-axis">
                <line x1={t.x} x2={t.x} y1={geometry.plot.bottom} y2={geometry.plot.bottom + 5} />
                <text x={t.x} y={geometry.plot.bottom + 18} text-anchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
            <line class="priors-baseline" x1={geometry.plot.left} x2={geometry.plot.right} y1={geometry.plot.bottom} y2={geometry.plot.bottom} />
            {geometry.lines.map((l) => (
              <path key={l.id} class={`priors-line priors-c-${l.id}`} d={l.d} />
            ))}
            {geometry.cursor ? (
              <g class="priors-cursor">
                <line x1={geometry.cursor.x} x2={geometry.cursor.x} y1={geometry.plot.top} y2={geometry.plot.bottom} />
                {geometry.cursor.values.map((v) => (
                  <circle key={v.id} class={`priors-dot priors-c-${v.id}`} cx={geometry.cursor!.x} cy={v.y} r={3.5} />
                ))}
              </g>
            ) : null}
          </svg>
        </div>
      </div>
      <p class="priors-readout" data-testid={`${testPrefix}-readout`}>
        <strong>{cursorYear}</strong>
        {geometry.cursor?.values.length ? ': ' : ': no curve shown'}
        {geometry.cursor?.values.map((v, i) => (
          <span key={v.id}>
            {i > 0 ? ', ' : ''}
            <span class={`priors-key priors-c-${v.id}`} aria-hidden="true" />
            {v.label} {v.text}
          </span>
        ))}
      </p>
      <p class="priors-hint">P(AGI by the end of each year | none by the end of {result.from}). Hover, or focus the chart and use the arrow keys (Page Up/Down: 10 years, Home/End).</p>
    </div>
  );
}
