/** `npm run --silent compute -- tangent '<scenario JSON>'`: a width sweep of a network beside its linearisation. */
import { runScenario } from './runScenario';
import { parseScenario } from './scenario';

/**
 * Parse the scenario (defaults: the spec's quick simulation) and run every width.
 * @example run({ widths: [16, 256], steps: 500 }) // { runs: [{ width: 16, … }, { width: 256, … }], infinite: { testLoss } }
 */
export function run(input: unknown) {
  return runScenario(parseScenario(input));
}
