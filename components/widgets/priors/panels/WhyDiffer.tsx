import { useMemo } from 'preact/hooks';
import { evaluateScenario, PRESETS, SCENARIO_DEFAULTS, type PriorsResult, type Scenario } from '@intermittent-distillations/compute/priors';
import type { PriorsParams } from '../params';
import { formatPercent } from '../view';

// The note's "4%" is the calendar rule at its central inputs; computed, so the text can't drift from the model.
const centralCalendar = PRESETS.central.find((r) => r.kind === 'calendar')!;
const NOTE_CALENDAR = evaluateScenario({ ...SCENARIO_DEFAULTS, rules: [{ ...centralCalendar, weight: 1 }] }).probability;
const CENTRAL_PRESET = evaluateScenario({ ...SCENARIO_DEFAULTS, rules: [...PRESETS.central] }).probability;

function probabilityOrNull(run: () => PriorsResult): number | null {
  try {
    return run().probability;
  } catch {
    return null;
  }
}
const formatOther = (p: number | null) => (p === null ? 'no figure (its calibration has no solution for these inputs)' : formatPercent(p));

/** Props of WhyDiffer. */
export interface WhyDifferProps {
  /** The scenario the figure shows (null while the inputs are invalid: the comparisons wait). */
  scenario: Scenario | null;
  result: PriorsResult;
  params: PriorsParams;
  testPrefix: string;
}

/**
 * "Why these numbers may differ from ones you know": the note's 4% as one rule, the other trial
 * increment and the other evolution-weight convention for this scenario, each recomputed here
 * (only while the panel is open). A comparison may fail where the figure doesn't (a calibration
 * solvable at 0.01% trials may not be at 1%), so each says so on its own.
 * @example <WhyDiffer scenario={scenario} result={result} params={params} testPrefix="priors" />
 */
export function WhyDiffer({ scenario, result, params, testPrefix }: WhyDifferProps) {
  const other = useMemo(() => {
    if (!scenario) return { increment: null, evolution: null };
    return {
      increment: probabilityOrNull(() => evaluateScenario({ ...scenario, increment: scenario.increment === 0.01 ? 0.0001 : 0.01 })),
      evolution: probabilityOrNull(() => evaluateScenario({ ...scenario, evolutionUpdate: scenario.evolutionUpdate === 'report' ? 'strict' : 'report' })),
    };
  }, [scenario]);
  const otherIncrementLabel = params.increment === '0.01' ? '0.01% (the report)' : '1% (aipriors.com)';
  return (
    <ul class="priors-details">
      <li>
        The note’s “4%” is one rule, calendar years with ftp 1/300, vs 1 and start 1956, from 2020 to 2036: exactly <strong data-testid={`${testPrefix}-note-calendar`}>{formatPercent(NOTE_CALENDAR)}</strong>. The report’s
        all-things-considered central figure weighs several rules and the chance that AGI is impossible: the Central preset gives {formatPercent(CENTRAL_PRESET)} (published: 7.5%).
      </li>
      <li>
        Trials: the report counts researcher and compute trials as 0.01% increases; aipriors.com uses 1% for speed. This scenario with {otherIncrementLabel} trials gives{' '}
        <strong data-testid={`${testPrefix}-other-increment`}>{formatOther(other.increment)}</strong> instead of {formatPercent(result.probability)}. Calendar-year results do not depend on it.
      </li>
      <li>
        Evolution weight: the report’s code never updates the evolutionary anchor’s weight for the compute trials between 10²¹ FLOP and 2020 (it treats that rule as having seen no failures yet); the
        published central 7.5% depends on it. With the {params.evolution === 'report' ? 'strict Bayesian update' : 'report’s convention'} this scenario gives{' '}
        <strong data-testid={`${testPrefix}-other-evolution`}>{formatOther(other.evolution)}</strong>.
      </li>
    </ul>
  );
}
