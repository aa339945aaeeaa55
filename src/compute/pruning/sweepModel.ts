import type { SweepModel } from '../sweep/index';
import { parseScenario } from './scenario';

/**
 * How the pruning model takes part in sweeps: seeds at `seed`, at most 200 runs (each trains a
 * network), defaults filled in first, "hidden" with a number setting every hidden layer to that
 * width ("hidden.0" sets the first only), and the wall time `seconds` left out of the points.
 * Source: issue 13 (Sweeps); the field names are parseScenario's.
 * @example (pruningSweepModel.alias!('hidden', { hidden: [256, 256] }) as Function)({ hidden: [256, 256] }, 8) // { hidden: [8, 8] }
 */
export const pruningSweepModel: SweepModel = {
  name: 'prune',
  parse: parseScenario,
  seedPath: 'seed',
  maxRuns: 200,
  omit: ['seconds'],
  prepare: (raw) => structuredClone(parseScenario(raw)) as unknown as Record<string, unknown>,
  alias: (param) =>
    param === 'hidden' ? (prepared, value) => ({ ...prepared, hidden: (prepared.hidden as number[]).map(() => value) }) : undefined,
};
