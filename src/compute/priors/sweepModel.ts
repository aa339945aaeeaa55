import { invalid } from '../errors';
import type { SweepModel } from '../sweep/index';
import { evaluateAtTarget } from './evaluateAtTarget';
import { parseScenario } from './parseScenario';
import { RULE_DEFAULTS, SCENARIO_DEFAULTS } from './defaults';
import { PRESETS, type PresetName } from './presets';
import type { RuleKind } from './types';

const TOP_LEVEL = ['from', 'to', 'increment', 'evolutionUpdate'];

/**
 * How the priors model takes part in sweeps: deterministic (no seeds), at most 10,000 runs, each
 * run the headline numbers without the curves (evaluateAtTarget), a
 * preset expanded into its rules and every default written out so "rules.2.relativeImportance"
 * or "increment" reaches them, and a rule field
 * named alone ("ftp", "virtualSuccesses", "gAct") standing for that field of a one-rule scenario.
 * Source: issue 13 (Sweeps); the field names are parseScenario's.
 * @example priorsSweepModel.alias!('ftp', { rules: [{ kind: 'calendar' }] }) // 'rules.0.ftp'
 */
export const priorsSweepModel: SweepModel = {
  name: 'priors',
  parse: parseScenario,
  runForSweep: (raw) => evaluateAtTarget(parseScenario(raw)),
  maxRuns: 10_000,
  prepare(raw) {
    const { preset, ...rest } = raw;
    const rules = (rest.rules ?? PRESETS[String(preset).toLowerCase() as PresetName]) as Record<string, unknown>[];
    return {
      from: SCENARIO_DEFAULTS.from,
      increment: SCENARIO_DEFAULTS.increment,
      evolutionUpdate: SCENARIO_DEFAULTS.evolutionUpdate,
      ...rest,
      rules: rules.map((r) => ({ ...RULE_DEFAULTS[r.kind as RuleKind], ...r })),
    };
  },
  alias(param, prepared) {
    // `to` defaults to max(2036, from), so it stays unwritten until swept.
    if (param === 'to') return (s, value) => ({ ...s, to: value });
    if (param.includes('.') || TOP_LEVEL.includes(param)) return undefined;
    const rules = prepared.rules as unknown[];
    if (rules.length !== 1) {
      invalid('sweep', `sweep.param as a path such as "rules.0.${param}" (the scenario has ${rules.length} rules)`, param);
    }
    return `rules.0.${param}`;
  },
};
