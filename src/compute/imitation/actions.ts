/**
 * The toy world's action set {0, 1, CATASTROPHE} (spec "A toy world that shows the point").
 * Actions are indices into every probability row of length ACTION_COUNT.
 */

/**
 * Number of actions: two ordinary ones and the catastrophe.
 * Source: spec, toy world, "Actions {0, 1, CATASTROPHE}".
 * @example ACTION_COUNT // 3
 */
export const ACTION_COUNT = 3;

/**
 * Index of the catastrophic action, the one the demonstrator never takes: π^d(CATASTROPHE | c) = 0.
 * Source: spec, toy world.
 * @example CATASTROPHE // 2
 */
export const CATASTROPHE = 2;
