import { expectedTrialProbability, logConditionalSurvival, probabilityWithin, type RuleBelief } from './betaBinomial';
import { calibrateAnchorFtp, calibrateComputeFtp, calibrateResearcherFtp } from './calibrateFtp';
import {
  LOG10_BRAIN_DEBUG_FLOP,
  LOG10_EVOLUTION_FLOP,
  LOG10_LIFETIME_FLOP,
  log10LargestCompute,
} from './computeTrajectory';
import { countTrials } from './countTrials';
import { logCumulativeResearcherYears } from './researcherYears';
import type { EvolutionUpdate, Rule, RuleKind } from './types';

/** Context shared by every rule of a scenario. */
export interface RuleContext {
  from: number;
  increment: number;
  evolutionUpdate: EvolutionUpdate;
}

/** A rule reduced to what the hyper-prior needs. */
export interface RuleEvaluation {
  kind: RuleKind;
  /** ln S(from): log probability of no AGI from the regime start through the end of `from`, as weighted. */
  logSurvivalAtFrom: number;
  /** P(AGI by the end of `year` | none by the end of `from`), for from ≤ year ≤ 2100. */
  probabilityBy: (year: number) => number;
  expectedProbabilityNow: number | null;
  ftp: number | null;
  failures: number | null;
}

const LN10 = Math.LN10;

/** A semi-informative rule on a geometric or yearly trial scale. */
function trialRule(
  kind: RuleKind,
  belief: RuleBelief,
  failures: number,
  trialsFromTo: (year: number) => number,
  logSurvivalAtFrom: number,
): RuleEvaluation {
  return {
    kind,
    logSurvivalAtFrom,
    probabilityBy: (year) => probabilityWithin(belief, failures, trialsFromTo(year)),
    expectedProbabilityNow: expectedTrialProbability(belief, failures),
    ftp: belief.ftp,
    failures,
  };
}

/**
 * Reduce one validated rule to its survival at `from` and its conditional forecast.
 *
 * Formula: for the trial rules P(by Y | none by from) = 1 − B(α, β+n+m)/B(α, β+n) with n the trials
 * from the regime start to `from` and m those from `from` to Y (each counted by ⌊ln(Q₂/Q₁)/ln(1+inc)⌋);
 * ln S(from) = ln B(α, β+n) − ln B(α, β). The evolutionary anchor under `report` divides S by
 * S(2020), as the report's code does; log-uniform uses the report's formula (see below).
 * Source: Davidson (2021) §4, §6.1, §6.2.2, §7.3; spec §1–§3.
 *
 * @example evaluateRule({ kind: 'calendar', weight: 1, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 },
 *   { from: 2020, increment: 1e-4, evolutionUpdate: 'report' }).probabilityBy(2036) // 16/379 = 0.0422163588…
 */
export function evaluateRule(rule: Rule, context: RuleContext): RuleEvaluation {
  const { from, increment } = context;
  const geometric = (logQ: (year: number) => number, logQStart: number, belief: RuleBelief, kind: RuleKind) => {
    const logQFrom = logQ(from);
    const n = countTrials(logQFrom - logQStart, increment);
    return trialRule(
      kind,
      belief,
      n,
      (year) => countTrials(logQ(year) - logQFrom, increment),
      logConditionalSurvival(belief, 0, n),
    );
  };
  switch (rule.kind) {
    case 'calendar': {
      const belief = { ftp: rule.ftp, virtualSuccesses: rule.virtualSuccesses };
      const n = from - rule.start;
      return trialRule('calendar', belief, n, (year) => year - from, logConditionalSurvival(belief, 0, n));
    }
    case 'researcher': {
      const ftp = calibrateResearcherFtp({ ftpCalendar: rule.ftpCalendar, gExp: rule.gExp, increment });
      const growth = { start: rule.start, gAct: rule.gAct, gExp: rule.gExp };
      const logR = (year: number) => logCumulativeResearcherYears(year, growth);
      return geometric(logR, logR(rule.start), { ftp, virtualSuccesses: rule.virtualSuccesses }, 'researcher');
    }
    case 'compute': {
      const ftpResearcher = calibrateResearcherFtp({ ftpCalendar: rule.ftpCalendar, gExp: rule.gExp, increment });
      const ftp = calibrateComputeFtp({ ftpResearcher, relativeImportance: rule.relativeImportance });
      const s = Math.log10(rule.spend2036);
      const logC = (year: number) => log10LargestCompute(year, s) * LN10;
      return geometric(logC, logC(1956), { ftp, virtualSuccesses: rule.virtualSuccesses }, 'compute');
    }
    case 'lifetime': {
      const s = Math.log10(rule.spend2036);
      const logC = (year: number) => log10LargestCompute(year, s) * LN10;
      const trials = countTrials(LOG10_LIFETIME_FLOP * LN10 - logC(1956), increment);
      const ftp = calibrateAnchorFtp({ trials, virtualSuccesses: rule.virtualSuccesses });
      return geometric(logC, logC(1956), { ftp, virtualSuccesses: rule.virtualSuccesses }, 'lifetime');
    }
    case 'evolution': {
      const s = Math.log10(rule.spend2036);
      const logC = (year: number) => log10LargestCompute(year, s) * LN10;
      const logStart = LOG10_BRAIN_DEBUG_FLOP * LN10;
      const trials = countTrials((LOG10_EVOLUTION_FLOP - LOG10_BRAIN_DEBUG_FLOP) * LN10, increment);
      const belief = { ftp: calibrateAnchorFtp({ trials, virtualSuccesses: rule.virtualSuccesses }), virtualSuccesses: rule.virtualSuccesses };
      const evaluation = geometric(logC, logStart, belief, 'evolution');
      if (context.evolutionUpdate === 'strict') return evaluation;
      // The report's code weights this rule by P(no AGI from 2020 to `from` | failures through 2020):
      // the failures between 1e21 FLOP and 2020 move its forecasts but never its weight.
      const n2020 = countTrials(logC(2020) - logStart, increment);
      const m = countTrials(logC(from) - logC(2020), increment);
      return { ...evaluation, logSurvivalAtFrom: logConditionalSurvival(belief, n2020, m) };
    }
    case 'log-uniform': {
      const s = Math.log10(rule.spend2036);
      const lo = LOG10_BRAIN_DEBUG_FLOP;
      const hi = LOG10_EVOLUTION_FLOP;
      const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
      const cFrom = clamp(log10LargestCompute(from, s));
      // The report's formula keeps 80% of the mass spread over the OOMs left after `from` rather than
      // renormalising with the 20% on "beyond evolution"; it reproduces the report's §6.2 table.
      return {
        kind: 'log-uniform',
        logSurvivalAtFrom: Math.log1p((-0.8 * (cFrom - lo)) / (hi - lo)),
        probabilityBy: (year) =>
          cFrom >= hi ? 0 : (0.8 * (clamp(log10LargestCompute(year, s)) - cFrom)) / (hi - cFrom),
        expectedProbabilityNow: null,
        ftp: null,
        failures: null,
      };
    }
    case 'impossible':
      return { kind: 'impossible', logSurvivalAtFrom: 0, probabilityBy: () => 0, expectedProbabilityNow: null, ftp: null, failures: null };
  }
}
