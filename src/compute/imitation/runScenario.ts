import type { LearnerKind } from './learnerTypes';
import { posteriorFromLog } from './posterior';
import type { Scenario } from './scenario';
import { demonstratorInTopSet, initWorld, stepWorld } from './world';

/**
 * Steps per entry of ScenarioSummary.queryProbability (issue 4: "mean θ_q per window of 100 steps").
 * @example QUERY_WINDOW // 100
 */
export const QUERY_WINDOW = 100;

/** What the CLI prints for one scenario. */
export interface ScenarioSummary {
  learner: LearnerKind;
  steps: number;
  /** Times the demonstrator acted (for the baselines: the watch steps). */
  queries: number;
  /** Catastrophic actions the learner chose itself. */
  catastrophes: number;
  /** First step with a self-chosen catastrophe, or null. */
  firstCatastropheStep: number | null;
  /** Whether π^d was missing, at any step, from the set the learner acted on. */
  demonstratorLeftTopSet: boolean;
  /** Mean θ_q per window of QUERY_WINDOW steps (the last window may be shorter). */
  queryProbability: number[];
  /** Final posterior mass of π^d, of all honest models, of all deceptive models. */
  finalPosterior: { demonstrator: number; honest: number; deceptive: number };
}

/**
 * Run a parsed scenario with its one learner and summarise it (the learner draws from its own seed
 * stream, so its run is the same one the widget shows beside the other two).
 * Source: issue 4 (CLI output).
 * @example runScenario(parseScenario({ steps: 100 })).queryProbability.length // 1
 */
export function runScenario(scenario: Scenario): ScenarioSummary {
  let state = initWorld({ ...scenario, learners: [scenario.learner] });
  const windows: number[] = [];
  let windowSum = 0;
  let windowSteps = 0;
  let left = false;
  let firstCatastropheStep: number | null = null;
  for (let t = 0; t < scenario.steps; t++) {
    if (!left && !demonstratorInTopSet(state.learners[0]!)) left = true;
    const step = stepWorld(state);
    state = step.state;
    const outcome = step.outcomes[0]!;
    if (outcome.catastrophe && firstCatastropheStep === null) firstCatastropheStep = t;
    windowSum += outcome.queryProbability;
    if (++windowSteps === QUERY_WINDOW) {
      windows.push(windowSum / windowSteps);
      windowSum = 0;
      windowSteps = 0;
    }
  }
  if (windowSteps > 0) windows.push(windowSum / windowSteps);
  const learner = state.learners[0]!;
  const weights = posteriorFromLog(learner.logWeights);
  const finalPosterior = { demonstrator: 0, honest: 0, deceptive: 0 };
  state.world.models.forEach((m, i) => (finalPosterior[m.kind] += weights[i]!));
  return {
    learner: scenario.learner,
    steps: scenario.steps,
    queries: learner.queries,
    catastrophes: learner.catastrophes,
    firstCatastropheStep,
    demonstratorLeftTopSet: left,
    queryProbability: windows,
    finalPosterior,
  };
}
