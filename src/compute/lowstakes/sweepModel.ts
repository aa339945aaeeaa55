import type { SweepModel } from '../sweep/index';
import { parseScenario } from './scenario';

/**
 * How the low-stakes model takes part in sweeps: seeds at `seed`, at most 1,000 runs (a run of
 * T = 1,000,000 steps takes about a second), every default written out first so "stakes",
 * "shareRate" or "world.noise" can be swept from a scenario that leaves them out — except the turn
 * step, which stays unwritten when the scenario leaves it to its default ⌊T/2⌋, so sweeping
 * "steps" moves the turn with the horizon, and "world.turnStep" can still be swept. The curve and
 * the best policy's name are not numbers and are left out of the points; so are fields that are
 * null in some run (regretBound away from Hedge at the theory rate, stepsToRecover when the
 * learner never recovers).
 * Source: issue 13 (Sweeps); the field names are parseScenario's.
 * @example lowstakesSweepModel.seedPath // 'seed'
 */
export const lowstakesSweepModel: SweepModel = {
  name: 'lowstakes',
  parse: parseScenario,
  seedPath: 'seed',
  maxRuns: 1000,
  prepare(raw) {
    const parsed = structuredClone(parseScenario(raw)) as unknown as Record<string, unknown>;
    const rawWorld = raw.world as Record<string, unknown> | undefined;
    if (rawWorld?.turnStep === undefined) {
      const { turnStep: _, ...world } = parsed.world as Record<string, unknown>;
      parsed.world = world;
    }
    return parsed;
  },
  alias: (param) =>
    param === 'world.turnStep' ? (prepared, value) => ({ ...prepared, world: { ...(prepared.world as Record<string, unknown>), turnStep: value } }) : undefined,
};
