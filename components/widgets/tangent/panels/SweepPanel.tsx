import type { ComponentChildren } from 'preact';
import type { WidthRow } from '@intermittent-distillations/compute/tangent';
import { ChartAxes } from '../../../ui/chart';
import { formatValue, formatWidth, sweepGeometry } from '../view';

const SIZE = { width: 360, height: 220 };
const MARGIN = { top: 8, right: 18, bottom: 22, left: 36 };

/**
 * The right panel: functionGap and weightChange against width (log–log) for the chosen scaling,
 * the other scaling faint when known, and the slope −½ for reference; a table of the numbers.
 * @example <SweepPanel widths={[16, 64]} rows={rows} other={[]} scaling="ntk" busy={false} error={null} />
 */
export function SweepPanel({ widths, rows, other, scaling, busy, error, extend }: {
  widths: number[];
  /** the switch that extends a one-hidden-layer sweep to 16,384, when offered */
  extend?: ComponentChildren;
  rows: WidthRow[];
  other: WidthRow[];
  scaling: 'ntk' | 'mean-field';
  busy: boolean;
  error: string | null;
}) {
  const g = sweepGeometry(widths, rows, other, SIZE, MARGIN);
  const name = scaling === 'ntk' ? 'NTK' : 'mean-field';
  const otherName = scaling === 'ntk' ? 'mean-field' : 'NTK';
  const status = error
    ? `The sweep stopped: ${error}`
    : busy
      ? `Computing the sweep in the background: ${rows.length} of ${widths.length} widths done…`
      : `${name} scaling, ${widths.length} widths from ${formatWidth(widths[0]!)} to ${formatWidth(widths.at(-1)!)}.`;
  return (
    <div class="tan-sweep">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={`Width sweep, ${name} scaling: functionGap and weightChange against width on log–log axes, with a line of slope −½. ${status}`}>
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="tan" xLabelOffset={14} />
        <path d={g.theory} class="tan-line tan-theory" />
        <path d={g.otherWeight} class="tan-line tan-weight tan-other" />
        <path d={g.otherGap} class="tan-line tan-gap tan-other" />
        <path d={g.weight} class="tan-line tan-weight" />
        <path d={g.gap} class="tan-line tan-gap" />
        {g.weightPoints.map((p, i) => (
          <circle key={`w${i}`} cx={p.cx} cy={p.cy} r={2.6} class="tan-mark tan-mark-weight" />
        ))}
        {g.gapPoints.map((p, i) => (
          <rect key={`g${i}`} x={p.cx - 2.4} y={p.cy - 2.4} width={4.8} height={4.8} class="tan-mark tan-mark-gap" />
        ))}
      </svg>
      <ul class="tan-legend" aria-label="Legend">
        <li><span class="tan-sw tan-sw-weight" aria-hidden="true" /> weightChange ‖θ_T − θ₀‖/‖θ₀‖</li>
        <li><span class="tan-sw tan-sw-gap" aria-hidden="true" /> functionGap ‖f − f_lin‖/‖f‖</li>
        <li><span class="tan-sw tan-sw-theory" aria-hidden="true" /> slope −½</li>
        {other.length > 0 ? <li><span class="tan-sw tan-sw-other" aria-hidden="true" /> faint: {otherName}</li> : null}
      </ul>
      <p class="tan-readout tan-sweep-status" role="status">{status}</p>
      {extend}
      <details class="tan-numbers">
        <summary>The numbers</summary>
        <div class="tan-scroll" tabindex={0} role="region" aria-label="Sweep numbers">
          <table>
            <thead>
              <tr><th scope="col">width</th><th scope="col">weightChange</th><th scope="col">functionGap</th><th scope="col">kernelChange</th><th scope="col">test loss (net / lin)</th><th scope="col">ticket share</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.width}>
                  <th scope="row">{formatWidth(r.width)}</th>
                  <td>{formatValue(r.weightChange)}</td>
                  <td>{formatValue(r.functionGap)}</td>
                  <td>{formatValue(r.kernelChange)}</td>
                  <td>{formatValue(r.testLoss)} / {formatValue(r.linearTestLoss)}</td>
                  <td>{r.ticketShare === null ? '—' : `${Math.round(100 * r.ticketShare)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
