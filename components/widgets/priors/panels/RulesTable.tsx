import { useId } from 'preact/hooks';
import type { PriorsResult, RuleKind } from '@intermittent-distillations/compute/priors';
import type { PriorsParams } from '../params';
import { formatOneIn, formatPercent } from '../view';

/** Props of RulesTable. */
export interface RulesTableProps {
  result: PriorsResult;
  params: PriorsParams;
  labels: Readonly<Record<RuleKind, string>>;
  testPrefix: string;
}

/**
 * Each rule updated on no AGI by the rule-out year: its probability by the target year, its
 * initial, normalised and updated weights, and its per-trial chance now; the combined and static
 * figures in the footer.
 * @example <RulesTable result={result} params={params} labels={RULE_LABELS} testPrefix="priors" />
 */
export function RulesTable({ result, params, labels, testPrefix }: RulesTableProps) {
  const uid = useId();
  const incrementLabel = params.increment === '0.01' ? '1%' : '0.01%';
  return (
    <>
      <p class="priors-table-caption" id={`${uid}-table`}>
        Each rule, updated on no AGI by the end of {result.from} ({incrementLabel} trials, {params.evolution} evolution convention):
      </p>
      <div class="priors-table-wrap" role="region" aria-label="Rules table" tabindex={0}>
        <table class="priors-table" aria-labelledby={`${uid}-table`}>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">pr(AGI by {result.to})</th>
              <th scope="col">Initial weight</th>
              <th scope="col">Normalised</th>
              <th scope="col">Weight at {result.from}</th>
              <th scope="col">E(p) per trial now</th>
            </tr>
          </thead>
          <tbody>
            {result.rules.map((r) => (
              <tr key={r.kind} data-rule={r.kind}>
                <th scope="row">{labels[r.kind]}</th>
                <td data-testid={`${testPrefix}-p-${r.kind}`}>{formatPercent(r.probability)}</td>
                <td>{Number.isFinite(r.initialWeight) ? r.initialWeight.toFixed(2) : '–'}</td>
                <td>{formatPercent(r.normalisedWeight)}</td>
                <td>{formatPercent(r.weightAtFrom)}</td>
                <td>{formatOneIn(r.expectedProbabilityNow)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Combined</th>
              <td>{formatPercent(result.probability)}</td>
              <td colSpan={4}>updated weights</td>
            </tr>
            <tr>
              <th scope="row">Static</th>
              <td>{formatPercent(result.staticProbability)}</td>
              <td colSpan={4}>initial weights, no update</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
