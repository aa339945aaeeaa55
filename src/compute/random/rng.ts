/**
 * Seeded pseudo-random numbers whose whole state is one 32-bit integer, so step functions can keep
 * it in plain, serialisable state and a URL's `seed` reproduces a run exactly.
 * Generator: mulberry32 (Tommy Ettinger, public domain), a 32-bit state PRNG with full period 2^32;
 * good enough for simulations and demos, not for cryptography. Hand-written rather than taken from
 * pure-rand because its generators are objects, not a number that fits in serialisable state.
 */

/** A function returning uniform draws in [0, 1). */
export type Rng = () => number;

/**
 * One pure step of mulberry32: the draw in [0, 1) and the next state.
 * @example nextRandom(1) // [0.6270739405881613, 1831565814]
 */
export function nextRandom(state: number): [value: number, next: number] {
  const next = nextState(state);
  return [drawAt(next), next];
}

/**
 * mulberry32's next state (for loops that keep the state in a variable and allocate nothing).
 * @example nextState(1) // 1831565814
 */
export function nextState(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/**
 * The draw in [0, 1) that mulberry32 gives for a state just reached: nextRandom(s) is
 * [drawAt(nextState(s)), nextState(s)].
 * @example drawAt(1831565814) // 0.6270739405881613
 */
export function drawAt(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Map any finite seed (a URL's `seed`, possibly fractional or negative) to a 32-bit state. */
export function seedToState(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seedToState: expected a finite number, received ${seed}`);
  return Math.trunc(seed) >>> 0;
}

/**
 * A stateful generator for loops that do not need to serialise their state.
 * @example const rng = createRng(1); rng() // 0.6270739405881613
 */
export function createRng(seed: number): Rng & { state: () => number } {
  let state = seedToState(seed);
  const rng = () => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
  return Object.assign(rng, { state: () => state });
}
