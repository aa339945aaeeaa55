import { seedToState } from '../random/rng';
import { catastropheProbability } from './catastrophe';
import { hedgeBound, hedgeBoundAt, initLearner, learnerDistribution, theoryRate, updateLearner, type LearnerState } from './learners';
import { policies, worldLosses, type PolicyKind } from './world';
import { policyCount, type Scenario } from './scenario';
import { createStepper } from './stepper';

/** The whole state of a run between steps: plain data, JSON-serialisable. */
export interface LowStakesState {
  scenario: Scenario;
  /** Steps taken. */
  t: number;
  /** mulberry32 state of the world's noise. */
  rng: number;
  learner: LearnerState;
}

/** What one step produced. */
export interface StepOutcome {
  /** The step index t (0-based). */
  t: number;
  /** p_t, the learner's weights before seeing ℓ_t. */
  weights: number[];
  /** ℓ_t in the stakes' units. */
  losses: number[];
  /** Expected loss p_t · ℓ_t. */
  learnerLoss: number;
  /** Weight on the policies making a bad decision at t: the probability of a bad decision. */
  badProbability: number;
}

/**
 * The learning rate a scenario uses: the theory rate √(8 ln K / T)/B or the given number.
 * Source: spec, "Learners" (Hedge).
 * @example rateOf(parseScenario({ steps: 1000 })) // 0.1357…
 */
export function rateOf(scenario: Scenario): number {
  const k = policyCount(scenario.world);
  return scenario.learningRate === 'theory' ? theoryRate(k, scenario.steps, scenario.stakes) : scenario.learningRate;
}

/**
 * The state before step 0.
 * @example initLowStakes(parseScenario({})).t // 0
 */
export function initLowStakes(scenario: Scenario): LowStakesState {
  const k = policyCount(scenario.world);
  return {
    scenario,
    t: 0,
    rng: seedToState(scenario.seed),
    learner: initLearner(scenario.learner, k, { eta: rateOf(scenario), shareRate: scenario.shareRate, watchSteps: scenario.watchSteps }),
  };
}

/**
 * One step: the learner commits to p_t, the world reveals every policy's loss (full information),
 * the learner's expected loss is p_t · ℓ_t, and the learner updates. Pure: returns a new state.
 * Source: spec, "World" and "Measures".
 * @example stepLowStakes(initLowStakes(parseScenario({ world: { kind: 'alternating' } }))).outcome.learnerLoss // 0.25
 */
export function stepLowStakes(state: LowStakesState): { state: LowStakesState; outcome: StepOutcome } {
  const { scenario, t } = state;
  const weights = learnerDistribution(state.learner);
  const { losses, bad, rng } = worldLosses(scenario.world, scenario.stakes, t, state.rng);
  let learnerLoss = 0;
  let badProbability = 0;
  for (let i = 0; i < weights.length; i++) {
    learnerLoss += weights[i]! * losses[i]!;
    if (bad[i]) badProbability += weights[i]!;
  }
  return {
    state: { scenario, t: t + 1, rng, learner: updateLearner(state.learner, losses) },
    outcome: { t, weights, losses, learnerLoss, badProbability: Math.min(1, badProbability) },
  };
}

/** One window of a run's history: cumulative totals at its end, weights averaged over it. */
export interface RunWindow {
  /** Steps taken at the window's end. */
  step: number;
  /** Σ_{s<step} p_s · ℓ_s. */
  learnerLoss: number;
  /** min_i L_i at the window's end: the best policy so far. */
  bestLoss: number;
  /** The first aligned policy's cumulative loss (null without one). */
  alignedLoss: number | null;
  /** Hedge's bound on the regret so far, ln K/η + η B² t / 8 (null for the other learners). */
  bound: number | null;
  /** Mean over the window of the weight on policies making a bad decision. */
  weightTurned: number;
  /** Mean over the window of the total weight on each kind of policy. */
  kindWeights: Partial<Record<PolicyKind, number>>;
}

/** A run summarised: the CLI's figures and the widget's history. */
export interface LowStakesRun {
  learnerLoss: number;
  bestLoss: number;
  bestPolicy: string;
  alignedLoss: number | null;
  regret: number;
  regretBound: number | null;
  badDecisions: number;
  stepsToRecover: number | null;
  catastropheProbability: number;
  /** The learning rate used (η), for display. */
  eta: number;
  /** The kinds present, in policy order. */
  kinds: PolicyKind[];
  /** Step from which bad decisions can happen: the turn (treacherous), 1 (alternating). */
  turnStep: number;
  windows: RunWindow[];
}

/**
 * Below this weight on the turned policies the learner has recovered.
 * @example RECOVERED_WEIGHT // 0.01
 */
export const RECOVERED_WEIGHT = 0.01;

/**
 * Run a scenario to its horizon and summarise it, keeping `windowCount` windows of history.
 * Regret = learner's expected loss − the best fixed policy's loss; bad decisions = Σ_t q_t with q_t
 * the weight on policies making a bad decision at t; steps to recover = first t ≥ turn with
 * q_t < 1 %, minus the turn step (t = 1 in the alternating world; null if never within the
 * horizon); catastrophe probability from
 * the run-length dynamic programme over the q_t.
 * Source: spec, "Measures"; issue 11 (output).
 * @example simulate(parseScenario({ steps: 1000 }), 10).windows.length // 10
 */
export function simulate(scenario: Scenario, windowCount = 100): LowStakesRun {
  const { steps, world, stakes } = scenario;
  const list = policies(world);
  const kinds = [...new Set(list.map((p) => p.kind))];
  const kindIndex = list.map((p) => kinds.indexOf(p.kind));
  const k = list.length;
  const alignedIndex = list.findIndex((p) => p.kind === 'aligned');
  // The alternating world's first bad decision is possible at t = 1 (step 0 is (½, 0)).
  const turnStep = world.kind === 'alternating' ? 1 : world.turnStep;
  const eta = rateOf(scenario);
  const isHedge = scenario.learner === 'hedge';
  const windowSize = Math.max(1, Math.ceil(steps / Math.max(1, Math.floor(windowCount))));
  const q = new Float64Array(steps);
  const windows: RunWindow[] = [];
  // in place, allocation-free (stepper.ts); equal to stepping with stepLowStakes
  const stepper = createStepper(scenario, eta);
  const { weights, cumulative } = stepper;
  let learnerLoss = 0;
  let badDecisions = 0;
  let stepsToRecover: number | null = null;
  let windowTurned = 0;
  const windowKinds = new Float64Array(kinds.length);
  let windowSteps = 0;
  for (let t = 0; t < steps; t++) {
    learnerLoss += stepper.step();
    const badProbability = Math.min(1, stepper.badProbability);
    badDecisions += badProbability;
    q[t] = badProbability;
    if (stepsToRecover === null && t >= turnStep && badProbability < RECOVERED_WEIGHT) stepsToRecover = t - turnStep;
    windowTurned += badProbability;
    for (let i = 0; i < k; i++) windowKinds[kindIndex[i]!]! += weights[i]!;
    if (++windowSteps === windowSize || t === steps - 1) {
      let bestSoFar = Infinity;
      for (let i = 0; i < k; i++) if (cumulative[i]! < bestSoFar) bestSoFar = cumulative[i]!;
      const kindWeights: Partial<Record<PolicyKind, number>> = {};
      kinds.forEach((kind, j) => (kindWeights[kind] = windowKinds[j]! / windowSteps));
      windows.push({
        step: t + 1,
        learnerLoss,
        bestLoss: bestSoFar,
        alignedLoss: alignedIndex >= 0 ? cumulative[alignedIndex]! : null,
        bound: isHedge ? hedgeBoundAt(k, eta, t + 1, stakes) : null,
        weightTurned: windowTurned / windowSteps,
        kindWeights,
      });
      windowTurned = 0;
      windowKinds.fill(0);
      windowSteps = 0;
    }
  }
  let best = 0;
  for (let i = 1; i < k; i++) if (cumulative[i]! < cumulative[best]!) best = i;
  const bestLoss = cumulative[best]!;
  return {
    learnerLoss,
    bestLoss,
    bestPolicy: list[best]!.name,
    alignedLoss: alignedIndex >= 0 ? cumulative[alignedIndex]! : null,
    regret: learnerLoss - bestLoss,
    regretBound: isHedge && scenario.learningRate === 'theory' ? hedgeBound(k, steps, stakes) : null,
    badDecisions,
    stepsToRecover,
    catastropheProbability: catastropheProbability(q, scenario.catastropheRun),
    eta,
    kinds,
    turnStep,
    windows,
  };
}
