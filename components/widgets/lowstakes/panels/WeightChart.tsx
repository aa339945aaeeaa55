import type { PolicyKind } from '@intermittent-distillations/compute/lowstakes';
import { ChartAxes } from '../../../ui/chart';
import type { WeightGeometry } from '../view';

/** Reader-facing names of the kinds of policy. */
export const KIND_NAMES: Record<PolicyKind, string> = {
  aligned: 'aligned',
  deceptive: 'deceptive',
  mediocre: 'mediocre',
  first: 'first policy',
  second: 'second policy',
};

/** Props of WeightChart: geometry from view.ts weightGeometry, the cursor and its key handler. */
export interface WeightChartProps {
  g: WeightGeometry;
  size: { width: number; height: number };
  cursor: number;
  onKeyDown: (e: KeyboardEvent) => void;
  summary: string;
  /** The instance id, so two figures on a page never share an element id. */
  idPrefix?: string;
}

/**
 * The chart of the learner's weight on each kind of policy over time, the weight on policies making
 * a bad decision shaded, the turn marked (where the deceptive weight collapses).
 */
export function WeightChart({ g, size, cursor, onKeyDown, summary, idPrefix = 'ls' }: WeightChartProps) {
  const x = g.xs[cursor];
  return (
    <div role="group" class={`ls-panel ls-panel-weights`} aria-labelledby={`${idPrefix}-weight-title`}>
      <p class="ls-panel-title" id={`${idPrefix}-weight-title`}>
        The learner’s weight on each kind of policy
      </p>
      <svg
        class="ls-chart"
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="img"
        tabindex={0}
        aria-label={`${summary} Use the left and right arrow keys, Page Up, Page Down, Home and End to move the cursor; the readout below the charts follows it.`}
        onKeyDown={onKeyDown}
      >
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="ls" xLabelOffset={14} />
        <path d={g.badPath} class="ls-bad-area" />
        {g.turnX !== null ? <line x1={g.turnX} x2={g.turnX} y1={g.top} y2={g.bottom} class="ls-turn" /> : null}
        {g.series.map((s) => (
          <path key={s.kind} d={s.path} class={`ls-line ls-kind-${s.kind}`} />
        ))}
        {x !== undefined ? <line x1={x} x2={x} y1={g.top} y2={g.bottom} class="ls-cursor" /> : null}
      </svg>
      <ul class="ls-key" aria-hidden="true">
        {g.series.map((s) => (
          <li key={s.kind}>
            <svg width="24" height="8" viewBox="0 0 24 8"><path d="M0,4H24" class={`ls-line ls-kind-${s.kind}`} /></svg>
            {KIND_NAMES[s.kind]}
          </li>
        ))}
        <li>
          <svg width="14" height="10" viewBox="0 0 14 10"><rect width="14" height="10" class="ls-bad-area" /></svg>
          on a bad decision this step
        </li>
      </ul>
    </div>
  );
}
