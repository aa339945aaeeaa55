import { invalid } from '../errors';

const FRACTION = /^\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*(?:\/\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*)?$/i;

/**
 * Read a probability strictly between 0 and 1 given as a number or as a decimal or fraction string.
 *
 * Formula: "a/b" ↦ a ÷ b, "0.01" ↦ 0.01; the result must lie in (0, 1) because a first-trial
 * probability of 0 or 1 makes the Beta prior degenerate (report §3: ftp = α / (α + β)).
 * Source: the report's web tool accepts ftp as "1/300"-style fractions (report §4.2 lists ftps so).
 *
 * @param field the name used in the error message, e.g. "rules[0].ftp".
 * @example parseFraction('1/300') // 0.0033333333333333335
 * @example parseFraction('abc') // throws "parseFraction: expected ftp as a number or a fraction like \"1/300\", received \"abc\""
 */
export function parseFraction(value: unknown, field = 'ftp', fn = 'parseFraction'): number {
  let result: number;
  if (typeof value === 'number') {
    result = value;
  } else if (typeof value === 'string') {
    const match = FRACTION.exec(value);
    if (!match) invalid(fn, `${field} as a number or a fraction like "1/300"`, value);
    const numerator = Number(match[1]);
    const denominator = match[2] === undefined ? 1 : Number(match[2]);
    if (denominator === 0) invalid(fn, `${field} with a non-zero denominator`, value);
    result = numerator / denominator;
  } else {
    invalid(fn, `${field} as a number or a fraction like "1/300"`, value);
  }
  if (!Number.isFinite(result) || !(result > 0 && result < 1)) invalid(fn, `${field} in (0, 1)`, value);
  return result;
}
