/** Test accuracy or loss of the pruned network and the dense baseline over the training steps, with a keyboard cursor. */
import type { RefObject } from 'preact';
import { ChartAxes } from '../../../ui/chart';
import { CURVE_MARGIN, CURVE_SIZE, curveGeometry, formatLoss, formatPercent, type CurvePoint } from '../view';

export function Curves({ history, total, metric, cursor, setCursor, svgRef }: {
  svgRef: RefObject<SVGSVGElement>;
  history: CurvePoint[];
  total: number;
  metric: 'accuracy' | 'loss';
  cursor: number | null;
  setCursor: (c: number | null) => void;
}) {
  const g = curveGeometry(history, metric, total, CURVE_SIZE, CURVE_MARGIN);
  const n = history.length;
  const at = n === 0 ? null : Math.min(n - 1, cursor ?? n - 1);
  const fmt = metric === 'accuracy' ? formatPercent : formatLoss;
  const h = at === null ? null : history[at]!;
  const readout = h
    ? `Step ${h.step}: test ${metric} pruned ${fmt(h.pruned[metric])}, dense ${fmt(h.dense[metric])}.`
    : 'No steps trained yet.';
  const onKeyDown = (e: KeyboardEvent) => {
    if (n === 0) return;
    const cur = at ?? n - 1;
    const next = e.key === 'ArrowLeft' ? cur - 1 : e.key === 'ArrowRight' ? cur + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const c = Math.max(0, Math.min(n - 1, next));
    setCursor(c === n - 1 ? null : c);
  };
  const title = metric === 'accuracy' ? 'Test accuracy' : 'Test loss (cross-entropy, nats)';
  return (
    <div class="prune-curve">
      <p class="prune-sub">{title}</p>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${CURVE_SIZE.width} ${CURVE_SIZE.height}`}
        role="img"
        tabindex={0}
        aria-label={`${title} against training step. Left and right arrow keys move the cursor. ${readout}`}
        onKeyDown={onKeyDown}
      >
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="prune" xLabelOffset={14} />
        <path d={g.dense} class="prune-line prune-line-dense" />
        <path d={g.pruned} class="prune-line prune-line-pruned" />
        {at !== null ? <line x1={g.xs[at]} x2={g.xs[at]} y1={g.top} y2={g.bottom} class="prune-cursor" /> : null}
      </svg>
      <p class="prune-readout">{readout}</p>
    </div>
  );
}

/** The key of the two curves (the figure export labels them from the lines themselves). */
export function LineKey({ method }: { method: string }) {
  return (
    <ul class="prune-line-key" aria-hidden="true">
      <li>
        <svg width="24" height="8" viewBox="0 0 24 8">
          <path d="M0,4H24" class="prune-line prune-line-pruned" />
        </svg>
        pruned ({method})
      </li>
      <li>
        <svg width="24" height="8" viewBox="0 0 24 8">
          <path d="M0,4H24" class="prune-line prune-line-dense" />
        </svg>
        dense baseline
      </li>
    </ul>
  );
}
