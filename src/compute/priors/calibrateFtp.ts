import { invalid } from '../errors';
import { findRoot } from '../numeric/findRoot';
import { probabilityWithin } from './betaBinomial';
import { countTrials } from './countTrials';
import { memoise } from './memoise';
import { logCumulativeResearcherYears } from './researcherYears';

// The report's solver bracket (scipy brentq on [1e-9, 1 − 1e-9]); we search in ln ftp.
const LOG_LO = Math.log(1e-9);
const LOG_HI = Math.log1p(-1e-9);

/** Solve P(ftp) = target for an increasing P over the report's bracket, or explain why not. */
function solveFtp(fn: string, what: string, received: unknown, p: (ftp: number) => number, target: number): number {
  const g = (logFtp: number) => p(Math.exp(logFtp)) - target;
  if (!(g(LOG_LO) < 0 && g(LOG_HI) > 0)) invalid(fn, what, received);
  return Math.exp(findRoot(g, LOG_LO, LOG_HI, { xTolerance: 1e-13 }));
}

/** Inputs of {@link calibrateResearcherFtp}. */
export interface ResearcherCalibration {
  ftpCalendar: number;
  gExp: number;
  increment: number;
}

/**
 * First-trial probability of a researcher-year rule equivalent to a calendar-year ftp.
 *
 * Formula: solve P_res(ftp_res; g_act = g_exp, start 1956, vs 1, 2020→2036)
 * = P_cal(ftp_cal; start 1956, vs 1, 2020→2036) = 16 / (1/ftp_cal + 79) for ftp_res.
 * Source: Davidson (2021) §6.1.1 and App. 10.4 (the report's solve_for_ftp_res). Memoised.
 *
 * @example calibrateResearcherFtp({ ftpCalendar: 1 / 300, gExp: 0.043, increment: 0.01 }) // 0.000801884428345…
 */
export const calibrateResearcherFtp = memoise(
  ({ ftpCalendar, gExp, increment }: ResearcherCalibration): number => {
    const target = probabilityWithin({ ftp: ftpCalendar, virtualSuccesses: 1 }, 2020 - 1956, 16);
    const growth = { start: 1956, gAct: gExp, gExp };
    const r1956 = logCumulativeResearcherYears(1956, growth);
    const r2020 = logCumulativeResearcherYears(2020, growth);
    const r2036 = logCumulativeResearcherYears(2036, growth);
    const n = countTrials(r2020 - r1956, increment);
    const m = countTrials(r2036 - r2020, increment);
    return solveFtp(
      'calibrateResearcherFtp',
      `ftpCalendar whose 2020–2036 probability (${target}) a researcher-year rule with gExp ${gExp} can match`,
      ftpCalendar,
      (ftp) => probabilityWithin({ ftp, virtualSuccesses: 1 }, n, m),
      target,
    );
  },
  (c) => `${c.ftpCalendar}|${c.gExp}|${c.increment}`,
);

/** Inputs of {@link calibrateComputeFtp}. */
export interface ComputeCalibration {
  ftpResearcher: number;
  relativeImportance: number;
}

/**
 * First-trial probability of a compute rule in which one doubling of researcher-years is worth
 * X doublings of compute.
 *
 * Formula: solve P(success within X trials | 5 failures; vs 1, ftp_comp)
 * = P(success within 1 trial | 5 failures; vs 1, ftp_res) for ftp_comp.
 * Source: Davidson (2021) §6.2.2.1 (the report's solve_for_ftp_comp, n = 5). Memoised.
 *
 * @example calibrateComputeFtp({ ftpResearcher: 0.01, relativeImportance: 1 }) // 0.01 (X = 1 changes nothing)
 */
export const calibrateComputeFtp = memoise(
  ({ ftpResearcher, relativeImportance }: ComputeCalibration): number => {
    const target = probabilityWithin({ ftp: ftpResearcher, virtualSuccesses: 1 }, 5, 1);
    return solveFtp(
      'calibrateComputeFtp',
      `relativeImportance whose ${relativeImportance} compute trials can match one researcher trial (${target})`,
      relativeImportance,
      (ftp) => probabilityWithin({ ftp, virtualSuccesses: 1 }, 5, relativeImportance),
      target,
    );
  },
  (c) => `${c.ftpResearcher}|${c.relativeImportance}`,
);

/** Inputs of {@link calibrateAnchorFtp}. */
export interface AnchorCalibration {
  /** Trials between the anchor's regime start and its anchor compute. */
  trials: number;
  virtualSuccesses: number;
}

/**
 * First-trial probability that gives a 50% chance of success by the anchor compute.
 *
 * Formula: solve 1 − B(α, β + K) / B(α, β) = ½ with α = vs, β = vs/ftp − vs, K = `trials`
 * (for vs = 1 the answer is 1/(K + 1)).
 * Source: Davidson (2021) §6.2.2.2 (lifetime and evolutionary anchors). Memoised.
 *
 * @example calibrateAnchorFtp({ trials: 99, virtualSuccesses: 1 }) // 0.01
 */
export const calibrateAnchorFtp = memoise(
  ({ trials, virtualSuccesses }: AnchorCalibration): number =>
    solveFtp(
      'calibrateAnchorFtp',
      `an anchor reachable in ${trials} trials`,
      trials,
      (ftp) => probabilityWithin({ ftp, virtualSuccesses }, 0, trials),
      0.5,
    ),
  (c) => `${c.trials}|${c.virtualSuccesses}`,
);
