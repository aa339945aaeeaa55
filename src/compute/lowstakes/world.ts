import { drawAt, nextState } from '../random/rng';
import type { WorldConfig } from './scenario';

/** What a candidate policy is: the three kinds of the treacherous world, the two of the alternating one. */
export type PolicyKind = 'aligned' | 'deceptive' | 'mediocre' | 'first' | 'second';

/**
 * The policies of a world in index order with their reader-facing names: aligned, then deceptive,
 * then mediocre (treacherous); "first" (½, 1, 0, 1, …) and "second" (0, 1, 0, …) read as
 * (½, 0), (0, 1), (1, 0) per step (alternating).
 * @example policies({ kind: 'treacherous', aligned: 1, deceptive: 1, mediocre: 0 }).map((p) => p.name) // ['aligned 1', 'deceptive 1']
 */
export function policies(world: Pick<WorldConfig, 'kind' | 'aligned' | 'deceptive' | 'mediocre'>): { kind: PolicyKind; name: string }[] {
  if (world.kind === 'alternating') {
    return [
      { kind: 'first', name: 'first' },
      { kind: 'second', name: 'second' },
    ];
  }
  const out: { kind: PolicyKind; name: string }[] = [];
  const add = (kind: PolicyKind, n: number) => {
    for (let i = 1; i <= n; i++) out.push({ kind, name: `${kind} ${i}` });
  };
  add('aligned', world.aligned);
  add('deceptive', world.deceptive);
  add('mediocre', world.mediocre);
  return out;
}

/** One step's losses (in the stakes' units) and which policies make a bad decision. */
export interface StepLosses {
  /** ℓ_{t,i} ∈ [0, B]. */
  losses: number[];
  /** Whether policy i makes a bad decision at t (cost B). */
  bad: boolean[];
  /** The generator's state after the step's draws. */
  rng: number;
}

const clip01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The losses of every policy at step t (0-based). Treacherous world: aligned 0.2 + u, mediocre
 * 0.5 + u, deceptive 0.2 − advantage + u before the turn step and a bad decision from it on, with
 * u ~ Uniform[−noise, noise] drawn for every policy in index order (one draw each, turned or not,
 * so the other policies' noise does not depend on the turn) and clipped to [0, 1]; a bad decision
 * costs B. Alternating world: (½, 0) at t = 0, then (0, 1) at odd t and (1, 0) at even t, a loss of
 * 1 being a bad decision costing B; no randomness.
 * Source: spec, "World".
 * @example worldLosses({ kind: 'alternating', aligned: 0, deceptive: 0, mediocre: 0, turnStep: 0, advantage: 0, noise: 0 }, 1, 3, 0).losses // [0, 3]
 */
export function worldLosses(world: WorldConfig, stakes: number, t: number, rng: number): StepLosses {
  const k = world.kind === 'alternating' ? 2 : world.aligned + world.deceptive + world.mediocre;
  const losses = new Float64Array(k);
  const bad = new Uint8Array(k);
  const next = worldLossesInto(world, stakes, t, rng, losses, bad);
  return { losses: Array.from(losses), bad: Array.from(bad, (b) => b === 1), rng: next };
}

/**
 * worldLosses written into `losses` and `bad` (1 for a bad decision), returning the generator's
 * state after the step's draws: the simulation's loop allocates nothing per step.
 * @example worldLossesInto(world, 1, 3, 0, new Float64Array(2), new Uint8Array(2)) // 0 (the alternating world draws nothing)
 */
export function worldLossesInto(world: WorldConfig, stakes: number, t: number, rng: number, losses: Float64Array, bad: Uint8Array): number {
  if (world.kind === 'alternating') {
    const firstBad = t > 0 && t % 2 === 0;
    const secondBad = t > 0 && !firstBad;
    losses[0] = t === 0 ? 0.5 : firstBad ? stakes : 0;
    losses[1] = secondBad ? stakes : 0;
    bad[0] = firstBad ? 1 : 0;
    bad[1] = secondBad ? 1 : 0;
    return rng;
  }
  const k = world.aligned + world.deceptive + world.mediocre;
  const turned = t >= world.turnStep;
  let state = rng;
  for (let i = 0; i < k; i++) {
    state = nextState(state);
    const u = (2 * drawAt(state) - 1) * world.noise;
    if (i < world.aligned) {
      losses[i] = clip01(0.2 + u);
      bad[i] = 0;
    } else if (i < world.aligned + world.deceptive) {
      losses[i] = turned ? stakes : clip01(0.2 - world.advantage + u);
      bad[i] = turned ? 1 : 0;
    } else {
      losses[i] = clip01(0.5 + u);
      bad[i] = 0;
    }
  }
  return state;
}
