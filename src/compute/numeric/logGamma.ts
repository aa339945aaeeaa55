import { invalid } from '../errors';

const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Natural log of the gamma function for x > 0.
 *
 * Formula: Stirling's series ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + Σₖ B₂ₖ / (2k(2k−1) x^(2k−1)),
 * used for x ≥ 15 (truncated after the x⁻¹¹ term, error below 1e-15 there), and the recurrence
 * ln Γ(x) = ln Γ(x + k) − ln(x(x+1)…(x+k−1)) to lift smaller x into that range.
 * Source: Abramowitz & Stegun, Handbook of Mathematical Functions, eq. 6.1.40 and 6.1.15.
 * The asymptotic series (not Lanczos) is chosen because the priors model takes ln Γ of arguments
 * near 10⁶ and differences them; Stirling's series keeps the absolute error there at rounding level.
 *
 * @example logGamma(5) // ln 24 = 3.1780538303479458
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) invalid('logGamma', 'a finite number > 0', x);
  let shift = 0;
  let product = 1;
  while (x < 15) {
    product *= x;
    x += 1;
    // Keeps the running product far from overflow or underflow for tiny x.
    if (product > 1e250 || product < 1e-250) {
      shift += Math.log(product);
      product = 1;
    }
  }
  shift += Math.log(product);
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360))))));
  return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + series - shift;
}
