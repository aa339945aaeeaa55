import { invalid } from '../errors';
import { logGamma } from './logGamma';

/**
 * Natural log of the Beta function B(a, b) = Γ(a)Γ(b)/Γ(a+b) for a, b > 0.
 *
 * Formula: ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 * Source: Abramowitz & Stegun, eq. 6.2.2. Working in logs lets the priors model take ratios
 * such as B(α, β + n + m) / B(α, β + n) with n near 10⁶ without overflow.
 *
 * @example logBeta(2, 3) // ln(1/12) = -2.4849066497880004
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !Number.isFinite(a)) invalid('logBeta', 'a finite a > 0', a);
  if (!(b > 0) || !Number.isFinite(b)) invalid('logBeta', 'a finite b > 0', b);
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
