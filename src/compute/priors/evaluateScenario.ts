import { evaluateRule } from './evaluateRule';
import { combineForecasts, normaliseWeights, updateWeights } from './hyperPrior';
import type { CurvePoint, PriorsResult, RuleResult, Scenario } from './types';

/** Last year of every curve (the report's horizon). */
export const CURVE_END = 2100;

/**
 * Run the semi-informative priors model on a validated scenario.
 *
 * Formula: per rule Pᵢ(by Y | none by from) and Sᵢ(from) (see evaluateRule); weights
 * wᵢ(from) ∝ wᵢSᵢ(from); combined P = Σ wᵢ(from)Pᵢ, static P = Σ ŵᵢPᵢ; every curve yearly
 * from `from` to 2100; Laplace's rule (calendar, ftp ½, vs 1, start 1956) alongside.
 * Source: Davidson (2021) §4–§7; spec §1–§4.
 *
 * @example evaluateScenario({ from: 2020, to: 2036, increment: 1e-4, evolutionUpdate: 'report',
 *   rules: [{ kind: 'calendar', weight: 1, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 }] }).probability // 16/379
 */
export function evaluateScenario(scenario: Scenario): PriorsResult {
  const { from, to, increment, evolutionUpdate } = scenario;
  const context = { from, increment, evolutionUpdate };
  const evaluations = scenario.rules.map((rule) => evaluateRule(rule, context));
  const initial = scenario.rules.map((r) => r.weight);
  const normalised = normaliseWeights(initial);
  const atFrom = updateWeights(
    initial,
    evaluations.map((e) => e.logSurvivalAtFrom),
  );
  const years: number[] = [];
  for (let y = from; y <= CURVE_END; y++) years.push(y);
  const ruleCurves = evaluations.map((e) => years.map((year) => e.probabilityBy(year)));
  const column = (k: number) => ruleCurves.map((c) => c[k]!);
  const toPoints = (values: number[]): CurvePoint[] => values.map((probability, k) => ({ year: years[k]!, probability }));
  const combined = years.map((_, k) => combineForecasts(atFrom, column(k)));
  const staticCombined = years.map((_, k) => combineForecasts(normalised, column(k)));
  const target = to - from;

  const rules: RuleResult[] = evaluations.map((e, i) => ({
    kind: e.kind,
    initialWeight: initial[i]!,
    normalisedWeight: normalised[i]!,
    weightAtFrom: atFrom[i]!,
    probability: ruleCurves[i]![target]!,
    curve: toPoints(ruleCurves[i]!),
    expectedProbabilityNow: e.expectedProbabilityNow,
    ftp: e.ftp,
    failures: e.failures,
  }));
  const laplace = evaluateRule({ kind: 'calendar', weight: 1, ftp: 0.5, virtualSuccesses: 1, start: 1956 }, context);
  const laplaceCurve = years.map((year) => laplace.probabilityBy(year));
  return {
    from,
    to,
    probability: combined[target]!,
    staticProbability: staticCombined[target]!,
    rules,
    curve: toPoints(combined),
    staticCurve: toPoints(staticCombined),
    laplace: { probability: laplaceCurve[target]!, curve: toPoints(laplaceCurve) },
  };
}
