import { describe, invalid } from '../errors';
import { LOG10_SPEND_2020 } from './computeTrajectory';
import { RULE_DEFAULTS, SCENARIO_DEFAULTS } from './defaults';
import { parseFraction } from './parseFraction';
import { PRESETS, type PresetName } from './presets';
import type { EvolutionUpdate, Rule, RuleKind, Scenario } from './types';

const FN = 'priors';
const SCENARIO_KEYS = ['preset', 'from', 'to', 'increment', 'evolutionUpdate', 'rules'];
const EARLIEST_START = -100000;
const MAX_SPEND = 1e15;
const SPEND_2020 = 10 ** LOG10_SPEND_2020;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function number(v: unknown, field: string, expected: string, ok: (x: number) => boolean): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) invalid(FN, `${field} ${expected}`, v);
  return v;
}

const integerIn = (v: unknown, field: string, lo: number, hi: number, extra = '') =>
  number(v, field, `an integer in [${lo}, ${hi}]${extra}`, (x) => Number.isInteger(x) && x >= lo && x <= hi);

function parseRule(raw: unknown, index: number, from: number): Rule {
  const at = `rules[${index}]`;
  if (!isRecord(raw)) invalid(FN, `${at} as an object {"kind": …}`, raw);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(kind in RULE_DEFAULTS)) {
    invalid(FN, `${at}.kind one of ${Object.keys(RULE_DEFAULTS).join(', ')}`, kind);
  }
  const defaults: Record<string, unknown> = RULE_DEFAULTS[kind as RuleKind];
  for (const key of Object.keys(raw)) {
    if (!(key in defaults)) invalid(FN, `${at} keys among ${Object.keys(defaults).join(', ')} for kind "${kind}"`, key);
  }
  const out: Record<string, unknown> = { ...defaults };
  const get = (key: string) => (raw[key] === undefined ? defaults[key] : raw[key]);
  for (const key of Object.keys(defaults)) {
    const v = get(key);
    const field = `${at}.${key}`;
    switch (key) {
      case 'kind':
        break;
      case 'weight':
        out[key] = number(v, field, '≥ 0', (x) => x >= 0);
        break;
      case 'ftp':
      case 'ftpCalendar':
        out[key] = parseFraction(v, field, FN);
        break;
      case 'virtualSuccesses':
        out[key] = number(v, field, 'in (0, 1e6]', (x) => x > 0 && x <= 1e6);
        break;
      case 'start':
        out[key] = integerIn(v, field, EARLIEST_START, from, ' (no later than the rule-out year)');
        break;
      case 'gExp':
      case 'gAct':
        out[key] = number(v, field, 'a yearly growth fraction in (0, 1]', (x) => x > 0 && x <= 1);
        break;
      case 'relativeImportance':
        out[key] = number(v, field, 'in [1, 100]', (x) => x >= 1 && x <= 100);
        break;
      case 'spend2036':
        out[key] = number(v, field, `in dollars above the 2020 spend 10^${LOG10_SPEND_2020} ≈ ${Math.round(SPEND_2020)} and at most ${MAX_SPEND}`, (x) => x > SPEND_2020 && x <= MAX_SPEND);
        break;
      default:
        invalid(FN, `a known parameter`, key);
    }
  }
  return out as unknown as Rule;
}

/**
 * Validate a scenario (or `{ "preset": name, …overrides }`) and fill in the report's defaults.
 *
 * Formula: none (validation). Every error names the field: e.g.
 * "priors: expected rules[2].ftp in (0, 1), received 2". Unknown keys, unknown rule kinds,
 * a start after the rule-out year, a target before it, a 2036 spend not above 2020's, negative
 * weights and non-fractions all throw ComputeInputError.
 * Source: spec §4 (inputs the report's web tool offers).
 *
 * @example parseScenario({ rules: [{ kind: 'calendar' }] }).rules[0] // { kind: 'calendar', weight: 1, ftp: 1/300, virtualSuccesses: 1, start: 1956 }
 */
export function parseScenario(input: unknown): Scenario {
  if (!isRecord(input)) invalid(FN, 'a scenario object', input);
  for (const key of Object.keys(input)) {
    if (!SCENARIO_KEYS.includes(key)) invalid(FN, `scenario keys among ${SCENARIO_KEYS.join(', ')}`, key);
  }
  let presetRules: readonly Rule[] | undefined;
  if (input.preset !== undefined) {
    const name = typeof input.preset === 'string' ? input.preset.toLowerCase() : input.preset;
    if (typeof name !== 'string' || !(name in PRESETS)) invalid(FN, `preset one of ${Object.keys(PRESETS).join(', ')}`, input.preset);
    presetRules = PRESETS[name as PresetName];
  }
  const from = integerIn(input.from ?? SCENARIO_DEFAULTS.from, 'from', 2020, 2099);
  const toRaw = input.to ?? Math.max(SCENARIO_DEFAULTS.to, from);
  const to = number(toRaw, 'to', `an integer target year in [from (${from}), 2100]`, (x) => Number.isInteger(x) && x >= from && x <= 2100);
  const increment = number(input.increment ?? SCENARIO_DEFAULTS.increment, 'increment', 'a relative trial increment in (0, 0.1]', (x) => x > 0 && x <= 0.1);
  const evolutionUpdate = input.evolutionUpdate ?? SCENARIO_DEFAULTS.evolutionUpdate;
  if (evolutionUpdate !== 'report' && evolutionUpdate !== 'strict') invalid(FN, 'evolutionUpdate "report" or "strict"', evolutionUpdate);
  const rawRules = input.rules ?? presetRules;
  if (rawRules === undefined) invalid(FN, 'rules (a non-empty array) or a preset', describe(input));
  if (!Array.isArray(rawRules) || rawRules.length === 0 || rawRules.length > 50) invalid(FN, 'rules as an array of 1 to 50 rules', rawRules);
  const rules = rawRules.map((r, i) => parseRule(r, i, from));
  return { from, to, increment, evolutionUpdate: evolutionUpdate as EvolutionUpdate, rules };
}
