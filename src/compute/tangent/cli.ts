/** `npm run --silent compute -- tangent '<scenario JSON>'`: a width sweep of a network beside its linearisation. */
import { runScenario } from './runScenario';
import { parseScenario } from './scenario';
import { sweepable } from '../sweep/index';
import { tangentSweepModel } from './sweepModel';

/**
 * Parse the scenario (defaults: the spec's quick simulation) and run every width.
 * @example runOne({ widths: [16, 256], steps: 500 }) // { runs: [{ width: 16, … }, { width: 256, … }], infinite: { testLoss } }
 */
export function runOne(input: unknown) {
  return runScenario(parseScenario(input));
}

/**
 * The CLI entry: one run, or with a `sweep` field `{ param, values, seeds }` one run of a single
 * width per value × seed, that width's numbers (trainLoss, functionGap, kernelChange, …) and the
 * NTK limit's `infiniteTestLoss` summarised as mean, min and max over the seeds.
 * Source: issue 13 (Sweeps).
 * @example run({ widths: [16, 256], steps: 500 }) // { runs: [{ width: 16, … }, { width: 256, … }], infinite: { testLoss } }
 * @example run({ steps: 500, sweep: { param: 'width', values: [16, 256], seeds: [1, 2] } }).sweep.points.length // 2
 */
export const run = sweepable(runOne, tangentSweepModel);
