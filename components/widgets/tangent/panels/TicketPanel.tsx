import type { TicketCurve } from '@intermittent-distillations/compute/tangent';
import { ChartAxes } from '../../../ui/chart';
import { formatShare, formatWidth, ticketGeometry } from '../view';

const SIZE = { width: 560, height: 180 };
const MARGIN = { top: 8, right: 12, bottom: 22, left: 36 };

/**
 * The tangent-ticket view: the share of the linearised change recovered by keeping the parameters
 * with the largest contributions, against the fraction kept, with the 90 % point marked.
 * @example <TicketPanel ticket={ticket} step={2000} />
 */
export function TicketPanel({ ticket, step }: { ticket: TicketCurve | null; step: number }) {
  if (!ticket || ticket.curve.length === 0) {
    return <p class="tan-muted">{step === 0 ? 'The ticket curve appears once the network has taken a step (at step 0 nothing has changed).' : 'Sorting the parameters by contribution…'}</p>;
  }
  const g = ticketGeometry(ticket, SIZE, MARGIN);
  const share = formatShare(ticket.share);
  const kept = ticket.share === null ? '—' : formatWidth(Math.round(ticket.share * ticket.parameters));
  const text = `${share} of the ${formatWidth(ticket.parameters)} parameters (${kept}) recover 90% of the linearised change at step ${step}.`;
  return (
    <div class="tan-ticket">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={`Recovered share of the linearised change against the fraction of parameters kept, largest contributions first (log axis). ${text}`}>
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="tan" xLabelOffset={14} />
        <line x1={g.left} x2={g.right} y1={g.targetY} y2={g.targetY} class="tan-target90" />
        <path d={g.curve} class="tan-line tan-ticket-line" />
        {g.mark ? <circle cx={g.mark.cx} cy={g.mark.cy} r={4} class="tan-ticket-mark" /> : null}
      </svg>
      <p class="tan-readout tan-ticket-share">{text}</p>
    </div>
  );
}
