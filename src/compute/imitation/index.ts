/**
 * Public API of the conservative Bayesian imitator (Cohen, Hutter & Nanda, "Fully General Online
 * Imitation Learning", JMLR 23, 2022) and its toy world, baselines and scenarios.
 */
export { ACTION_COUNT, CATASTROPHE } from './actions';
export { alphaTopSet, topKSet, selectTopSet, rankModels, type Selection } from './topSet';
export { minDistribution, queryProbability } from './minDistribution';
export { logPrior, posteriorFromLog, bayesUpdate, LOG_FLOOR } from './posterior';
export { sampleCategorical } from './sampleCategorical';
export {
  buildToyWorld,
  modelProbabilities,
  validateWorldConfig,
  DEFAULT_WORLD_CONFIG,
  STAGGERED_TRIGGER_SPREAD,
  DECEPTIVE_CATASTROPHE_PROBABILITY,
  WORLD_LIMITS,
  type ModelKind,
  type PolicyModel,
  type ToyWorld,
  type WorldConfig,
} from './toyWorld';
export { DEMONSTRATOR, queryDemonstrator } from './queryDemonstrator';
export type { LearnerKind, LearnerOutcome, LearnerView } from './learnerTypes';
export { initConservative, stepConservative, inspectConservative, type ConservativeState } from './conservativeLearner';
export { initBaseline, stepBaseline, inspectBaseline, baselinePolicy, type BaselineState } from './baselineLearner';
export {
  initWorld,
  stepWorld,
  observeWorld,
  demonstratorInTopSet,
  type LearnerState,
  type WorldOptions,
  type WorldState,
  type WorldObservation,
} from './world';
export { STREAMS, streamState } from './streams';
export {
  parseScenario,
  DEFAULT_SCENARIO,
  SCENARIO_PRESETS,
  MAX_STEPS,
  type Scenario,
  type ScenarioPreset,
} from './scenario';
export { runScenario, QUERY_WINDOW, type ScenarioSummary } from './runScenario';
export { run, runOne } from './cli';
