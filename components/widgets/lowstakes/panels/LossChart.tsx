import { ChartAxes } from '../../../ui/chart';
import type { LossGeometry } from '../view';

const KEYS_HINT = 'Use the left and right arrow keys, Page Up, Page Down, Home and End to move the cursor; the readout below the charts follows it.';

/** Props of LossChart: geometry from view.ts lossGeometry, the cursor and its key handler. */
export interface LossChartProps {
  g: LossGeometry;
  size: { width: number; height: number };
  cursor: number;
  onKeyDown: (e: KeyboardEvent) => void;
  /** One sentence summing the chart up, for its accessible name. */
  summary: string;
  /** The instance id, so two figures on a page never share an element id. */
  idPrefix?: string;
}

/**
 * The chart of cumulative loss against the best policy so far: the learner's regret to date, the
 * aligned policy's excess and Hedge's bound as a band, with the turn and the keyboard cursor.
 */
export function LossChart({ g, size, cursor, onKeyDown, summary, idPrefix = 'ls' }: LossChartProps) {
  const at = g.points[cursor];
  return (
    <div role="group" class={`ls-panel ls-panel-loss`} aria-labelledby={`${idPrefix}-loss-title`}>
      <p class="ls-panel-title" id={`${idPrefix}-loss-title`}>
        Cumulative loss against the best policy so far
      </p>
      <svg
        class="ls-chart"
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="img"
        tabindex={0}
        aria-label={`${summary} ${KEYS_HINT}`}
        onKeyDown={onKeyDown}
      >
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="ls" xLabelOffset={14} />
        {g.bandPath ? <path d={g.bandPath} class="ls-band" /> : null}
        <line x1={g.left} x2={g.right} y1={g.y0} y2={g.y0} class="ls-zero" />
        {g.turnX !== null ? <line x1={g.turnX} x2={g.turnX} y1={g.top} y2={g.bottom} class="ls-turn" /> : null}
        {g.turnX !== null ? (
          <text x={g.turnX + 3} y={g.top + 10} class="ls-tick ls-danger-text">
            turn
          </text>
        ) : null}
        {g.alignedPath ? <path d={g.alignedPath} class="ls-line ls-line-aligned" /> : null}
        <path d={g.learnerPath} class="ls-line ls-line-learner" />
        {at ? <line x1={at.x} x2={at.x} y1={g.top} y2={g.bottom} class="ls-cursor" /> : null}
      </svg>
      <ul class="ls-key" aria-hidden="true">
        <li>
          <svg width="24" height="8" viewBox="0 0 24 8"><path d="M0,4H24" class="ls-line ls-line-learner" /></svg>learner (its regret so far)
        </li>
        {g.alignedPath ? (
          <li>
            <svg width="24" height="8" viewBox="0 0 24 8"><path d="M0,4H24" class="ls-line ls-line-aligned" /></svg>aligned policy
          </li>
        ) : null}
        <li>
          <svg width="24" height="8" viewBox="0 0 24 8"><path d="M0,4H24" class="ls-zero" /></svg>best policy so far (0)
        </li>
        {g.bandPath ? (
          <li>
            <svg width="14" height="10" viewBox="0 0 14 10"><rect width="14" height="10" class="ls-band" /></svg>
            Hedge’s regret bound{g.boundClipped ? ' (runs off the top)' : ''}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
