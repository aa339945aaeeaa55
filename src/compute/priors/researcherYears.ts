import { invalid } from '../errors';

/** The researcher-year trajectory's inputs (growth rates are fractions per year). */
export interface ResearcherGrowth {
  /** Regime start year: 10 researchers then. */
  start: number;
  /** Growth of researchers from the start through 2036 (g_act). */
  gAct: number;
  /** Growth after 2036 (g_exp). */
  gExp: number;
}

/** ln(eˣ + eʸ) without overflow. */
function logAddExp(x: number, y: number): number {
  const hi = Math.max(x, y);
  return hi + Math.log1p(Math.exp(Math.min(x, y) - hi));
}

/**
 * Natural log of the cumulative AI researcher-years R(year) since the regime start.
 *
 * Formula: r(start) = 10, r grows by g_act a year through 2036 and by g_exp after;
 * R(start) = 10/g_act, R(y) = R(y−1) + r(y). In closed form, for start ≤ y ≤ max(start, 2036):
 * R(y) = (10/g)((1+g)^(k+1) − g) with k = y − start, g = g_act; afterwards
 * R(y) = R(T) + r(T)(1+g_exp)((1+g_exp)^(y−T) − 1)/g_exp with T = max(start, 2036).
 * Kept in logs so a regime start in 5000 BC does not overflow.
 * Source: Davidson (2021) §6.1 and App. 10.4; the report's code
 * (research_computation_dictionaries.py, generate_cumulative_researcher_years_dict).
 *
 * @example Math.exp(logCumulativeResearcherYears(1957, { start: 1956, gAct: 0.1, gExp: 0.1 })) // 100 + 11 = 111
 */
export function logCumulativeResearcherYears(year: number, growth: ResearcherGrowth): number {
  const { start, gAct, gExp } = growth;
  if (!Number.isInteger(year) || year < start) invalid('logCumulativeResearcherYears', `an integer year ≥ start ${start}`, year);
  if (!(gAct > 0)) invalid('logCumulativeResearcherYears', 'gAct > 0', gAct);
  if (!(gExp >= 0)) invalid('logCumulativeResearcherYears', 'gExp ≥ 0', gExp);
  const a = Math.log1p(gAct);
  const early = (k: number) => Math.log(10 / gAct) + (k + 1) * a + Math.log1p(-gAct * Math.exp(-(k + 1) * a));
  const pivot = Math.max(start, 2036);
  if (year <= pivot) return early(year - start);
  const logRPivot = early(pivot - start);
  const logrPivot = Math.log(10) + (pivot - start) * a;
  const k = year - pivot;
  const e = Math.log1p(gExp);
  // Σ_{j=1..k} (1+g_exp)^j, which is k when g_exp = 0.
  const logSum = gExp === 0 ? Math.log(k) : e + Math.log(Math.expm1(k * e) / gExp);
  return logAddExp(logRPivot, logrPivot + logSum);
}
