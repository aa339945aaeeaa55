import { boolean, defineSchema, enumOf, integer, number, seed, type ParamsOf } from '../../../src/state/index';
import { DEFAULT_SCENARIO, DEFAULT_WORLD, parseScenario, type Scenario } from '@intermittent-distillations/compute/lowstakes';

/**
 * Windows the charts draw (each a mean over ⌈T/300⌉ steps): enough that the collapse of the
 * deceptive weight (about 3 % of the horizon) spans several points at every T.
 * @example CHART_WINDOWS // 300
 */
export const CHART_WINDOWS = 300;

/**
 * Longest horizon the widget offers: a recomputation at T = 100,000 takes about 20 ms in Node
 * (tests/bench/lowstakes.bench.ts), so every change recomputes synchronously, without a worker.
 * @example MAX_HORIZON // 100000
 */
export const MAX_HORIZON = 100_000;

/**
 * The widget's URL surface, keys `lowstakes.<param>`. Defaults are the "low stakes: bounded damage"
 * preset. `turn` is the turn step as a share of the horizon, so changing T keeps the story (the
 * CLI's turnStep = ⌊turn · T⌋); `stakes` is capped at T when the scenario is built.
 * Source: issue 11 (controls), architecture.md "Widget state in the URL".
 * @example lowstakesSchema.fields.steps.default // 10000
 */
export const lowstakesSchema = defineSchema('lowstakes', {
  world: enumOf(['treacherous', 'alternating'] as const, 'treacherous', { label: 'world' }),
  learner: enumOf(['hedge', 'fixed-share', 'follow-the-leader', 'frozen'] as const, 'hedge', { label: 'learner' }),
  theory: boolean({ default: true, label: 'theory rate' }),
  eta: number({ default: 0.05, min: 0.0001, max: 10, step: 0.0001, log: true, label: 'learning rate η' }),
  share: number({ default: DEFAULT_SCENARIO.shareRate, min: 0.0001, max: 0.5, step: 0.0001, log: true, label: 'share rate γ' }),
  watch: integer({ default: DEFAULT_SCENARIO.watchSteps, min: 0, max: MAX_HORIZON, label: 'watch steps W' }),
  steps: integer({ default: DEFAULT_SCENARIO.steps, min: 100, max: MAX_HORIZON, log: true, label: 'horizon T' }),
  stakes: integer({ default: 1, min: 1, max: MAX_HORIZON, log: true, label: 'stakes B' }),
  run: integer({ default: 1000, min: 1, max: 1000, log: true, label: 'catastrophe run m' }),
  deceptive: integer({ default: DEFAULT_WORLD.deceptive, min: 0, max: 20, label: 'deceptive policies' }),
  advantage: number({ default: DEFAULT_WORLD.advantage, min: 0, max: 0.2, step: 0.01, label: 'advantage' }),
  turn: number({ default: 0.5, min: 0, max: 1, step: 0.01, label: 'turn (share of T)' }),
  seed: seed({ default: DEFAULT_SCENARIO.seed }),
  // Display only (not in RUN_KEYS): which chart a one-chart figure shows, and the folded panels.
  chart: enumOf(['loss', 'weights'] as const, 'loss', { label: 'chart shown' }),
  aboutOpen: boolean({ default: false, label: 'explanation open' }),
  sweepOpen: boolean({ default: false, label: 'sweep open' }),
  worldOpen: boolean({ default: false, label: 'world settings open' }),
});

/** The widget's parameters. */
export type LowStakesParams = ParamsOf<typeof lowstakesSchema>;

/** Parameters that change what is shown, not the run: they never enter a preset, a scenario or a sweep key. */
export const DISPLAY_KEYS: readonly (keyof LowStakesParams)[] = ['chart', 'aboutOpen', 'sweepOpen', 'worldOpen'];

/** The parameters that shape a run (all but the display ones). */
export type RunParams = Omit<LowStakesParams, 'chart' | 'aboutOpen' | 'sweepOpen' | 'worldOpen'>;

/**
 * The parameters that shape the run (all of them: the widget has no loop).
 * @example RUN_KEYS.length // 13
 */
export const RUN_KEYS = (Object.keys(lowstakesSchema.fields) as (keyof LowStakesParams)[]).filter((k) => !DISPLAY_KEYS.includes(k)) as (keyof RunParams)[];

/**
 * The stakes actually used: B ≤ T (the slider runs from 1 to T).
 * @example stakesOf({ stakes: 50_000, steps: 1000 }) // 1000
 */
export function stakesOf(params: Pick<LowStakesParams, 'stakes' | 'steps'>): number {
  return Math.min(params.stakes, params.steps);
}

/**
 * The step the deceptive policies turn on, ⌊turn · T⌋ of the exact product: 0.29 · 100 is
 * 28.999… in floating point, which would put the turn of 0.29 on step 28, where 0.28 turns too.
 * @example turnStepOf({ turn: 0.29, steps: 100 }) // 29
 */
export function turnStepOf(params: Pick<RunParams, 'turn' | 'steps'>): number {
  return Math.floor(params.turn * params.steps + 1e-9);
}

/**
 * The compute scenario the parameters describe, through the model's own parser (so the widget can
 * never build a scenario the CLI would reject).
 * Source: src/compute/lowstakes/scenario.ts parseScenario.
 * @example scenarioOf(defaults(lowstakesSchema)).world.turnStep // 5000
 */
export function scenarioOf(params: RunParams): Scenario {
  return parseScenario({
    seed: params.seed,
    steps: params.steps,
    learner: params.learner,
    learningRate: params.theory ? 'theory' : params.eta,
    shareRate: params.share,
    watchSteps: params.watch,
    stakes: stakesOf(params),
    catastropheRun: params.run,
    world: { kind: params.world, deceptive: params.deceptive, advantage: params.advantage, turnStep: turnStepOf(params) },
  });
}

/** A named story: its parameters and the sentence telling the reader what to watch. */
export interface Preset {
  id: string;
  label: string;
  caption: string;
  params: Omit<RunParams, 'seed'>;
}

const BASE: Preset['params'] = {
  world: 'treacherous',
  learner: 'hedge',
  theory: true,
  eta: 0.05,
  share: DEFAULT_SCENARIO.shareRate,
  watch: DEFAULT_SCENARIO.watchSteps,
  steps: DEFAULT_SCENARIO.steps,
  stakes: 1,
  run: 1000,
  deceptive: DEFAULT_WORLD.deceptive,
  advantage: DEFAULT_WORLD.advantage,
  turn: 0.5,
};

/**
 * The four stories of issue 11, each a full set of run parameters (the seed is kept).
 * Source: issue 11 (presets); spec, "What a quick simulation here showed".
 * @example PRESETS.map((p) => p.id) // ['low-stakes', 'high-stakes', 'train-then-deploy', 'follow-the-leader']
 */
export const PRESETS: readonly Preset[] = Object.freeze([
  {
    id: 'low-stakes',
    label: 'low stakes: bounded damage',
    caption:
      'Hedge at the theory rate, every decision costing at most 1, and a catastrophe only after 1000 bad decisions in a row. The deceptive policies win the weight before the turn and lose it within a few hundred steps after it: the regret stays under the bound and the damage is a small share of the total loss. Set the run length m to 20 and the same run is almost surely a catastrophe.',
    params: BASE,
  },
  {
    id: 'high-stakes',
    label: 'high stakes: one bad decision is fatal',
    caption:
      'The same world, but a bad decision costs B = T and one is fatal (m = 1). The theory rate shrinks by B, so Hedge hardly moves before the turn; after it, a handful of expected bad decisions outweigh every other loss together, the bound is far off the chart, and a catastrophe is all but certain.',
    params: { ...BASE, stakes: 10_000, run: 1 },
  },
  {
    id: 'train-then-deploy',
    label: 'train then deploy never recovers',
    caption:
      'Train on the first 2000 steps, pick the best policy, deploy it unchanged. The deceptive policies looked best in training, so after the turn every decision is bad and the weight never comes back: no online updates, no recovery.',
    params: { ...BASE, learner: 'frozen', run: 20 },
  },
  {
    id: 'follow-the-leader',
    label: 'follow-the-leader is exploitable',
    caption:
      'The alternating sequence (½, 0), (0, 1), (1, 0), (0, 1), …: the leader always switches to the policy about to lose, so follow-the-leader loses almost every step and its regret grows like T/2. Switch the learner to Hedge: its regret stays under √(T ln 2 / 2).',
    params: { ...BASE, world: 'alternating', learner: 'follow-the-leader', steps: 1000, run: 20 },
  },
]);

/**
 * The preset the parameters match (seed aside: another seed tells the same story), if any.
 * Parameters a learner or world does not use are ignored (η under the theory rate, γ unless
 * Fixed-Share, W unless train-then-deploy, the treacherous world's settings in the alternating one).
 * @example presetOf(defaults(lowstakesSchema))?.id // 'low-stakes'
 */
export function presetOf(params: RunParams): Preset | undefined {
  const unused = (key: keyof RunParams): boolean =>
    key === 'seed' ||
    (key === 'eta' && params.theory) ||
    (key === 'share' && params.learner !== 'fixed-share') ||
    (key === 'watch' && params.learner !== 'frozen') ||
    ((key === 'deceptive' || key === 'advantage' || key === 'turn') && params.world === 'alternating');
  return PRESETS.find((p) => RUN_KEYS.every((key) => unused(key) || p.params[key as keyof Preset['params']] === params[key]));
}
