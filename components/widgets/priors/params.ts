import { PRESETS, type PresetName, type Rule, type RuleKind, type Scenario, parseScenario } from '@intermittent-distillations/compute/priors';
import { boolean, defineSchema, enumOf, fraction, integer, number, type ParamsOf } from '../../../src/state/index';

/** Every rule the widget offers, in table order (the report's six plus the log-uniform comparison). */
export const RULE_KINDS = ['calendar', 'researcher', 'compute', 'lifetime', 'evolution', 'log-uniform', 'impossible'] as const satisfies readonly RuleKind[];

/** URL parameter name of each rule's initial weight (URL names must be identifiers). */
export const WEIGHT_PARAM = {
  calendar: 'wCalendar',
  researcher: 'wResearcher',
  compute: 'wCompute',
  lifetime: 'wLifetime',
  evolution: 'wEvolution',
  'log-uniform': 'wLogUniform',
  impossible: 'wImpossible',
} as const satisfies Record<(typeof RULE_KINDS)[number], string>;

/** URL parameter name of each curve's visibility toggle. */
export const SHOW_PARAM = {
  combined: 'showCombined',
  static: 'showStatic',
  laplace: 'showLaplace',
  calendar: 'showCalendar',
  researcher: 'showResearcher',
  compute: 'showCompute',
  lifetime: 'showLifetime',
  evolution: 'showEvolution',
  'log-uniform': 'showLogUniform',
  impossible: 'showImpossible',
} as const;

/** A curve the chart can draw: one per rule, the two combinations and Laplace's rule. */
export type CurveId = keyof typeof SHOW_PARAM;

/** Bounds of the first-trial probability slider (the issue: 1/3000 to 1/2, logarithmic). */
export const FTP_MIN = 1 / 3000;
export const FTP_MAX = 1 / 2;

/** The 2036 spend is kept in millions of dollars: the 2020 spend is 10^6.7 $ ≈ $5.01M (spec §2). */
export const SPEND_MIN_M = 5.02;
export const SPEND_MAX_M = 1e9;

// One preset's rules by kind, so the widget's defaults are read from the model, never retyped.
function presetRule<K extends RuleKind>(name: PresetName, kind: K): Extract<Rule, { kind: K }> | undefined {
  return PRESETS[name].find((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
}
const central = (kind: RuleKind) => presetRule('central', kind);
const centralCalendar = presetRule('central', 'calendar')!;
const centralResearcher = presetRule('central', 'researcher')!;
const centralCompute = presetRule('central', 'compute')!;
const weightField = (kind: RuleKind, label: string) =>
  number({ default: central(kind)?.weight ?? 0, min: 0, max: 1, step: 0.01, label: `${label} weight` });
const showField = (label: string, on = true) => boolean({ default: on, label: `show ${label} curve` });

/**
 * The priors widget's URL schema: every input of the report's web tool (spec §4), the curve
 * toggles, with the Central preset as default so a bare link shows the report's central figure.
 * Source: priors spec §4 (inputs, presets); architecture.md "Widget state in the URL".
 * @example priorsSchema.fields.ftp.encode(1 / 300) // "1/300"
 */
export const priorsSchema = defineSchema('priors', {
  from: integer({ default: 2020, min: 2020, max: 2099, label: 'rule-out year' }),
  to: integer({ default: 2036, min: 2020, max: 2100, label: 'target year' }),
  ftp: fraction({ default: centralCalendar.ftp, min: FTP_MIN, max: FTP_MAX, preferFraction: true, label: 'first-trial probability' }),
  vs: number({ default: centralCalendar.virtualSuccesses, min: 0.1, max: 10, step: 0.1, log: true, label: 'virtual successes' }),
  start: integer({ default: centralCalendar.start, min: 1900, max: 2099, label: 'regime start' }),
  gExp: number({ default: centralResearcher.gExp, min: 0.01, max: 0.3, step: 0.001, label: 'g_exp' }),
  gAct: number({ default: centralResearcher.gAct, min: 0.01, max: 0.3, step: 0.001, label: 'g_act' }),
  X: number({ default: centralCompute.relativeImportance, min: 1, max: 20, step: 0.5, label: 'X' }),
  spendM: number({ default: centralCompute.spend2036 / 1e6, min: SPEND_MIN_M, max: SPEND_MAX_M, step: 0.01, label: '2036 spend in $M' }),
  [WEIGHT_PARAM.calendar]: weightField('calendar', 'calendar'),
  [WEIGHT_PARAM.researcher]: weightField('researcher', 'researcher-year'),
  [WEIGHT_PARAM.compute]: weightField('compute', 'compute'),
  [WEIGHT_PARAM.lifetime]: weightField('lifetime', 'lifetime anchor'),
  [WEIGHT_PARAM.evolution]: weightField('evolution', 'evolution anchor'),
  [WEIGHT_PARAM['log-uniform']]: weightField('log-uniform', 'log-uniform'),
  [WEIGHT_PARAM.impossible]: weightField('impossible', 'impossible'),
  increment: enumOf(['0.0001', '0.01'], '0.0001', { label: 'trial increment' }),
  evolution: enumOf(['report', 'strict'], 'report', { label: 'evolution-weight convention' }),
  [SHOW_PARAM.combined]: showField('combined'),
  [SHOW_PARAM.static]: showField('static-weights', false),
  [SHOW_PARAM.laplace]: showField('Laplace', false),
  [SHOW_PARAM.calendar]: showField('calendar'),
  [SHOW_PARAM.researcher]: showField('researcher-year'),
  [SHOW_PARAM.compute]: showField('compute'),
  [SHOW_PARAM.lifetime]: showField('lifetime'),
  [SHOW_PARAM.evolution]: showField('evolution'),
  [SHOW_PARAM['log-uniform']]: showField('log-uniform', false),
  [SHOW_PARAM.impossible]: showField('impossible'),
  // Which secondary panels are open (issue 17): display state, kept in the URL so a link reopens them.
  weightsOpen: boolean({ default: false, label: 'initial weights open' }),
  modelOpen: boolean({ default: false, label: 'model conventions open' }),
  tableOpen: boolean({ default: false, label: 'rules table open' }),
  sweepOpen: boolean({ default: false, label: 'sweep open' }),
  detailsOpen: boolean({ default: false, label: '“why these numbers differ” open' }),
});

/** The widget's parameters as the URL holds them. */
export type PriorsParams = ParamsOf<typeof priorsSchema>;

/**
 * The parameters a preset button sets: the model's PRESETS read back into the widget's inputs
 * (rules a preset lacks get weight 0); curve toggles and years are left alone.
 * Source: priors spec §4 preset table (via src/compute/priors PRESETS).
 * @example presetParams('low').vs // 0.5
 */
export function presetParams(name: PresetName): Partial<PriorsParams> {
  const calendar = presetRule(name, 'calendar');
  const researcher = presetRule(name, 'researcher');
  const compute = presetRule(name, 'compute');
  const spender = compute ?? presetRule(name, 'lifetime') ?? presetRule(name, 'evolution');
  const out: Partial<PriorsParams> = {};
  if (calendar) Object.assign(out, { ftp: calendar.ftp, vs: calendar.virtualSuccesses, start: calendar.start });
  if (researcher) Object.assign(out, { gExp: researcher.gExp, gAct: researcher.gAct });
  if (compute) Object.assign(out, { X: compute.relativeImportance });
  Object.assign(out, { spendM: (spender?.spend2036 ?? centralCompute.spend2036) / 1e6 });
  for (const kind of RULE_KINDS) {
    Object.assign(out, { [WEIGHT_PARAM[kind]]: presetRule(name, kind)?.weight ?? 0 });
  }
  return out;
}

/**
 * Which preset the parameters match exactly (every model input), or null for a custom mix.
 * @example matchingPreset({ ...defaults(priorsSchema) }) // 'central'
 */
export function matchingPreset(params: PriorsParams): PresetName | null {
  for (const name of ['low', 'central', 'high'] as const) {
    const p = presetParams(name) as Record<string, unknown>;
    const current = params as Record<string, unknown>;
    if (Object.keys(p).every((k) => current[k] === p[k])) return name;
  }
  return null;
}

/** A validated scenario plus notes on values the widget had to adjust to make it valid. */
export interface ScenarioBuild {
  scenario: Scenario;
  notes: string[];
}

/**
 * Turn the widget's parameters into the model's scenario: one shared ftp / vs / start / g / X /
 * S₂₀₃₆ for every rule that takes them (as the report's web tool does), all seven rules with
 * their weights. A target before the rule-out year, or a regime start after it, is moved to the
 * rule-out year with a note, because the link may combine values that are each in range.
 * Source: priors spec §4 (the start year applies to calendar and researcher rules only).
 * @example scenarioFromParams(defaults(priorsSchema)).scenario.rules.length // 7
 */
export function scenarioFromParams(params: PriorsParams): ScenarioBuild {
  const notes: string[] = [];
  const from = params.from;
  let to = params.to;
  if (to < from) {
    notes.push(`The target year ${to} is before the rule-out year ${from}; using ${from}.`);
    to = from;
  }
  let start = params.start;
  if (start > from) {
    notes.push(`The regime start ${start} is after the rule-out year ${from}; using ${from}.`);
    start = from;
  }
  const w = (kind: (typeof RULE_KINDS)[number]) => params[WEIGHT_PARAM[kind]];
  const vs = params.vs;
  const spend2036 = params.spendM * 1e6;
  const rules: Rule[] = [
    { kind: 'calendar', weight: w('calendar'), ftp: params.ftp, virtualSuccesses: vs, start },
    { kind: 'researcher', weight: w('researcher'), ftpCalendar: params.ftp, gExp: params.gExp, gAct: params.gAct, virtualSuccesses: vs, start },
    { kind: 'compute', weight: w('compute'), ftpCalendar: params.ftp, relativeImportance: params.X, gExp: params.gExp, spend2036, virtualSuccesses: vs },
    { kind: 'lifetime', weight: w('lifetime'), spend2036, virtualSuccesses: vs },
    { kind: 'evolution', weight: w('evolution'), spend2036, virtualSuccesses: vs },
    { kind: 'log-uniform', weight: w('log-uniform'), spend2036 },
    { kind: 'impossible', weight: w('impossible') },
  ];
  const scenario = parseScenario({ from, to, increment: Number(params.increment), evolutionUpdate: params.evolution, rules });
  return { scenario, notes };
}
