/**
 * `npm run --silent compute -- lowstakes '<scenario JSON>'`: validate the scenario (unknown keys and
 * bad values throw ComputeInputError → exit 2) and print its summary, or with a `sweep` field the
 * summary of one run per value × seed (src/compute/sweep). `runOne` is parseScenario then
 * runScenario, both pure.
 */
import { parseScenario, type Scenario } from './scenario';
import { simulate, type LowStakesRun } from './simulate';
import { sweepable } from '../sweep/index';
import { lowstakesSweepModel } from './sweepModel';

/** One window of the CLI's curve. */
export interface CurvePoint {
  step: number;
  learnerLoss: number;
  bestLoss: number;
  weightTurned: number;
}

/** What the CLI prints for one scenario (losses in the stakes' units). */
export type ScenarioSummary = Pick<
  LowStakesRun,
  'learnerLoss' | 'bestLoss' | 'bestPolicy' | 'alignedLoss' | 'regret' | 'regretBound' | 'badDecisions' | 'stepsToRecover' | 'catastropheProbability'
> & { curve: CurvePoint[] };

/**
 * Windows in the CLI's curve (the last may be shorter).
 * @example CURVE_WINDOWS // 100
 */
export const CURVE_WINDOWS = 100;

/**
 * Run a parsed scenario and summarise it for the CLI.
 * Source: issue 11 (CLI output).
 * @example runScenario(parseScenario({ steps: 1000 })).curve.length // 100
 */
export function runScenario(scenario: Scenario): ScenarioSummary {
  const r = simulate(scenario, CURVE_WINDOWS);
  return {
    learnerLoss: r.learnerLoss,
    bestLoss: r.bestLoss,
    bestPolicy: r.bestPolicy,
    alignedLoss: r.alignedLoss,
    regret: r.regret,
    regretBound: r.regretBound,
    badDecisions: r.badDecisions,
    stepsToRecover: r.stepsToRecover,
    catastropheProbability: r.catastropheProbability,
    curve: r.windows.map((w) => ({ step: w.step, learnerLoss: w.learnerLoss, bestLoss: w.bestLoss, weightTurned: w.weightTurned })),
  };
}

/**
 * One run: runScenario(parseScenario(scenario)).
 * Source: issue 11 (CLI).
 * @example runOne({ learner: 'frozen' }).badDecisions // 5000 (a deceptive policy, every post-turn decision bad)
 */
export function runOne(scenario: unknown): ScenarioSummary {
  return runScenario(parseScenario(scenario));
}

/**
 * The CLI entry the dispatcher calls: one run, or with a `sweep` field `{ param, values, seeds }`
 * one run per value × seed, each numeric field (regret, badDecisions, catastropheProbability, …)
 * summarised as mean, min and max over the seeds.
 * Source: issue 11 (CLI), issue 13 (Sweeps).
 * @example run({ learner: 'frozen' }).badDecisions // 5000
 * @example run({ sweep: { param: 'stakes', values: [1, 100], seeds: [1, 2] } }).sweep.points.length // 2
 */
export const run = sweepable(runOne, lowstakesSweepModel);
