/**
 * Public API of the semi-informative priors model (Davidson 2021). Plain data in and out:
 * `parseScenario(unknown) → Scenario`, `evaluateScenario(Scenario) → PriorsResult`, the presets,
 * the defaults and the fraction parser the widget's ftp field uses.
 */
export { parseScenario } from './parseScenario';
export { evaluateScenario, CURVE_END } from './evaluateScenario';
export { PRESETS, type PresetName } from './presets';
export { RULE_DEFAULTS, SCENARIO_DEFAULTS } from './defaults';
export { parseFraction } from './parseFraction';
export { clearCalibrationCache } from './memoise';
export type {
  CurvePoint,
  EvolutionUpdate,
  PriorsResult,
  Rule,
  RuleKind,
  RuleResult,
  Scenario,
} from './types';
export { run, runOne } from './cli';
