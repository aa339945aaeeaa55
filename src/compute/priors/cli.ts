import { evaluateScenario } from './evaluateScenario';
import { parseScenario } from './parseScenario';
import { sweepable } from '../sweep/index';
import { priorsSweepModel } from './sweepModel';

/**
 * The `compute priors '<scenario JSON>'` command: validate, run, and keep the CLI's fields.
 *
 * Formula: see evaluateScenario. Output: { probability, staticProbability,
 * rules: [{ kind, probability, weightAtFrom }], curve: [{ year, probability }] }.
 * Source: spec §4; issue 3.
 *
 * @example runOne({ preset: 'central' }).rules.length // 6
 */
export function runOne(scenario: unknown) {
  const result = evaluateScenario(parseScenario(scenario));
  return {
    probability: result.probability,
    staticProbability: result.staticProbability,
    rules: result.rules.map(({ kind, probability, weightAtFrom }) => ({ kind, probability, weightAtFrom })),
    curve: result.curve,
  };
}

/**
 * The CLI entry: one run, or with a `sweep` field `{ param, values }` one run per value,
 * summarised as `{ sweep: { param, points: [{ value, probability, staticProbability }] } }`.
 * Source: issue 13 (Sweeps).
 * @example run({ rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.01] } }) // { sweep: { param: 'ftp', points: [{ value: 0.01, probability: { mean: 0.0894, … } … }] } }
 */
export const run = sweepable(runOne, priorsSweepModel);
