/**
 * The simplest fraction p/q (q ≤ maxDenominator) that a float stands for, if any: the first
 * continued-fraction convergent within 2⁻⁴⁴ relative error. It recognises 1/300 in
 * 0.0033333333333333335, but not in a rounded decimal like 0.00333 (that needs q = 100000).
 * Formula: convergents h_n/k_n with h_n = a_n·h_{n−1} + h_{n−2}, k_n = a_n·k_{n−1} + k_{n−2}
 * (Khinchin, "Continued Fractions", §2); convergents are the best rational approximations.
 * @example exactFraction(1 / 300, 10000) // { numerator: 1, denominator: 300 }
 * @example exactFraction(0.00333, 10000) // undefined
 */
export function exactFraction(
  value: number,
  maxDenominator: number,
): { numerator: number; denominator: number } | undefined {
  if (!Number.isFinite(value)) return undefined;
  const target = Math.abs(value);
  const sign = value < 0 ? -1 : 1;
  const tolerance = target * 2 ** -44;
  let remainder = target;
  let [hPrev, h] = [0, 1];
  let [kPrev, k] = [1, 0];
  // 64 terms is far beyond any denominator ≤ 2^53; the loop normally stops within a dozen.
  for (let i = 0; i < 64; i++) {
    const a = Math.floor(remainder);
    [hPrev, h] = [h, a * h + hPrev];
    [kPrev, k] = [k, a * k + kPrev];
    if (k > maxDenominator) return undefined;
    if (Math.abs(h / k - target) <= tolerance) return { numerator: sign * h + 0, denominator: k };
    const rest = remainder - a;
    if (rest === 0) return undefined;
    remainder = 1 / rest;
  }
  return undefined;
}
