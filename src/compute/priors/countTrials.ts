import { invalid } from '../errors';

/**
 * Number of whole trials between two values of a growing quantity when a trial is a relative
 * increase of `increment`.
 *
 * Formula: ⌊ln(Q₂/Q₁) / ln(1 + increment)⌋, taking ln(Q₂/Q₁) as input (0 when Q₂ ≤ Q₁).
 * Source: Davidson (2021) §6.1–6.2 and App. 10.10.4; truncation as in the report's code
 * (`number_geometric_increases`, tadamcz/ai-timelines-priors functions.py).
 *
 * @example countTrials(Math.log(2), 0.01) // 69 (⌊0.6931 / 0.00995⌋)
 */
export function countTrials(logRatio: number, increment: number): number {
  if (!Number.isFinite(logRatio)) invalid('countTrials', 'a finite log ratio', logRatio);
  if (!(increment > 0) || !Number.isFinite(increment)) invalid('countTrials', 'increment > 0', increment);
  if (logRatio <= 0) return 0;
  // ln(1 + increment) rounded the way the report's numpy code rounds it, so truncation agrees.
  return Math.floor(logRatio / Math.log(1 + increment));
}
