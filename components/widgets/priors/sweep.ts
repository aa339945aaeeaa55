import { run as priorsCli, parseScenario, type Rule } from '@intermittent-distillations/compute/priors';
import type { SweepOutput } from '@intermittent-distillations/compute/sweep';
import type { SweepMarkInput, SweepSeriesInput, SweepValue } from '../../ui/chart/sweepGeometry';
import { scenarioFromParams, SPEND_MAX_M, SPEND_MIN_M, type PriorsParams } from './params';
import { REPORT_RULE_CELLS } from './reportCells';

/** What the priors sweep varies: the calendar ftp, the researcher-year g_act, or the 2036 spend of the compute rule. */
export type PriorsSweepKind = 'ftp' | 'gAct' | 'spend';

/** Virtual-success values the ftp sweep always draws (the report's Table 1 columns in the slider's range). */
export const SWEEP_VS = [0.5, 1, 2, 4] as const;
/** Calendar ftps of the researcher-year sweep's curves (the §6.1.2 table's rows). */
export const SWEEP_FTP_CALENDAR = [1 / 1000, 1 / 300, 1 / 100, 1 / 50] as const;
/** Relative importances X of the compute sweep's curves (the report's tested 1, 5, 10). */
export const SWEEP_X = [1, 5, 10] as const;

const denominators = (cells: readonly { rule: Record<string, unknown> }[], field: string) =>
  cells.flatMap((c) => (typeof c.rule[field] === 'string' ? [Number(String(c.rule[field]).split('/')[1])] : []));

/**
 * The ftp values swept: 1/N for N from 2 to 3000, about 90 log-spaced N rounded to two significant
 * digits, plus every N of the report's calendar cells, so each point is a clean fraction for the URL.
 * @example SWEEP_FTPS[0] // 1/3000
 */
export const SWEEP_FTPS: readonly number[] = (() => {
  const ns = new Set<number>(denominators(REPORT_RULE_CELLS, 'ftp').filter((n) => n >= 2 && n <= 3000));
  for (let i = 0; i <= 90; i++) ns.add(Math.round(Number((2 * 1500 ** (i / 90)).toPrecision(2))));
  return [...ns].sort((a, b) => b - a).map((n) => 1 / n);
})();

/** g_act values swept: 1% … 30% in steps of 0.5 points (the report's 3, 7, 11, 16, 21% among them). */
export const SWEEP_GACT: readonly number[] = Array.from({ length: 59 }, (_, i) => Number((0.01 + i * 0.005).toFixed(3)));

/** 2036 spends swept, in $M: 10^1 … 10^6 ($10M … $1T) in quarter decades, above the 2020 spend. */
export const SWEEP_SPEND_M: readonly number[] = Array.from({ length: 21 }, (_, i) => Number((10 ** (1 + i / 4)).toPrecision(3))).filter(
  (m) => m >= SPEND_MIN_M && m <= SPEND_MAX_M,
);

interface SweepDef {
  xs: readonly number[];
  /** The sweep's path in the one-rule scenario. */
  param: string;
  /** Series values (vs, ftp_cal or X) and the one-rule scenario of each, without the swept field. */
  series: { value: number; label: string; rule: Record<string, unknown> }[];
  /** The swept value as the rule field holds it (spend in dollars, the axis in $M). */
  toRule: (x: number) => number;
  /** The widget's own series value, and the parameters choosing a point sets. */
  own: number;
  choose: (x: number, seriesValue: number) => Partial<PriorsParams>;
  current: number;
}

function defOf(kind: PriorsSweepKind, params: PriorsParams, start: number): SweepDef {
  const spend2036 = params.spendM * 1e6;
  const withOwn = (values: readonly number[], own: number) => (values.includes(own) ? [...values] : [...values, own].sort((a, b) => a - b));
  if (kind === 'gAct') {
    return {
      xs: SWEEP_GACT,
      param: 'gAct',
      series: withOwn(SWEEP_FTP_CALENDAR, params.ftp).map((f) => ({
        value: f,
        label: `ftp_cal 1/${Number((1 / f).toPrecision(4))}`,
        rule: { kind: 'researcher', ftpCalendar: f, gExp: params.gExp, virtualSuccesses: params.vs, start },
      })),
      toRule: (x) => x,
      own: params.ftp,
      choose: (x, f) => ({ gAct: x, ftp: f }),
      current: params.gAct,
    };
  }
  if (kind === 'spend') {
    return {
      xs: SWEEP_SPEND_M,
      param: 'spend2036',
      series: withOwn(SWEEP_X, params.X).map((X) => ({
        value: X,
        label: `X ${X}`,
        rule: { kind: 'compute', ftpCalendar: params.ftp, relativeImportance: X, gExp: params.gExp, virtualSuccesses: params.vs, spend2036 },
      })),
      toRule: (m) => m * 1e6,
      own: params.X,
      choose: (m, X) => ({ spendM: m, X }),
      current: params.spendM,
    };
  }
  return {
    xs: SWEEP_FTPS,
    param: 'ftp',
    series: withOwn(SWEEP_VS, params.vs).map((vs) => ({ value: vs, label: `vs ${vs}`, rule: { kind: 'calendar', virtualSuccesses: vs, start } })),
    toRule: (x) => x,
    own: params.vs,
    choose: (x, vs) => ({ ftp: x, vs }),
    current: params.ftp,
  };
}

const sameRule = (a: Rule, b: Rule) =>
  Object.keys(a).every((k) => {
    const x = (a as unknown as Record<string, unknown>)[k];
    const y = (b as unknown as Record<string, unknown>)[k];
    return typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x)) : x === y;
  });

export interface PriorsSweepData {
  xs: readonly number[];
  series: SweepSeriesInput[];
  /** Each series' value (vs, ftp_cal or X). */
  seriesValues: number[];
  marks: SweepMarkInput[];
  /** The series of the widget's own setting. */
  currentSeries: number;
  current: number;
  /** The parameters choosing point (x, series) sets. */
  choose: (xIndex: number, seriesIndex: number) => Partial<PriorsParams>;
  /** Whether the report's cells can apply (rule-out 2020, target 2036, 0.01% trials). */
  reportInputs: boolean;
}

/**
 * The priors sweep for one kind: pr(AGI by the target year) of one rule against ftp (calendar,
 * a curve per vs), g_act (researcher-year, a curve per ftp_cal) or the 2036 spend (compute, a curve
 * per X), the widget's own curve added when it is not among them, through the compute CLI's sweep;
 * the widget's other inputs (years, start, increment, g_exp, vs, ftp) follow. A printed cell of the
 * report is marked on a curve whose rule at that x is the cell's rule.
 * Source: issue 13; Davidson (2021) §4.2, §5.2.3, §5.3, §6.1.2, §6.2.2.2, §6.3.
 * @example priorsSweepData(defaults(priorsSchema), 'ftp').series.length // 4
 */
export function priorsSweepData(params: PriorsParams, kind: PriorsSweepKind = 'ftp'): PriorsSweepData {
  const { scenario } = scenarioFromParams(params);
  const start = scenario.rules.find((r) => r.kind === 'calendar')!.start;
  const def = defOf(kind, params, start);
  const base = { from: scenario.from, to: scenario.to, increment: scenario.increment };
  const values = def.xs.map(def.toRule);
  const series = def.series.map((s, i): SweepSeriesInput => {
    const out = priorsCli({ ...base, rules: [s.rule], sweep: { param: def.param, values } }) as SweepOutput;
    return { id: `s${i}`, label: s.label, values: out.sweep.points.map((p) => p.probability as SweepValue) };
  });
  const reportInputs = scenario.from === 2020 && scenario.to === 2036 && (kind === 'ftp' || scenario.increment === 0.0001);
  const marks: SweepMarkInput[] = [];
  if (reportInputs) {
    const seen = new Set<string>();
    const rules = def.series.map((sr) => values.map((v) => parseScenario({ ...base, rules: [{ ...sr.rule, [def.param]: v }] }).rules[0]!));
    for (const cell of REPORT_RULE_CELLS) {
      if (cell.rule.kind !== def.series[0]!.rule.kind) continue;
      const cellRule = parseScenario({ rules: [cell.rule] }).rules[0]!;
      rules.forEach((row, seriesIndex) =>
        row.forEach((rule, xIndex) => {
          const at = `${seriesIndex}|${xIndex}`;
          if (!seen.has(at) && sameRule(rule, cellRule)) {
            seen.add(at);
            marks.push({ seriesIndex, xIndex, y: Number(cell.printedPercent) / 100, label: `report (${cell.section}): ${cell.printedPercent}%` });
          }
        }),
      );
    }
  }
  return {
    xs: def.xs,
    series,
    seriesValues: def.series.map((s) => s.value),
    marks,
    currentSeries: Math.max(0, def.series.findIndex((s) => s.value === def.own)),
    current: def.current,
    choose: (xi, si) => def.choose(def.xs[xi]!, def.series[si]!.value),
    reportInputs,
  };
}
