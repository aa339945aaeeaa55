import { run as priorsCli } from '../../../src/compute/priors/cli';
import type { CalendarRule } from '../../../src/compute/priors/types';
import type { SweepOutput } from '../../../src/compute/sweep/index';
import type { SweepMarkInput, SweepSeriesInput } from '../../ui/chart/sweepGeometry';
import { scenarioFromParams, type PriorsParams } from './params';
import { REPORT_CALENDAR_CELLS } from './reportCells';

/** Virtual-success values the sweep always draws (the report's Table 1 columns in the slider's range). */
export const SWEEP_VS = [0.5, 1, 2, 4] as const;

/**
 * The ftp values swept: 1/N for N from 2 to 3000, about 90 log-spaced N rounded to two significant
 * digits, plus every N of the report's table, so each point is a clean fraction for the URL.
 * @example SWEEP_FTPS[0] // 1/3000
 */
export const SWEEP_FTPS: readonly number[] = (() => {
  const ns = new Set<number>(REPORT_CALENDAR_CELLS.map((c) => c.ftpDenominator));
  for (let i = 0; i <= 90; i++) ns.add(Math.round(Number((2 * 1500 ** (i / 90)).toPrecision(2))));
  return [...ns].sort((a, b) => b - a).map((n) => 1 / n);
})();

export interface PriorsSweepData {
  xs: readonly number[];
  series: SweepSeriesInput[];
  /** Each series' virtual successes. */
  vs: number[];
  marks: SweepMarkInput[];
  /** The series of the widget's own vs. */
  currentSeries: number;
  /** Whether the report's cells apply (rule-out 2020, target 2036, start 1956). */
  reportInputs: boolean;
}

/**
 * The priors sweep: pr(AGI by the target year) of the calendar rule against ftp, one curve per
 * virtual-success value (the widget's own added when it is not one of SWEEP_VS), through the
 * compute CLI's sweep, following the widget's rule-out year, target year, regime start and trial
 * increment; the report's printed cells as marks when those inputs are the report's.
 * Source: issue 13; Davidson (2021) §4.2, §5.2.3.
 * @example priorsSweepData(defaults(priorsSchema)).series.length // 4
 */
export function priorsSweepData(params: PriorsParams): PriorsSweepData {
  const { scenario } = scenarioFromParams(params);
  const calendar = scenario.rules.find((r): r is CalendarRule => r.kind === 'calendar')!;
  const vs = SWEEP_VS.includes(params.vs as (typeof SWEEP_VS)[number]) ? [...SWEEP_VS] : [...SWEEP_VS, params.vs].sort((a, b) => a - b);
  const series = vs.map((v, i): SweepSeriesInput => {
    const out = priorsCli({
      from: scenario.from,
      to: scenario.to,
      increment: scenario.increment,
      rules: [{ kind: 'calendar', virtualSuccesses: v, start: calendar.start }],
      sweep: { param: 'ftp', values: [...SWEEP_FTPS] },
    }) as SweepOutput;
    return {
      id: SWEEP_VS.includes(v as (typeof SWEEP_VS)[number]) ? `vs${i}` : 'vsown',
      label: `vs ${v}`,
      values: out.sweep.points.map((p) => p.probability as { mean: number; min: number; max: number }),
    };
  });
  const reportInputs = scenario.from === 2020 && scenario.to === 2036 && calendar.start === 1956;
  const marks: SweepMarkInput[] = reportInputs
    ? REPORT_CALENDAR_CELLS.flatMap((c) => {
        const seriesIndex = vs.indexOf(c.virtualSuccesses);
        const xIndex = SWEEP_FTPS.findIndex((f) => f === 1 / c.ftpDenominator);
        return seriesIndex < 0 || xIndex < 0 ? [] : [{ seriesIndex, xIndex, y: Number(c.printedPercent) / 100, label: `report (${c.section}): ${c.printedPercent}%` }];
      })
    : [];
  return { xs: SWEEP_FTPS, series, vs, marks, currentSeries: vs.indexOf(params.vs), reportInputs };
}
