import { invalid } from '../errors';

/** Options for {@link findRoot}. */
export interface FindRootOptions {
  /** Absolute tolerance on x; default 1e-14. */
  xTolerance?: number;
  /** Iteration cap; default 200. */
  maxIterations?: number;
}

/**
 * Brent's method: a root of a continuous f on [lo, hi] where f(lo) and f(hi) differ in sign.
 *
 * Formula: inverse quadratic interpolation or the secant step when it stays inside the bracket and
 * shrinks it fast enough, otherwise bisection; the bracket always keeps a sign change.
 * Source: R. P. Brent, Algorithms for Minimization without Derivatives (1973), ch. 4 (the method
 * scipy's brentq implements, which the report's code uses for its calibrations).
 *
 * @example findRoot((x) => x * x - 2, 0, 2) // 1.4142135623730951
 */
export function findRoot(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: FindRootOptions = {},
): number {
  const xTol = options.xTolerance ?? 1e-14;
  const maxIterations = options.maxIterations ?? 200;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    invalid('findRoot', 'a finite bracket lo < hi', [lo, hi]);
  }
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) invalid('findRoot', 'f defined at both ends', [fa, fb]);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa * fb > 0) invalid('findRoot', 'f(lo) and f(hi) of opposite signs', [fa, fb]);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIterations; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * xTol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (Number.isNaN(fb)) invalid('findRoot', 'f defined inside the bracket', b);
  }
  return b;
}
