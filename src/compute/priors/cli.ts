import { evaluateScenario } from './evaluateScenario';
import { parseScenario } from './parseScenario';

/**
 * The `compute priors '<scenario JSON>'` command: validate, run, and keep the CLI's fields.
 *
 * Formula: see evaluateScenario. Output: { probability, staticProbability,
 * rules: [{ kind, probability, weightAtFrom }], curve: [{ year, probability }] }.
 * Source: spec §4; issue 3.
 *
 * @example run({ preset: 'central' }).rules.length // 6
 */
export function run(scenario: unknown) {
  const result = evaluateScenario(parseScenario(scenario));
  return {
    probability: result.probability,
    staticProbability: result.staticProbability,
    rules: result.rules.map(({ kind, probability, weightAtFrom }) => ({ kind, probability, weightAtFrom })),
    curve: result.curve,
  };
}
