/** The query probability over time per learner, with trigger lines and catastrophe ticks, and its keyboard cursor (cursorKeys) with a live readout. */
import type { RefObject } from 'preact';
import { ChartAxes } from '../../../ui/chart';
import { cursorKey } from '../../../ui/cursorKeys';
import { LEARNERS } from '../simulation';
import { CHART_SIZE, formatCount, formatPercent, NAMES, SHORT, type QueryChartGeometry } from '../view';

export function QueryChart({ charts, triggers, cursor, setCursor, svgRef }: {
  svgRef: RefObject<SVGSVGElement>;
  charts: QueryChartGeometry[];
  triggers: number[];
  cursor: number | null;
  setCursor: (c: number | null) => void;
}) {
  const first = charts[0]!;
  const n = first.points.length;
  const at = n === 0 ? null : Math.min(n - 1, cursor ?? n - 1);
  const readout =
    at === null
      ? 'No steps yet.'
      : (() => {
          const p = first.points[at]!;
          const range = p.to - p.from > 1 ? `Steps ${formatCount(p.from)}–${formatCount(p.to - 1)}` : `Step ${formatCount(p.from)}`;
          const q = LEARNERS.map((k, i) => `${SHORT[k]} ${formatPercent(charts[i]!.points[at]!.mean)}`).join(', ');
          const c = LEARNERS.map((k, i) => `${SHORT[k]} ${formatCount(charts[i]!.points[at]!.catastrophes)}`).join(', ');
          return `${range}: mean query probability ${q}; catastrophes ${c}.`;
        })();
  const onKeyDown = (e: KeyboardEvent) => {
    if (n === 0) return;
    const next = cursorKey(e.key, at ?? n - 1, n);
    if (next === null) return;
    e.preventDefault();
    setCursor(next === n - 1 ? null : next);
  };
  return (
    <div class="imit-over-time">
      <p class="imit-sub">
        Query probability over time (mean per window) and catastrophes (ticks, one row per learner)
      </p>
      <svg
        ref={svgRef}
        class="imit-chart imit-time-chart"
        viewBox={`0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`}
        role="img"
        tabindex={0}
        aria-label={`Query probability over time. Use the left and right arrow keys, Page Up, Page Down, Home and End to move the cursor. ${readout}`}
        onKeyDown={onKeyDown}
      >
        <ChartAxes left={first.left} right={first.right} bottom={first.bottom} yTicks={first.yTicks} xTicks={first.xTicks} prefix="imit" />
        {first.triggers.map((x, i) => (
          <line key={i} x1={x} x2={x} y1={first.top} y2={first.bottom} class="imit-trigger" />
        ))}
        {triggers.length > 0 && first.triggers.length > 0 ? (
          <text x={first.triggers[0]! + 3} y={first.top + 9} class="imit-tick">
            trigger
          </text>
        ) : null}
        {charts.map((c, i) => (
          <path key={LEARNERS[i]} d={c.path} class={`imit-line imit-line-${LEARNERS[i]}`} />
        ))}
        {charts.map((c, i) => (
          <g key={`c-${LEARNERS[i]}`}>
            <text x={first.left - 4} y={first.bottom + 24 + i * 10} class="imit-tick" text-anchor="end">
              {SHORT[LEARNERS[i]!]}
            </text>
            <line x1={first.left} x2={first.right} y1={first.bottom + 21 + i * 10} y2={first.bottom + 21 + i * 10} class="imit-track" />
            {c.catastropheMarks.map((x) => (
              <line key={x} x1={x} x2={x} y1={first.bottom + 17 + i * 10} y2={first.bottom + 25 + i * 10} class="imit-cat-tick" />
            ))}
          </g>
        ))}
        {at !== null ? (
          <line x1={first.points[at]!.x} x2={first.points[at]!.x} y1={first.top} y2={first.bottom} class="imit-cursor" />
        ) : null}
      </svg>
      <ul class="imit-line-key" aria-hidden="true">
        {LEARNERS.map((k) => (
          <li key={k}>
            <svg width="24" height="8" viewBox="0 0 24 8">
              <path d="M0,4H24" class={`imit-line imit-line-${k}`} />
            </svg>
            {NAMES[k]}
          </li>
        ))}
      </ul>
      <p class="imit-readout">{readout}</p>
    </div>
  );
}
