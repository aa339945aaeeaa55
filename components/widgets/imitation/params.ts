import { boolean, defineSchema, enumOf, integer, number, seed, type ParamsOf } from '../../../src/state/index';
import { DEFAULT_SCENARIO, DEFAULT_WORLD_CONFIG, SCENARIO_PRESETS, STAGGERED_TRIGGER_SPREAD, type Scenario } from '@intermittent-distillations/compute/imitation';

/**
 * Last step a run (and a link) can reach: 20 000 steps of all three learners replay in about
 * 45 ms (tests/bench/imitation.bench.ts measures ~460 000 steps/s), short enough to fast-forward
 * a link on load without a visible stall.
 * @example MAX_STEP // 20000
 */
export const MAX_STEP = 20_000;

/**
 * Honest-but-wrong models in the widget's world (fixed: the spec's "about 20"; the demo is about
 * the deceptive ones).
 * @example HONEST_MODELS // 20
 */
export const HONEST_MODELS = DEFAULT_WORLD_CONFIG.honestModels;

/** Most deceptive models the widget offers; with the honest ones and π^d that bounds k. */
const MAX_DECEPTIVE = 20;

const safe = SCENARIO_PRESETS.find((p) => p.id === 'safe')!.scenario;
const safeAlpha = safe.selection.rule === 'alpha' ? safe.selection.alpha : 0.01;

/**
 * The widget's URL surface, keys `imitation.<param>`. Defaults are the "safe" preset of issue 4
 * (α = 0.01 < w(π^d) = 0.05), so the page opens on a named story. `step` is the step the run had
 * reached, so a link replays the same run up to the same point.
 * Source: issue 4 (controls), architecture.md "Widget state in the URL".
 * @example imitationSchema.fields.alpha.default // 0.01
 */
export const imitationSchema = defineSchema('imitation', {
  rule: enumOf(['alpha', 'top-k'] as const, 'alpha', { label: 'set rule' }),
  alpha: number({ default: safeAlpha, min: 0.001, max: 1, step: 0.001, log: true, label: 'α' }),
  k: integer({ default: 10, min: 1, max: 1 + HONEST_MODELS + MAX_DECEPTIVE, label: 'k' }),
  prior: number({ default: DEFAULT_WORLD_CONFIG.demonstratorPrior, min: 0.005, max: 0.5, step: 0.005, label: 'demonstrator prior' }),
  deceptive: integer({ default: DEFAULT_WORLD_CONFIG.deceptiveModels, min: 0, max: MAX_DECEPTIVE, label: 'deceptive models' }),
  ratio: number({ default: DEFAULT_WORLD_CONFIG.deceptivePriorRatio, min: 0.5, max: 20, step: 0.5, label: 'deceptive prior ratio' }),
  trigger: integer({ default: DEFAULT_WORLD_CONFIG.triggerStep, min: 0, max: 5000, label: 'trigger step' }),
  together: boolean({ default: false, label: 'trigger together' }),
  speed: integer({ default: 5, min: 1, max: 200, log: true, label: 'speed' }),
  seed: seed({ default: DEFAULT_SCENARIO.seed }),
  step: integer({ default: 0, min: 0, max: MAX_STEP, label: 'step' }),
  // Display only (not RUN_KEYS): which learner a figure shows as its primary chart ("all": the
  // three side by side over time, each learner's panel folded), and the folded panels' state.
  learner: enumOf(['all', 'conservative', 'mixture', 'map'] as const, 'all', { label: 'learner shown' }),
  aboutOpen: boolean({ default: false, label: 'explanation open' }),
  worldOpen: boolean({ default: false, label: 'world settings open' }),
  detailsOpen: boolean({ default: false, label: 'learner details open' }),
  sweepOpen: boolean({ default: false, label: 'sweep open' }),
});

/** The widget's parameters. */
export type ImitationParams = ParamsOf<typeof imitationSchema>;

/**
 * Parameters that shape the run; changing any of them restarts it at step 0 (speed and step do not).
 * @example RUN_KEYS.includes('speed') // false
 */
export const RUN_KEYS = ['rule', 'alpha', 'k', 'prior', 'deceptive', 'ratio', 'trigger', 'together', 'seed'] as const;

/**
 * The number of models in the world the parameters describe: π^d, the honest and the deceptive ones.
 * Formula: |M| = 1 + n_honest + n_deceptive.
 * @example modelCount({ deceptive: 5 }) // 26
 */
export function modelCount(params: Pick<ImitationParams, 'deceptive'>): number {
  return 1 + HONEST_MODELS + params.deceptive;
}

/**
 * The compute scenario the parameters describe (k is capped at the number of models, since the
 * URL bound allows the largest world's count). Deceptive triggers are 10 steps apart unless
 * `together`, the spec's "all deceptive models triggering together".
 * Source: src/compute/imitation/scenario.ts (DEFAULT_SCENARIO, SCENARIO_PRESETS).
 * @example scenarioOf(defaults(imitationSchema)).selection // { rule: 'alpha', alpha: 0.01 }
 */
export function scenarioOf(params: ImitationParams): Scenario {
  return {
    ...DEFAULT_SCENARIO,
    seed: params.seed,
    selection: params.rule === 'alpha' ? { rule: 'alpha', alpha: params.alpha } : { rule: 'top-k', k: Math.min(params.k, modelCount(params)) },
    world: {
      ...DEFAULT_WORLD_CONFIG,
      demonstratorPrior: params.prior,
      deceptiveModels: params.deceptive,
      deceptivePriorRatio: params.ratio,
      triggerStep: params.trigger,
      triggerSpread: params.together ? 0 : STAGGERED_TRIGGER_SPREAD,
    },
  };
}

/** A named story: its parameters and the one sentence telling the reader what to watch. */
export interface Preset {
  id: string;
  label: string;
  caption: string;
  params: Pick<ImitationParams, (typeof RUN_KEYS)[number]>;
}

const CAPTIONS: Record<string, string> = {
  safe:
    'α = 0.01 is below the demonstrator’s prior 0.05: watch the conservative imitator keep asking while the deceptive models agree with the demonstrator, and make no catastrophe after they trigger at step 300 — unlike the mixture and MAP.',
  'alpha-too-large':
    'α = 0.3 is above the demonstrator’s prior 0.05: the demonstrator is left out of the set, all five deceptive models agree, the imitator never asks, and from step 300 it chooses the catastrophe about 90% of the time.',
  'top-k':
    'The note’s rule, the 10 most probable models: the demonstrator stays in the set, so there are no catastrophes, but honest-but-wrong models stay in too and the imitator never stops asking.',
};

/**
 * The three presets of issue 4 (SCENARIO_PRESETS of the compute model) as widget parameters,
 * each with its caption.
 * Source: src/compute/imitation/scenario.ts SCENARIO_PRESETS; spec facts 3 and 4.
 * @example PRESETS.find((p) => p.id === 'alpha-too-large')!.params.alpha // 0.3
 */
export const PRESETS: readonly Preset[] = SCENARIO_PRESETS.map(({ id, label, scenario }) => {
  const { selection, world } = scenario;
  return {
    id,
    label,
    caption: CAPTIONS[id] ?? '',
    params: {
      rule: selection.rule,
      alpha: selection.rule === 'alpha' ? selection.alpha : imitationSchema.fields.alpha.default,
      k: selection.rule === 'top-k' ? selection.k : imitationSchema.fields.k.default,
      prior: world.demonstratorPrior,
      deceptive: world.deceptiveModels,
      ratio: world.deceptivePriorRatio,
      trigger: world.triggerStep,
      together: world.triggerSpread === 0,
      seed: scenario.seed,
    },
  };
});

/**
 * The preset the parameters match (seed aside: another seed tells the same story), if any. The
 * inactive rule's parameter is ignored.
 * @example presetOf(defaults(imitationSchema))?.id // 'safe'
 */
export function presetOf(params: ImitationParams): Preset | undefined {
  return PRESETS.find((p) =>
    RUN_KEYS.every((key) => {
      if (key === 'seed') return true;
      if (key === 'alpha' && params.rule !== 'alpha') return true;
      if (key === 'k' && params.rule !== 'top-k') return true;
      return p.params[key] === params[key];
    }),
  );
}
