import { invalid } from '../errors';
import { jvp, vjp, type Layout } from './network';
import { applyStep, kernelSide } from './run';
import type { Split } from './tasks';

/**
 * The linearisation trained in parameter space: f_lin(x; θ₀ + Δθ) = f(x; θ₀) + J(x)Δθ by a forward
 * tangent (JVP) pass at θ₀, and Δθ ← Δθ − η P Jᵀ(f_lin(X) − Y)/N by a VJP at θ₀ — the route
 * Neural Tangents' `nt.linearize` takes. Exactly equivalent to the function-space route of
 * trainSteps (tested); O(N · parameters) per step, so the widget uses the kernel route.
 * Source: spec "The linearisation"; Lee et al. 2019 eq. 6.
 * @example linearParameterSteps(layout, theta0, data.train, 0.5, 10).delta.length // layout.size
 */
export function linearParameterSteps(layout: Layout, theta0: Float64Array, train: Split, eta: number, steps: number): { delta: Float64Array; fTrain: Float64Array } {
  if (!Number.isInteger(steps) || steps < 0) invalid('linearParameterSteps', 'steps a whole number ≥ 0', steps);
  const side = kernelSide(layout, theta0, train);
  const n = train.count;
  const delta = new Float64Array(layout.size);
  const grad = new Float64Array(layout.size);
  const g = new Float64Array(n);
  let f = Float64Array.from(side.acts.out);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) g[i] = (f[i]! - train.y[i]!) / n;
    vjp(layout, train, side.acts, side.dels, g, grad);
    applyStep(layout, delta, grad, eta);
    const df = jvp(layout, theta0, train, side.acts, delta);
    f = side.acts.out.map((f0, i) => f0 + df[i]!);
  }
  return { delta, fTrain: f };
}
