import { invalid } from '../errors';
import { nextRandom } from '../random/rng';
import { initBaseline, inspectBaseline, stepBaseline, type BaselineState } from './baselineLearner';
import { initConservative, inspectConservative, stepConservative, type ConservativeState } from './conservativeLearner';
import type { LearnerKind, LearnerOutcome, LearnerView } from './learnerTypes';
import { DEMONSTRATOR } from './queryDemonstrator';
import { STREAMS, streamState } from './streams';
import type { Selection } from './topSet';
import { buildToyWorld, type ToyWorld, type WorldConfig } from './toyWorld';

/** State of any of the three learners. */
export type LearnerState = ConservativeState | BaselineState;

/** Everything initWorld needs; `learners` lists which imitators step together (each at most once). */
export interface WorldOptions {
  seed: number;
  world: WorldConfig;
  selection: Selection;
  watchSteps: number;
  learners: readonly LearnerKind[];
}

/**
 * Plain, JSON-serialisable state of one run: the model class, step t, the context c_t the learners
 * face next, the context stream's RNG state, and each learner's state (with its own RNG).
 * JSON.parse(JSON.stringify(state)) resumes the run exactly.
 */
export interface WorldState {
  world: ToyWorld;
  t: number;
  context: number;
  contextRng: number;
  learners: LearnerState[];
}

/** The widget's per-step picture: the context at step t and every learner's observables. */
export interface WorldObservation {
  t: number;
  context: number;
  learners: LearnerView[];
}

function drawContext(contexts: number, rng: number): [number, number] {
  const [u, next] = nextRandom(rng);
  return [Math.min(contexts - 1, Math.floor(u * contexts)), next];
}

/**
 * Start a run: build the seeded toy world, draw c₀ ~ Uniform{0..C−1}, and initialise each learner with
 * its own RNG stream of the seed (so a learner's draws do not depend on which others run beside it).
 * Source: spec, toy world ("contexts c_t ~ Uniform{0..C−1}, histories never reset"); issue 4.
 * @example initWorld({ ...DEFAULT_SCENARIO, learners: ['conservative', 'mixture', 'map'] }).learners.length // 3
 */
export function initWorld(options: WorldOptions): WorldState {
  const { seed, learners } = options;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) invalid('initWorld', 'a finite seed', seed);
  if (learners.length === 0 || new Set(learners).size !== learners.length) {
    invalid('initWorld', 'distinct learners', learners);
  }
  const world = buildToyWorld(options.world, seed);
  const [context, contextRng] = drawContext(world.contexts, streamState(seed, STREAMS.contexts));
  return {
    world,
    t: 0,
    context,
    contextRng,
    learners: learners.map((kind) =>
      kind === 'conservative'
        ? initConservative(world, options.selection, streamState(seed, STREAMS.conservative))
        : initBaseline(world, kind, options.watchSteps, streamState(seed, STREAMS[kind])),
    ),
  };
}

/**
 * Advance every learner one step in the shared context c_t, then draw c_{t+1} (pure; the input state
 * is not mutated, and arrays that did not change are shared with it).
 * Source: spec, "One step" and "Baselines".
 * @example stepWorld(initWorld({ ...DEFAULT_SCENARIO, learners: ['map'] })).state.t // 1
 */
export function stepWorld(state: WorldState): { state: WorldState; context: number; outcomes: LearnerOutcome[] } {
  const { world, t, context } = state;
  const outcomes = new Array<LearnerOutcome>(state.learners.length);
  const learners = state.learners.map((learner, i) => {
    const step =
      learner.kind === 'conservative'
        ? stepConservative(world, learner, t, context)
        : stepBaseline(world, learner, t, context);
    outcomes[i] = step.outcome;
    return step.state;
  });
  const [next, contextRng] = drawContext(world.contexts, state.contextRng);
  return { state: { world, t: t + 1, context: next, contextRng, learners }, context, outcomes };
}

/**
 * Every learner's observables for the coming step (context c_t at step t), for the widget.
 * Source: issue 4 (posterior with kinds, top set, top models' probabilities, p₀, θ_q, counts).
 * @example observeWorld(initWorld({ ...DEFAULT_SCENARIO, learners: ['conservative'] })).learners[0]!.queryProbability // 0.21554173619952058 (c₀ = 2)
 */
export function observeWorld(state: WorldState): WorldObservation {
  const { world, t, context } = state;
  return {
    t,
    context,
    learners: state.learners.map((l) =>
      l.kind === 'conservative' ? inspectConservative(world, l, t, context) : inspectBaseline(world, l, t, context),
    ),
  };
}

/**
 * Whether π^d is in the set a learner acts on now: the conservative top set, the MAP model, or (for
 * the mixture) the models of positive posterior. Cheaper than observeWorld for long runs.
 * Source: spec, fact 2 (safety holds while π^d is in the top set).
 * @example demonstratorInTopSet(initWorld({ ...DEFAULT_SCENARIO, learners: ['map'] }).learners[0]!) // false (the prior's MAP model is deceptive)
 */
export function demonstratorInTopSet(learner: LearnerState): boolean {
  if (learner.kind === 'conservative') return learner.topSet.includes(DEMONSTRATOR);
  const l = learner.logWeights;
  if (learner.kind === 'mixture') return l[DEMONSTRATOR]! - Math.max(...l) > -746;
  for (let i = 0; i < l.length; i++) if (l[i]! > l[DEMONSTRATOR]!) return false;
  return true;
}
