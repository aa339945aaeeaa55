import { invalid } from '../errors';

const stirlingTail = (x: number): number => {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return inv * (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360))))));
};

/**
 * ln[Γ(x + a) / Γ(x)] for x, a > 0, accurate even when x is near 10⁶ and a is small.
 *
 * Formula: for x ≥ 15, Stirling's series differenced analytically,
 * (x − ½)·log1p(a/x) + a·ln(x + a) − a + s(x + a) − s(x) with s the series tail, so no term is as
 * large as ln Γ(x) itself; smaller x are lifted with ln[Γ(x+a)/Γ(x)] = ln[Γ(x+1+a)/Γ(x+1)] − log1p(a/x).
 * Source: Abramowitz & Stegun eq. 6.1.40 (Stirling) and 6.1.15 (recurrence). Differencing two
 * logGamma values of size x ln x instead loses about 1e-10 absolute near x = 10⁵, which is the whole
 * answer when a forecast probability is 1e-5.
 *
 * @example logGammaRatio(4, 1) // ln 4 = 1.3862943611198906
 */
export function logGammaRatio(x: number, a: number): number {
  if (!(x > 0) || !Number.isFinite(x)) invalid('logGammaRatio', 'a finite x > 0', x);
  if (!(a > 0) || !Number.isFinite(a)) invalid('logGammaRatio', 'a finite a > 0', a);
  let shift = 0;
  while (x < 15) {
    shift -= Math.log1p(a / x);
    x += 1;
  }
  return (x - 0.5) * Math.log1p(a / x) + a * Math.log(x + a) - a + stirlingTail(x + a) - stirlingTail(x) + shift;
}
