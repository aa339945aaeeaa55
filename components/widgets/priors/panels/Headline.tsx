import type { PriorsResult } from '@intermittent-distillations/compute/priors';
import { formatOneIn, formatPercent } from '../view';

/** Props of PriorsHeadline. */
export interface PriorsHeadlineProps {
  result: PriorsResult;
  /** Test hooks start with this ("priors-headline" on the full model). */
  testPrefix: string;
  /** The full model also shows the static weights and the calendar rule's E(p) now. */
  full: boolean;
}

/**
 * The figure's answer: pr(AGI by the target year | none by the rule-out year), announced when it
 * changes, with Laplace's rule beside it (the baseline the note calls absurd) and, on the full
 * model, the static-weights figure and the calendar rule's per-year chance now.
 * @example <PriorsHeadline result={result} testPrefix="priors" full />
 */
export function PriorsHeadline({ result, testPrefix, full }: PriorsHeadlineProps) {
  const ep = result.rules.find((r) => r.kind === 'calendar')?.expectedProbabilityNow ?? null;
  return (
    <div class="priors-headline">
      <p aria-live="polite" aria-atomic="true" data-testid={`${testPrefix}-headline`}>
        pr(AGI by the end of {result.to} | none by the end of {result.from}): <strong class="priors-big">{formatPercent(result.probability)}</strong>
      </p>
      <p class="priors-aside">
        {full ? (
          <>
            Static weights: <strong data-testid={`${testPrefix}-static`}>{formatPercent(result.staticProbability)}</strong>
            <span class="priors-sep"> · </span>
          </>
        ) : null}
        Laplace’s rule (ftp 1/2): <strong data-testid={`${testPrefix}-laplace`}>{formatPercent(result.laplace.probability)}</strong>
        {full ? (
          <>
            , the baseline the note calls absurd
            <span class="priors-sep"> · </span>
            E(p) now, calendar rule: <strong>{formatOneIn(ep)}</strong> per year
          </>
        ) : null}
      </p>
    </div>
  );
}
