import type { CommonOptions } from './field';
import { makeNumberField, type NumberField } from './number';

/** The largest seed: the seeded generator's whole state is one unsigned 32-bit integer. */
export const MAX_SEED = 2 ** 32 - 1;

/** Options of a seed parameter. */
export interface SeedOptions extends CommonOptions {
  /** The seed a link without one reproduces (default 1). */
  readonly default?: number;
}

/**
 * The seed of a stochastic widget: a whole number in [0, 2³² − 1], the state space of
 * src/compute/random/rng.ts (mulberry32), so a link reproduces the figure exactly.
 * Source: architecture.md "Stochastic widgets always carry `seed`".
 * @example seed({ default: 7 }).decode('4294967296') // { kind: 'clamped', value: 4294967295, bound: 'max' }
 */
export function seed(options: SeedOptions = {}): NumberField {
  return makeNumberField('seed', 'seed', { ...options, default: options.default ?? 1, min: 0, max: MAX_SEED, step: 1 }, true);
}
