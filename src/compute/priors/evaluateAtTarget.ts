import { evaluateRule } from './evaluateRule';
import { combineForecasts, normaliseWeights, updateWeights } from './hyperPrior';
import type { Scenario } from './types';

/**
 * The two headline numbers of evaluateScenario, pr(AGI by `to`) updated and static, without the
 * year-by-year curves (what a sweep needs: the same arithmetic, so the same floats).
 *
 * Formula: as evaluateScenario at Y = to: P = Σ wᵢ(from)Pᵢ(by to), static P = Σ ŵᵢPᵢ(by to),
 * wᵢ(from) ∝ wᵢSᵢ(from).
 * Source: Davidson (2021) §7; spec §3.
 *
 * @example evaluateAtTarget({ from: 2020, to: 2036, increment: 1e-4, evolutionUpdate: 'report',
 *   rules: [{ kind: 'calendar', weight: 1, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 }] }).probability // 16/379
 */
export function evaluateAtTarget(scenario: Scenario): { probability: number; staticProbability: number } {
  const { from, to, increment, evolutionUpdate } = scenario;
  const evaluations = scenario.rules.map((rule) => evaluateRule(rule, { from, increment, evolutionUpdate }));
  const initial = scenario.rules.map((r) => r.weight);
  const atFrom = updateWeights(
    initial,
    evaluations.map((e) => e.logSurvivalAtFrom),
  );
  const column = evaluations.map((e) => e.probabilityBy(to));
  return { probability: combineForecasts(atFrom, column), staticProbability: combineForecasts(normaliseWeights(initial), column) };
}
