import { Toggle } from '../../../ui/Toggle';
import { SHOW_PARAM, type CurveId, type PriorsParams } from '../params';

/** Props of CurveToggles. */
export interface CurveTogglesProps {
  params: PriorsParams;
  set: (patch: Partial<PriorsParams>) => void;
  order: readonly CurveId[];
  labels: Readonly<Record<CurveId, string>>;
}

/**
 * Which curves the chart draws: the chart's legend, one checkbox per curve with its line style
 * (dash patterns tell the rules apart without colour). Kept in the URL.
 * @example <CurveToggles params={params} set={set} order={CURVE_ORDER} labels={CURVE_LABELS} />
 */
export function CurveToggles({ params, set, order, labels }: CurveTogglesProps) {
  return (
    <fieldset class="priors-toggles priors-no-print">
      <legend>Curves</legend>
      {order.map((id) => (
        <Toggle
          key={id}
          label={
            <>
              <svg class="priors-swatch" viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
                <line class={`priors-line priors-c-${id}`} x1="1" x2="23" y1="5" y2="5" />
              </svg>{' '}
              {labels[id]}
            </>
          }
          checked={params[SHOW_PARAM[id]]}
          onChange={(on) => set({ [SHOW_PARAM[id]]: on } as Partial<PriorsParams>)}
        />
      ))}
    </fieldset>
  );
}
