import { invalid } from '../errors';

/** log₁₀ of the largest training spend in 2020 ($): 10^6.7 ≈ $5M. */
export const LOG10_SPEND_2020 = 6.7;
/** log₁₀ of the 1956 spend the report's tables use ($10; its text says $1). */
export const LOG10_SPEND_1956 = 1;
/** log₁₀ FLOP of brain-debugging compute, where the evolutionary anchor's regime starts. */
export const LOG10_BRAIN_DEBUG_FLOP = 21;
/** log₁₀ FLOP of evolution compute. */
export const LOG10_EVOLUTION_FLOP = 41;
/** log₁₀ FLOP of a human lifetime's compute (lifetime anchor). */
export const LOG10_LIFETIME_FLOP = 24;

/**
 * log₁₀ of the price of compute ($/FLOP) in a year of the model: 1956 or 2020–2100.
 *
 * Formula: 1956: −6; 2020: −17; 2036: −19; geometric between 2020 and 2036
 * (−17 − 2(y − 2020)/16); after 2036 it halves every 2.5 years (−19 − log₁₀2·(y − 2036)/2.5).
 * Source: Davidson (2021) §6.2.1 and spec §2. The report's code uses a hand table for 2021–2035
 * (e.g. 2025: −18 rather than −17.625); results for 2036 and later do not depend on those years.
 *
 * @example log10ComputePrice(2028) // -18
 */
export function log10ComputePrice(year: number): number {
  if (year === 1956) return -6;
  if (!Number.isInteger(year) || year < 2020 || year > 2100) invalid('log10ComputePrice', 'year 1956 or an integer in [2020, 2100]', year);
  if (year <= 2036) return -17 - (2 * (year - 2020)) / 16;
  return -19 - (Math.log10(2) * (year - 2036)) / 2.5;
}

/**
 * log₁₀ of the largest training spend ($) in a year of the model: 1956 or 2020–2100.
 *
 * Formula: 1956: 1; for 2020 ≤ y ≤ 2036, log₁₀S(y) = log₁₀S₂₀₃₆ − b(2036 − y)² with
 * b = (log₁₀S₂₀₃₆ − 6.7)/256; constant after 2036.
 * Source: Davidson (2021) §6.2.1; the report's code (generate_spending_dict).
 *
 * @example log10LargestSpend(2028, 9) // 9 - 2.3 * 64 / 256 = 8.425
 */
export function log10LargestSpend(year: number, log10Spend2036: number): number {
  if (year === 1956) return LOG10_SPEND_1956;
  if (!Number.isInteger(year) || year < 2020 || year > 2100) invalid('log10LargestSpend', 'year 1956 or an integer in [2020, 2100]', year);
  if (!(log10Spend2036 > LOG10_SPEND_2020)) invalid('log10LargestSpend', `log10Spend2036 > ${LOG10_SPEND_2020}`, log10Spend2036);
  if (year >= 2036) return log10Spend2036;
  const b = (log10Spend2036 - LOG10_SPEND_2020) / 256;
  return log10Spend2036 - b * (2036 - year) ** 2;
}

/**
 * log₁₀ of the largest training compute (FLOP) in a year: C(y) = S(y) / P(y).
 *
 * Formula: log₁₀C = log₁₀S − log₁₀P (see {@link log10LargestSpend}, {@link log10ComputePrice}).
 * Source: Davidson (2021) §6.2.1.
 *
 * @example log10LargestCompute(2036, 9) // 28
 */
export function log10LargestCompute(year: number, log10Spend2036: number): number {
  return log10LargestSpend(year, log10Spend2036) - log10ComputePrice(year);
}
