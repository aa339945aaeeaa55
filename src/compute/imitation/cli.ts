/**
 * `npm run --silent compute -- imitation '<scenario JSON>'`: validate the scenario (unknown keys and
 * bad values throw ComputeInputError → exit 2) and print its summary.
 */
import { runScenario, type ScenarioSummary } from './runScenario';
import { parseScenario } from './scenario';

/**
 * The CLI entry the dispatcher calls: runScenario(parseScenario(scenario)).
 * Source: issue 4 (CLI).
 * @example run({ steps: 2000, learner: 'map' }).queries // 200 (the watch steps)
 */
export function run(scenario: unknown): ScenarioSummary {
  return runScenario(parseScenario(scenario));
}
