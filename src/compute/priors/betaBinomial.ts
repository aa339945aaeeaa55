import { invalid } from '../errors';
import { logGammaRatio } from '../numeric/logGammaRatio';

/** The Beta prior of one update rule, written with the report's parameters. */
export interface RuleBelief {
  /** First-trial probability E₀[p], in (0, 1). */
  ftp: number;
  /** Virtual successes α > 0. */
  virtualSuccesses: number;
}

function shape(fn: string, belief: RuleBelief): [alpha: number, beta: number] {
  const { ftp, virtualSuccesses: vs } = belief;
  if (!(ftp > 0 && ftp < 1)) invalid(fn, 'ftp in (0, 1)', ftp);
  if (!(vs > 0) || !Number.isFinite(vs)) invalid(fn, 'virtualSuccesses > 0', vs);
  return [vs, vs / ftp - vs];
}

function count(fn: string, name: string, n: number): number {
  if (!(n >= 0) || !Number.isFinite(n)) invalid(fn, `${name} ≥ 0`, n);
  return n;
}

/**
 * Log of the probability that the next `trials` trials all fail after `failures` failures.
 *
 * Formula: ln[B(α, β + n + m) / B(α, β + n)] with α = vs, β = vs/ftp − vs, evaluated as
 * ln[Γ(b+α)/Γ(b)] − ln[Γ(b+m+α)/Γ(b+m)] with b = β + n (two moderate numbers, not four huge ones).
 * Source: Davidson (2021) App. 10.2 / spec §1 (the beta-geometric survival function).
 *
 * @example Math.exp(logConditionalSurvival({ ftp: 0.5, virtualSuccesses: 1 }, 1, 2)) // 2/4 = 0.5
 */
export function logConditionalSurvival(belief: RuleBelief, failures: number, trials: number): number {
  const [a, b] = shape('logConditionalSurvival', belief);
  const n = count('logConditionalSurvival', 'failures', failures);
  const m = count('logConditionalSurvival', 'trials', trials);
  return m === 0 ? 0 : logGammaRatio(b + n, a) - logGammaRatio(b + n + m, a);
}

/**
 * Log of the probability that the first `trials` trials all fail: ln S = ln B(α, β + N) − ln B(α, β).
 *
 * Formula: S(N) = B(α, β + N) / B(α, β) with α = vs, β = vs/ftp − vs.
 * Source: Davidson (2021) App. 10.2 / spec §1 (the beta-geometric survival function).
 *
 * @example Math.exp(logSurvival({ ftp: 0.5, virtualSuccesses: 1 }, 3)) // 1/4 (Laplace: 1/(N+1))
 */
export function logSurvival(belief: RuleBelief, trials: number): number {
  return logConditionalSurvival(belief, 0, trials);
}

/**
 * Probability of at least one success in the next `trials` trials after `failures` failures.
 *
 * Formula: 1 − B(α, β + n + m) / B(α, β + n); for α = 1 this is m / (1/ftp + n + m − 1).
 * Source: Davidson (2021) §3 and App. 10.2 (generalised Laplace rule), spec §1.
 *
 * @example probabilityWithin({ ftp: 1 / 300, virtualSuccesses: 1 }, 64, 16) // 16/379 = 0.04221635883905013
 */
export function probabilityWithin(belief: RuleBelief, failures: number, trials: number): number {
  return Math.min(1, Math.max(0, -Math.expm1(logConditionalSurvival(belief, failures, trials))));
}

/**
 * Expected per-trial probability after `failures` failures and no success: E[p | n failures].
 *
 * Formula: α / (α + β + n) = 1 / (1/ftp + n/vs).
 * Source: Davidson (2021) §5.2.2 (table of pr(next trial succeeds) after 50 and 100 failures).
 *
 * @example expectedTrialProbability({ ftp: 1 / 100, virtualSuccesses: 1 }, 50) // 1/150
 */
export function expectedTrialProbability(belief: RuleBelief, failures: number): number {
  shape('expectedTrialProbability', belief);
  const n = count('expectedTrialProbability', 'failures', failures);
  return 1 / (1 / belief.ftp + n / belief.virtualSuccesses);
}
