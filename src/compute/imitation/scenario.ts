import { invalid } from '../errors';
import type { LearnerKind } from './learnerTypes';
import type { Selection } from './topSet';
import { DEFAULT_WORLD_CONFIG, STAGGERED_TRIGGER_SPREAD, validateWorldConfig, type WorldConfig } from './toyWorld';

/** A fully specified run of the toy world, as the CLI and the widget's URL describe it. */
export interface Scenario {
  seed: number;
  steps: number;
  learner: LearnerKind;
  selection: Selection;
  /** Training phase of the baselines: they watch the demonstrator for steps t < watchSteps. */
  watchSteps: number;
  world: WorldConfig;
}

/**
 * Most steps one scenario may ask for (a million steps take seconds in Node).
 * @example MAX_STEPS // 1000000
 */
export const MAX_STEPS = 1_000_000;

/**
 * The spec's simulation: 2000 steps of the toy world, α = 0.03, baselines trained for 200 steps
 * (before the first trigger at t = 300).
 * Source: spec, "What was seen in a quick simulation" (2000 steps, α = 0.03–0.3, triggers at t ≈ 300).
 * @example DEFAULT_SCENARIO.selection // { rule: 'alpha', alpha: 0.03 }
 */
export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  seed: 1,
  steps: 2000,
  learner: 'conservative',
  selection: Object.freeze({ rule: 'alpha', alpha: 0.03 }) as Selection,
  watchSteps: 200,
  world: DEFAULT_WORLD_CONFIG,
});

/** A named starting point for the widget and the CLI. */
export interface ScenarioPreset {
  id: string;
  label: string;
  scenario: Scenario;
}

/**
 * The three presets of issue 4: a safe setting (α = 0.01, well below w(π^d) = 0.05, so
 * P(π^d ever leaves) ≤ α/w(π^d) = 0.2); α = 0.3 above w(π^d) with every deceptive model triggering
 * together, where the guarantee fails; and the note's top-k rule with k = 10, which keeps four
 * honest-but-wrong models in the set for good and so never stops querying.
 * Source: spec, facts 3 and 4; Intermittent Distillations #3 (top-k).
 * @example SCENARIO_PRESETS.map((p) => p.id) // ['safe', 'alpha-too-large', 'top-k']
 */
export const SCENARIO_PRESETS: readonly ScenarioPreset[] = Object.freeze([
  {
    id: 'safe',
    label: 'safe',
    scenario: { ...DEFAULT_SCENARIO, selection: { rule: 'alpha', alpha: 0.01 }, world: { ...DEFAULT_WORLD_CONFIG, triggerSpread: STAGGERED_TRIGGER_SPREAD } },
  },
  {
    id: 'alpha-too-large',
    label: 'α too large: the guarantee fails',
    scenario: {
      ...DEFAULT_SCENARIO,
      selection: { rule: 'alpha', alpha: 0.3 },
      world: { ...DEFAULT_WORLD_CONFIG, triggerSpread: 0 },
    },
  },
  {
    id: 'top-k',
    label: 'top-k as the note describes',
    scenario: { ...DEFAULT_SCENARIO, selection: { rule: 'top-k', k: 10 }, world: { ...DEFAULT_WORLD_CONFIG, triggerSpread: STAGGERED_TRIGGER_SPREAD } },
  },
]);

const SCENARIO_KEYS = ['seed', 'steps', 'learner', 'selection', 'watchSteps', 'world'] as const;
const WORLD_KEYS = Object.keys(DEFAULT_WORLD_CONFIG) as (keyof WorldConfig)[];
const LEARNERS: readonly LearnerKind[] = ['conservative', 'mixture', 'map'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(record: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) invalid('imitation', `${where} key to be one of ${allowed.join(', ')}`, key);
  }
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid('imitation', `${field} an integer in [${min}, ${max}]`, value);
  }
  return value;
}

function parseSelection(value: unknown): Selection {
  if (!isRecord(value)) invalid('imitation', 'selection an object {"rule": "alpha" | "top-k", …}', value);
  if (value.rule === 'alpha') {
    checkKeys(value, ['rule', 'alpha'], 'a selection');
    const alpha = value.alpha ?? (DEFAULT_SCENARIO.selection.rule === 'alpha' ? DEFAULT_SCENARIO.selection.alpha : 0.03);
    if (typeof alpha !== 'number' || !(alpha > 0 && alpha <= 1)) invalid('imitation', 'selection.alpha in (0, 1]', alpha);
    return { rule: 'alpha', alpha };
  }
  if (value.rule === 'top-k') {
    checkKeys(value, ['rule', 'k'], 'a selection');
    return { rule: 'top-k', k: integer(value.k ?? 10, 'selection.k', 1, 1000) };
  }
  return invalid('imitation', 'selection.rule "alpha" or "top-k"', value.rule);
}

/**
 * Validate a scenario from JSON or a URL and fill every missing field from DEFAULT_SCENARIO; unknown
 * keys and bad values throw `imitation: expected <field> …, received …` naming the field.
 * `selection.k` must also not exceed the number of models.
 * Source: issue 4 (scenario schema).
 * @example parseScenario({ selection: { rule: 'alpha', alpha: 2 } }) // throws "imitation: expected selection.alpha in (0, 1], received 2"
 */
export function parseScenario(input: unknown): Scenario {
  const raw = input ?? {};
  if (!isRecord(raw)) invalid('imitation', 'a scenario object', input);
  checkKeys(raw, SCENARIO_KEYS, 'a scenario');
  const seed = raw.seed ?? DEFAULT_SCENARIO.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) invalid('imitation', 'seed a safe integer', seed);
  const steps = integer(raw.steps ?? DEFAULT_SCENARIO.steps, 'steps', 1, MAX_STEPS);
  const learner = raw.learner ?? DEFAULT_SCENARIO.learner;
  if (!LEARNERS.includes(learner as LearnerKind)) invalid('imitation', `learner one of ${LEARNERS.join(', ')}`, learner);
  const selection = raw.selection === undefined ? { ...DEFAULT_SCENARIO.selection } : parseSelection(raw.selection);
  const watchSteps = integer(raw.watchSteps ?? DEFAULT_SCENARIO.watchSteps, 'watchSteps', 0, MAX_STEPS);
  const rawWorld = raw.world ?? {};
  if (!isRecord(rawWorld)) invalid('imitation', 'world an object', rawWorld);
  checkKeys(rawWorld, WORLD_KEYS, 'a world');
  const world = { ...DEFAULT_WORLD_CONFIG, ...rawWorld } as WorldConfig;
  validateWorldConfig(world);
  if (selection.rule === 'top-k') {
    const models = 1 + world.honestModels + world.deceptiveModels;
    if (selection.k > models) invalid('imitation', `selection.k an integer in [1, ${models}] (the number of models)`, selection.k);
  }
  return { seed, steps, learner: learner as LearnerKind, selection, watchSteps, world };
}
