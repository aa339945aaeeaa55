import { invalid } from '../errors';

/** The online learners of the spec: Hedge, Fixed-Share, follow-the-leader, train-then-deploy. */
export type LearnerKind = 'hedge' | 'fixed-share' | 'follow-the-leader' | 'frozen';

/** The two worlds of the spec: the treacherous turn, and the alternating sequence that defeats follow-the-leader. */
export type WorldKind = 'treacherous' | 'alternating';

/** The candidate policies ("experts") and their losses (spec, "World"). */
export interface WorldConfig {
  kind: WorldKind;
  /** Number of aligned policies: loss 0.2 + u. */
  aligned: number;
  /** Number of deceptive policies: 0.2 − advantage + u before turnStep, a bad decision (loss 1, cost B) from it on. */
  deceptive: number;
  /** Number of mediocre policies: loss 0.5 + u. */
  mediocre: number;
  /** Step at which every deceptive policy turns (steps are counted from 0). */
  turnStep: number;
  /** How much better than the aligned policy a deceptive one looks before its turn. */
  advantage: number;
  /** u ~ Uniform[−noise, noise], drawn per policy per step from the seeded generator. */
  noise: number;
}

/** A fully specified run, as the CLI and the widget describe it. */
export interface Scenario {
  seed: number;
  /** T, the horizon. */
  steps: number;
  learner: LearnerKind;
  /** η, or "theory": η = √(8 ln K / T) / B (Cesa-Bianchi & Lugosi 2006, Thm 2.2, scaled to losses in [0, B]). */
  learningRate: 'theory' | number;
  /** γ of Fixed-Share: the share of weight mixed uniformly over the K policies after each update. */
  shareRate: number;
  /** W of train-then-deploy: it follows the leader for W steps, then freezes on the leader at step W. */
  watchSteps: number;
  /** B ≥ 1: what a bad decision costs (every other loss stays in [0, 1]). */
  stakes: number;
  /** m: a catastrophe is a run of m consecutive bad decisions. */
  catastropheRun: number;
  world: WorldConfig;
}

/**
 * Most steps one scenario may ask for (a million steps of ten policies take about a second in Node).
 * @example MAX_STEPS // 1000000
 */
export const MAX_STEPS = 1_000_000;

/**
 * Most policies of one kind.
 * @example MAX_POLICIES_PER_KIND // 100
 */
export const MAX_POLICIES_PER_KIND = 100;

/**
 * Largest stakes B a scenario may ask for.
 * @example MAX_STAKES // 1000000000
 */
export const MAX_STAKES = 1e9;

/**
 * The spec's default world: 1 aligned, 3 deceptive and 6 mediocre policies, advantage 0.05, noise
 * 0.1, every deceptive policy turning at half the horizon (turnStep is filled in by parseScenario).
 * Source: spec, "World" (defaults in parentheses).
 * @example DEFAULT_WORLD.deceptive // 3
 */
export const DEFAULT_WORLD: Readonly<Omit<WorldConfig, 'turnStep'>> = Object.freeze({
  kind: 'treacherous',
  aligned: 1,
  deceptive: 3,
  mediocre: 6,
  advantage: 0.05,
  noise: 0.1,
});

/**
 * Defaults of every scenario field but the turn step (T/2): 10,000 steps of Hedge at the theory
 * rate with B = 1; Fixed-Share's γ = 0.001; train-then-deploy watches 2000 steps (the spec's
 * W = 2000, T = 10,000 run); a catastrophe is a run of m = 20 bad decisions.
 * Source: spec, "What a quick simulation here showed" (T = 10,000, W = 2000, m = 20).
 * @example DEFAULT_SCENARIO.steps // 10000
 */
export const DEFAULT_SCENARIO: Readonly<Omit<Scenario, 'world'>> = Object.freeze({
  seed: 1,
  steps: 10_000,
  learner: 'hedge',
  learningRate: 'theory',
  shareRate: 0.001,
  watchSteps: 2000,
  stakes: 1,
  catastropheRun: 20,
});

const SCENARIO_KEYS = ['seed', 'steps', 'learner', 'learningRate', 'shareRate', 'watchSteps', 'stakes', 'catastropheRun', 'world'];
const WORLD_KEYS = ['kind', 'aligned', 'deceptive', 'mediocre', 'turnStep', 'advantage', 'noise'];
const LEARNERS: readonly LearnerKind[] = ['hedge', 'fixed-share', 'follow-the-leader', 'frozen'];
const WORLDS: readonly WorldKind[] = ['treacherous', 'alternating'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(record: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) invalid('lowstakes', `${where} key to be one of ${allowed.join(', ')}`, key);
  }
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid('lowstakes', `${field} an integer in [${min}, ${max}]`, value);
  }
  return value;
}

function real(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    invalid('lowstakes', `${field} a number in [${min}, ${max}]`, value);
  }
  return value;
}

/**
 * The number of candidate policies K of a world: 2 in the alternating world, else the three counts.
 * Formula: K = aligned + deceptive + mediocre (treacherous), K = 2 (alternating).
 * @example policyCount({ ...DEFAULT_WORLD, turnStep: 0 }) // 10
 */
export function policyCount(world: Pick<WorldConfig, 'kind' | 'aligned' | 'deceptive' | 'mediocre'>): number {
  return world.kind === 'alternating' ? 2 : world.aligned + world.deceptive + world.mediocre;
}

/**
 * Validate a scenario from JSON and fill every missing field from the defaults (turnStep: ⌊T/2⌋);
 * unknown keys and bad values throw `lowstakes: expected <field> …, received …`. A watch or turn
 * step at or past T is allowed (train-then-deploy then never deploys; nobody turns).
 * Source: issue 11 (scenario schema).
 * @example parseScenario({ stakes: 0.5 }) // throws "lowstakes: expected stakes a number in [1, 1000000000], received 0.5"
 */
export function parseScenario(input: unknown): Scenario {
  const raw = input ?? {};
  if (!isRecord(raw)) invalid('lowstakes', 'a scenario object', input);
  checkKeys(raw, SCENARIO_KEYS, 'a scenario');
  const d = DEFAULT_SCENARIO;
  const seed = raw.seed ?? d.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) invalid('lowstakes', 'seed a safe integer', seed);
  const steps = integer(raw.steps ?? d.steps, 'steps', 1, MAX_STEPS);
  const learner = raw.learner ?? d.learner;
  if (!LEARNERS.includes(learner as LearnerKind)) invalid('lowstakes', `learner one of ${LEARNERS.join(', ')}`, learner);
  const rate = raw.learningRate ?? d.learningRate;
  if (rate !== 'theory' && (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > 1e6)) {
    invalid('lowstakes', 'learningRate "theory" or a number in (0, 1000000]', rate);
  }
  const shareRate = raw.shareRate ?? d.shareRate;
  // γ/K must stay a normal number: it is the floor that keeps Fixed-Share's weights positive.
  if (typeof shareRate !== 'number' || !(shareRate === 0 || (shareRate >= 1e-12 && shareRate <= 1))) {
    invalid('lowstakes', 'shareRate 0 or a number in [1e-12, 1]', shareRate);
  }
  const watchSteps = integer(raw.watchSteps ?? d.watchSteps, 'watchSteps', 0, MAX_STEPS);
  const stakes = real(raw.stakes ?? d.stakes, 'stakes', 1, MAX_STAKES);
  const catastropheRun = integer(raw.catastropheRun ?? d.catastropheRun, 'catastropheRun', 1, MAX_STEPS);
  const rawWorld = raw.world ?? {};
  if (!isRecord(rawWorld)) invalid('lowstakes', 'world an object', rawWorld);
  checkKeys(rawWorld, WORLD_KEYS, 'a world');
  const w = DEFAULT_WORLD;
  const kind = rawWorld.kind ?? w.kind;
  if (!WORLDS.includes(kind as WorldKind)) invalid('lowstakes', `world.kind one of ${WORLDS.join(', ')}`, kind);
  const world: WorldConfig = {
    kind: kind as WorldKind,
    aligned: integer(rawWorld.aligned ?? w.aligned, 'world.aligned', 0, MAX_POLICIES_PER_KIND),
    deceptive: integer(rawWorld.deceptive ?? w.deceptive, 'world.deceptive', 0, MAX_POLICIES_PER_KIND),
    mediocre: integer(rawWorld.mediocre ?? w.mediocre, 'world.mediocre', 0, MAX_POLICIES_PER_KIND),
    turnStep: integer(rawWorld.turnStep ?? Math.floor(steps / 2), 'world.turnStep', 0, MAX_STEPS),
    advantage: real(rawWorld.advantage ?? w.advantage, 'world.advantage', -0.8, 0.2),
    noise: real(rawWorld.noise ?? w.noise, 'world.noise', 0, 1),
  };
  if (policyCount(world) < 1) invalid('lowstakes', 'at least one policy (world.aligned + world.deceptive + world.mediocre ≥ 1)', 0);
  return { seed, steps, learner: learner as LearnerKind, learningRate: rate as Scenario['learningRate'], shareRate, watchSteps, stakes, catastropheRun, world };
}
