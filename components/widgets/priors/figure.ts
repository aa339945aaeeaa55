/**
 * The priors widget's figure for the figure menu (components/ui/chart/FigureMenu): the one
 * mapping between its URL state and the compute CLI's scenario (both ways), its parameters in
 * words, and the data tables behind its chart.
 */
import { parseFraction, parseScenario, type PriorsResult, type Rule, type RuleKind } from '@intermittent-distillations/compute/priors';
import { normalizeParams } from '../../../src/state/index';
import type { ElementRef, FigureReproduce, FigureSpec, LegendEntry, Row } from '../../ui/chart/figure';
import { COMPUTE_PACKAGE } from '../../ui/chart/figure';
import { priorsSchema, RULE_KINDS, scenarioFromParams, WEIGHT_PARAM, type PriorsParams } from './params';

/** The parameters that shape the model's numbers (the curve toggles only choose what is drawn). */
export const MODEL_KEYS = ['from', 'to', 'ftp', 'vs', 'start', 'gExp', 'gAct', 'X', 'spendM', ...RULE_KINDS.map((k) => WEIGHT_PARAM[k]), 'increment', 'evolution'] as const;

/** A first-trial probability as the URL writes it ("1/300") when that text is exactly the number. */
function ftpJson(ftp: number): string | number {
  const text = priorsSchema.fields.ftp.encode(ftp);
  try {
    return text.includes('/') && parseFraction(text) === ftp ? text : ftp;
  } catch {
    return ftp;
  }
}

/**
 * The CLI scenario of the widget's state: exactly the scenario the widget evaluates
 * (scenarioFromParams), as JSON for `npm run --silent compute -- priors '…'`, with first-trial
 * probabilities written as fractions when exact.
 * @example priorsCliScenario(defaults(priorsSchema)).rules[0] // { kind: 'calendar', weight: …, ftp: '1/300', virtualSuccesses: 1, start: 1956 }
 */
export function priorsCliScenario(params: PriorsParams) {
  const { scenario } = scenarioFromParams(params);
  return {
    from: scenario.from,
    to: scenario.to,
    increment: scenario.increment,
    evolutionUpdate: scenario.evolutionUpdate,
    rules: scenario.rules.map((r): Record<string, unknown> => {
      const out: Record<string, unknown> = { ...r };
      if ('ftp' in r) out.ftp = ftpJson(r.ftp);
      if ('ftpCalendar' in r) out.ftpCalendar = ftpJson(r.ftpCalendar);
      return out;
    }),
  };
}

/**
 * The widget state a CLI scenario describes (the inverse of priorsCliScenario): the model
 * parameters read back from its rules, normalised to the controls' grid; the curve toggles keep
 * `base`'s. Shared values (ftp, vs, start, g, S₂₀₃₆) come from the first rule that has them.
 * @example paramsOfPriorsScenario(priorsCliScenario(p)).ftp === p.ftp // true
 */
export function paramsOfPriorsScenario(input: unknown, base: PriorsParams): PriorsParams {
  const s = parseScenario(input);
  const find = <K extends RuleKind>(kind: K) => s.rules.find((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
  const calendar = find('calendar');
  const researcher = find('researcher');
  const compute = find('compute');
  const spender = compute ?? find('lifetime') ?? find('evolution') ?? find('log-uniform');
  const vsRule = s.rules.find((r): r is Extract<Rule, { virtualSuccesses: number }> => 'virtualSuccesses' in r);
  const next: Record<string, unknown> = { ...base, from: s.from, to: s.to, increment: String(s.increment), evolution: s.evolutionUpdate };
  const ftp = calendar?.ftp ?? researcher?.ftpCalendar ?? compute?.ftpCalendar;
  if (ftp !== undefined) next.ftp = ftp;
  if (vsRule) next.vs = vsRule.virtualSuccesses;
  const start = calendar?.start ?? researcher?.start;
  if (start !== undefined) next.start = start;
  if (researcher) Object.assign(next, { gExp: researcher.gExp, gAct: researcher.gAct });
  else if (compute) next.gExp = compute.gExp;
  if (compute) next.X = compute.relativeImportance;
  if (spender && 'spend2036' in spender) next.spendM = spender.spend2036 / 1e6;
  for (const kind of RULE_KINDS) next[WEIGHT_PARAM[kind]] = find(kind)?.weight ?? 0;
  return normalizeParams(priorsSchema, next as Partial<PriorsParams>, base);
}

/**
 * The widget's model parameters in words, for captions and citations.
 * @example describePriors(defaults(priorsSchema)) // "pr(AGI by the end of 2036 | none by the end of 2020); ftp 1/300, …"
 */
export function describePriors(p: PriorsParams): string {
  const weights = RULE_KINDS.map((k) => `${k} ${p[WEIGHT_PARAM[k]]}`).join(', ');
  return `pr(AGI by the end of ${Math.max(p.to, p.from)} | none by the end of ${p.from}); first-trial probability ${priorsSchema.fields.ftp.format(p.ftp)}, virtual successes ${p.vs}, regime start ${Math.min(p.start, p.from)}; g_exp ${p.gExp}, g_act ${p.gAct}, X ${p.X}, 2036 spend $${p.spendM}M; initial weights ${weights}; ${p.increment === '0.01' ? '1%' : '0.01%'} trials, ${p.evolution} evolution convention`;
}

/** How to recompute the figure: the CLI command and the package call. */
export function priorsReproduce(params: PriorsParams): FigureReproduce {
  return {
    commands: [{ label: 'The combined, static and per-rule probabilities and the combined curve', model: 'priors', scenario: priorsCliScenario(params) }],
    packageCall: (json) => `import { evaluateScenario, parseScenario } from '${COMPUTE_PACKAGE}/priors';\nconst result = evaluateScenario(parseScenario(${json}));`,
  };
}

/**
 * The chart's data: one row per year with every curve the model computed (shown or not).
 * @example curveRows(result)[0] // { year: 2021, combined: …, static: …, laplace: …, calendar: …, … }
 */
export function curveRows(result: PriorsResult): Row[] {
  return result.curve.map((point, i) => {
    const row: Row = { year: point.year, combined: point.probability, static: result.staticCurve[i]?.probability ?? null, laplace: result.laplace.curve[i]?.probability ?? null };
    for (const r of result.rules) row[r.kind] = r.curve[i]?.probability ?? null;
    return row;
  });
}

/**
 * The rules table: each rule's probability by the target year and its weights.
 * @example ruleRows(result).map((r) => r.rule) // ['calendar', 'researcher', …]
 */
export function ruleRows(result: PriorsResult): Row[] {
  return result.rules.map((r) => ({
    rule: r.kind,
    probability: r.probability,
    initialWeight: r.initialWeight,
    normalisedWeight: r.normalisedWeight,
    weightAtFrom: r.weightAtFrom,
    expectedProbabilityNow: r.expectedProbabilityNow,
  }));
}

/** The curves drawn (each path's `priors-c-<curve>` class names it), labelled as the page's toggles are. */
function curveLegend(svg: SVGSVGElement | null, labels: Record<string, string>): LegendEntry[] {
  return [...(svg?.querySelectorAll('path.priors-line') ?? [])].flatMap((element) => {
    const id = [...element.classList].find((c) => c.startsWith('priors-c-'))?.slice('priors-c-'.length);
    return id ? [{ label: labels[id] ?? id, element }] : [];
  });
}

/**
 * The figure the priors widget declares to the figure menu: its chart, its two tables, the
 * reproduce command, named after the widget's title (and, for a configured instance, its id).
 * @example <FigureMenu figure={priorsFigure({ path, query, id: 'laplace', title, params, result, chart, labels })} />
 */
export function priorsFigure(o: { path: string; query: string; id?: string; title: string; params: PriorsParams; result: PriorsResult; chart: ElementRef<SVGSVGElement>; labels: Record<string, string> }): FigureSpec {
  const id = o.id ?? priorsSchema.widgetId;
  // Two instances on a page download distinct files: a configured instance's parts carry its id.
  const part = (name: string) => (id === priorsSchema.widgetId ? name : `${id}-${name}`);
  return {
    path: o.path,
    query: o.query,
    id,
    title: o.title,
    parameters: describePriors(o.params),
    charts: [{ name: part('pr-agi'), title: 'Cumulative pr(AGI) by year', svg: o.chart, legend: () => curveLegend(o.chart.current, o.labels) }],
    tables: [
      { name: part('curves'), title: 'Every curve by year', rows: () => curveRows(o.result) },
      { name: part('rules'), title: 'Each rule’s probability and weights', rows: () => ruleRows(o.result) },
    ],
    reproduce: priorsReproduce(o.params),
  };
}
