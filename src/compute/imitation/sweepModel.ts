import type { SweepModel } from '../sweep/index';
import { parseScenario } from './scenario';

/**
 * How the imitation model takes part in sweeps: seeds at `seed`, at most 1,000 runs, and the
 * scenario's defaults filled in first so "selection.alpha" or "world.triggerStep" can be swept
 * from a scenario that leaves them out.
 * Source: issue 13 (Sweeps); the field names are parseScenario's.
 * @example imitationSweepModel.seedPath // 'seed'
 */
export const imitationSweepModel: SweepModel = {
  name: 'imitation',
  parse: parseScenario,
  seedPath: 'seed',
  maxRuns: 1000,
  prepare: (raw) => structuredClone(parseScenario(raw)) as unknown as Record<string, unknown>,
};
