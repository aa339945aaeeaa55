import type { TrainerReport } from '../trainer';
import { formatPercent } from '../view';
import { MaskCanvas } from './DigitsView';

/** The pruned network's masks, one pixel per weight (dark = kept), each layer with its kept share and α. */
export function Masks({ report }: { report: TrainerReport | null }) {
  const layers = report?.masks.layers ?? [];
  return (
    <div class="prune-masks">
      <p class="prune-sub">Masks of the pruned network (one pixel per weight, dark = kept; rows are inputs, the last row the bias)</p>
      {layers.length === 0 ? (
        <p class="prune-muted">The masks appear when training starts.</p>
      ) : (
        <ul>
          {layers.map((l, i) => (
            <li key={i}>
              <MaskCanvas pixels={report?.maskImages[i]} shape={l.shape} label={`Layer ${i + 1} mask, ${l.shape[0]} × ${l.shape[1]}, ${formatPercent(l.keptFraction)} kept`} />
              <span>
                Layer {i + 1} ({l.shape[0]}×{l.shape[1]}): {formatPercent(l.keptFraction)} kept
                {l.alpha !== null && Number.isFinite(l.alpha) ? `, α = ${l.alpha.toPrecision(3)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
