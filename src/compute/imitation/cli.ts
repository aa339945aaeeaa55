/**
 * `npm run --silent compute -- imitation '<scenario JSON>'`: validate the scenario (unknown keys and
 * bad values throw ComputeInputError → exit 2) and print its summary.
 */
import { runScenario, type ScenarioSummary } from './runScenario';
import { parseScenario } from './scenario';
import { sweepable } from '../sweep/index';
import { imitationSweepModel } from './sweepModel';

/**
 * The CLI entry the dispatcher calls: runScenario(parseScenario(scenario)).
 * Source: issue 4 (CLI).
 * @example runOne({ steps: 2000, learner: 'map' }).queries // 200 (the watch steps)
 */
export function runOne(scenario: unknown): ScenarioSummary {
  return runScenario(parseScenario(scenario));
}

/**
 * The CLI entry: one run, or with a `sweep` field `{ param, values, seeds }` one run per value ×
 * seed, each numeric field (queries, catastrophes, …) summarised as mean, min and max over seeds.
 * Source: issue 13 (Sweeps).
 * @example run({ sweep: { param: 'selection.alpha', values: [0.01, 0.3], seeds: [1, 2] } }).sweep.points.length // 2
 */
export const run = sweepable(runOne, imitationSweepModel);
