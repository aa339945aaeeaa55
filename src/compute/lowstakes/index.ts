/**
 * Public API of the low-stakes model: online learners (Hedge, Fixed-Share, follow-the-leader,
 * train-then-deploy) against a treacherous turn, with regret, bad decisions and the exact
 * catastrophe probability (spec /work/shared/specs/lowstakes.md; issue 11).
 */
export {
  parseScenario,
  policyCount,
  DEFAULT_SCENARIO,
  DEFAULT_WORLD,
  MAX_STEPS,
  MAX_POLICIES_PER_KIND,
  MAX_STAKES,
  type LearnerKind,
  type Scenario,
  type WorldConfig,
  type WorldKind,
} from './scenario';
export { policies, worldLosses, type PolicyKind, type StepLosses } from './world';
export {
  hedgeBound,
  hedgeBoundAt,
  initLearner,
  leaderWeights,
  learnerDistribution,
  softminWeights,
  theoryRate,
  updateLearner,
  fixedShareUpdate,
  type LearnerState,
} from './learners';
export { catastropheProbability } from './catastrophe';
export {
  initLowStakes,
  stepLowStakes,
  simulate,
  rateOf,
  RECOVERED_WEIGHT,
  type LowStakesRun,
  type LowStakesState,
  type RunWindow,
  type StepOutcome,
} from './simulate';
export { run, runScenario, CURVE_WINDOWS, type CurvePoint, type ScenarioSummary } from './cli';
