import type { LearnerView, WorldObservation } from '@intermittent-distillations/compute/imitation';
import { modelCount, type ImitationParams } from './params';
import { formatCount, formatPercent, NAMES } from './view';

/**
 * Σ p₀(a): the conservative imitator's min distribution summed over the actions (what it does on
 * its own); 1 − θ_q. Baselines have no min distribution.
 * Formula: Σ_a min_{ν ∈ set} ν(a | h).
 * @example minSumOf({ minDistribution: [0.3, 0.4, 0] }) // 0.7
 */
export function minSumOf(view: Pick<LearnerView, 'minDistribution'>): number | null {
  return view.minDistribution ? view.minDistribution.reduce((s, p) => s + p, 0) : null;
}

/**
 * The values an editors' caption may quote (imitationInstance.quotable), formatted as the widget
 * shows them: the conservative imitator's min distribution, query probability and counts, the
 * baselines' catastrophes and the set rule.
 * @example quotesOf(observeWorld(createRun(scenarioOf(p)).state), p).queryProbability // "100%"
 */
export function quotesOf(observation: WorldObservation, params: ImitationParams): Record<string, string> {
  const [c, mix, map] = observation.learners;
  const sum = minSumOf(c!);
  return {
    step: formatCount(observation.t),
    minSum: sum === null ? '—' : formatPercent(sum),
    queryProbability: formatPercent(c!.queryProbability),
    queries: formatCount(c!.queries),
    catastrophes: formatCount(c!.catastrophes),
    setSize: formatCount(c!.topSet.length),
    inSet: c!.demonstratorInTopSet ? 'in' : 'not in',
    mixtureCatastrophes: formatCount(mix!.catastrophes),
    mapCatastrophes: formatCount(map!.catastrophes),
    setRule: params.rule === 'alpha' ? `α = ${params.alpha}` : `k = ${Math.min(params.k, modelCount(params))}`,
    prior: formatPercent(params.prior),
  };
}

/**
 * The headline of the figure: every learner's counts when it shows all three, or the one
 * learner it shows (for the conservative imitator: what its min distribution sums to and so how
 * often it asks).
 * @example headlineOf(observation, 'all') // "Step 0. Catastrophes: conservative 0, …"
 */
export function headlineOf(observation: WorldObservation, learner: ImitationParams['learner']): string {
  const t = `Step ${formatCount(observation.t)}.`;
  const [c, mix, map] = observation.learners;
  if (learner === 'all') {
    return `${t} Catastrophes: conservative ${formatCount(c!.catastrophes)}, Bayes mixture ${formatCount(mix!.catastrophes)}, MAP ${formatCount(map!.catastrophes)}. The conservative imitator has asked the demonstrator ${formatCount(c!.queries)} times and now asks with probability ${formatPercent(c!.queryProbability)}.`;
  }
  const view = observation.learners.find((l) => l.kind === learner)!;
  const counts = `${formatCount(view.catastrophes)} catastrophes, ${formatCount(view.queries)} queries`;
  if (learner === 'conservative') {
    return `${t} ${NAMES.conservative}: ${counts}. Its min distribution sums to ${formatPercent(minSumOf(view) ?? NaN)}, so it asks the demonstrator with probability ${formatPercent(view.queryProbability)}.`;
  }
  return `${t} ${NAMES[learner]}: ${counts}; ${view.watching ? 'watching the demonstrator (training)' : 'acting alone since training ended'}.`;
}
