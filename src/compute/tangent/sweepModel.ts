import { invalid } from '../errors';
import type { SweepModel } from '../sweep/index';
import { runScenario } from './runScenario';
import { parseScenario } from './scenario';

/**
 * A tangent run as one sweep sees it: the scenario must train exactly one width, and the run is
 * that width's row (width itself left out: it is an input) with the NTK-limit prediction's test
 * loss beside it as `infiniteTestLoss` — the numbers of the CLI's run, flattened.
 * @example tangentRunForSweep({ widths: [64], steps: 100 }) // { trainLoss, testLoss, linearTrainLoss, …, ticketShare, infiniteTestLoss }
 */
export function tangentRunForSweep(raw: unknown) {
  const { runs, infinite } = runScenario(parseScenario(raw));
  if (runs.length !== 1) invalid('sweep', 'a tangent scenario with one width in "widths"', runs.map((r) => r.width));
  const { width: _, ...row } = runs[0]!;
  return { ...row, infiniteTestLoss: infinite.testLoss };
}

/**
 * How the tangent model takes part in sweeps: seeds at `seed`, at most 60 runs (a run of width
 * 4096 and 2000 steps takes about 1.5 s; 20,000 steps of width 16,384 about a minute), defaults
 * filled in first. A sweep point summarises ONE width: "width" sets `widths` to that single width
 * (the width sweep of the single run, now with seeds), and any other param (learningRate, steps,
 * depth, …) needs a scenario whose `widths` holds exactly one width — a multi-width scenario is
 * refused, since its widths' numbers would otherwise be mixed into one point.
 * Source: issue 13 (Sweeps); the field names are parseScenario's.
 * @example (tangentSweepModel.alias!('width', { widths: [16, 64] }) as Function)({ widths: [16, 64] }, 256) // { widths: [256] }
 */
export const tangentSweepModel: SweepModel = {
  name: 'tangent',
  parse: parseScenario,
  seedPath: 'seed',
  maxRuns: 60,
  prepare: (raw) => structuredClone(parseScenario(raw)) as unknown as Record<string, unknown>,
  runForSweep: tangentRunForSweep,
  alias(param, prepared) {
    if (param === 'width') return (s, value) => ({ ...s, widths: [value] });
    const widths = prepared.widths as number[];
    if (widths.length !== 1) {
      invalid('sweep', `a tangent scenario with one width in "widths" to sweep ${param} (a sweep point summarises one width's run; sweep "width" to vary the width)`, widths);
    }
    return undefined;
  },
};
