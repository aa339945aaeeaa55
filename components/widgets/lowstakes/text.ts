import type { LowStakesRun } from '@intermittent-distillations/compute/lowstakes';
import { LEARNER_NAMES } from './instance';
import { stakesOf, type LowStakesParams } from './params';
import { formatNumber, formatProbability, type LossGeometry, type WeightGeometry } from './view';
import { KIND_NAMES } from './panels/WeightChart';

/**
 * The run in one sentence: bad decisions, regret and bound, recovery, catastrophe probability.
 * @example headlineOf(run, defaults(lowstakesSchema)) // "Hedge over T = 10,000 steps: 351.9 expected bad decisions, …"
 */
export function headlineOf(run: LowStakesRun, params: LowStakesParams): string {
  const who = LEARNER_NAMES[params.learner];
  const alternating = params.world === 'alternating';
  const recover =
    run.stepsToRecover !== null
      ? `its weight on bad decisions falls below 1% ${formatNumber(run.stepsToRecover, 0)} steps after ${alternating ? 'the first one' : 'the turn'}`
      : alternating
        ? 'its weight on the policy about to lose never falls below 1%'
        : 'it never recovers (its weight on the turned policies stays above 1%)';
  const bound = run.regretBound !== null ? ` (bound ${formatNumber(run.regretBound)})` : '';
  return `${who} over T = ${formatNumber(params.steps, 0)} steps: ${formatNumber(run.badDecisions)} expected bad decisions, regret ${formatNumber(run.regret)}${bound}; ${recover}. Probability of a catastrophe (${params.run === 1 ? 'any bad decision' : `${formatNumber(params.run, 0)} bad decisions in a row`}): ${formatProbability(run.catastropheProbability)}.`;
}

/**
 * The values an editors' caption may quote (lowstakesInstance.quotable), formatted as the widget shows them.
 * Formula: damage = B × expected bad decisions (a bad decision costs exactly B); regretPerStep = regret / T.
 * @example quotesOf(run, defaults(lowstakesSchema)).stakes // "1"
 */
export function quotesOf(run: LowStakesRun, params: LowStakesParams): Record<string, string> {
  const b = stakesOf(params);
  return {
    badDecisions: formatNumber(run.badDecisions),
    damage: formatNumber(run.badDecisions * b),
    regret: formatNumber(run.regret),
    regretPerStep: formatNumber(run.regret / params.steps, 4),
    bound: run.regretBound !== null ? formatNumber(run.regretBound) : 'no bound',
    catastrophe: formatProbability(run.catastropheProbability),
    recover: run.stepsToRecover !== null ? formatNumber(run.stepsToRecover, 0) : 'never',
    stakes: formatNumber(b, 0),
    run: formatNumber(params.run, 0),
    learner: LEARNER_NAMES[params.learner],
  };
}

/**
 * What the chart cursor reads: the totals after window `i` and the mean weights over it.
 * @example readoutOf(loss, weights, 0) // "After step 34: cumulative loss of the learner …"
 */
export function readoutOf(loss: LossGeometry, weights: WeightGeometry, i: number): string {
  const p = loss.points[i];
  if (!p) return 'No steps.';
  const from = i === 0 ? 0 : loss.points[i - 1]!.step;
  const kinds = weights.series.map((s) => `${KIND_NAMES[s.kind]} ${formatProbability(s.values[i]!)}`).join(', ');
  const aligned = p.alignedTotal !== null ? `, aligned policy ${formatNumber(p.alignedTotal)}` : '';
  const bound = p.bound !== null ? ` (bound ${formatNumber(p.bound)})` : '';
  return `After step ${formatNumber(p.step, 0)}: cumulative loss of the learner ${formatNumber(p.learnerTotal)}, best policy so far ${formatNumber(p.bestTotal)}${aligned}; regret so far ${formatNumber(p.learner)}${bound}. Mean weight over steps ${formatNumber(from + 1, 0)}–${formatNumber(p.step, 0)}: ${kinds}; on a bad decision ${formatProbability(weights.bad[i]!)}.`;
}
