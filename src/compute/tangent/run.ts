import { invalid } from '../errors';
import { createRng } from '../random/rng';
import { empiricalNtk, type KernelSide } from './empiricalNtk';
import { deltas, forward, initParams, networkLayout, parameterisations, vjp, type Inputs, type Layout, type Parameterisation } from './network';
import { makeTask, tangentTasks, type TangentTask, type TaskData } from './tasks';

/** One network and its linearisation, as the reader or a scenario configures them. */
export interface TangentConfig {
  seed: number;
  task: TangentTask;
  depth: number;
  width: number;
  parameterisation: Parameterisation;
  /** η (mean-field multiplies it by the width, see networkLayout) */
  learningRate: number;
}

/**
 * The plain, serialisable state of a run: the network at θ_t beside its linearisation at θ₀,
 * trained by the same full-batch gradient descent. The linearisation runs in function space with
 * the empirical NTK frozen at θ₀ (exact; parameterSpaceStep is the equivalent JVP route), and keeps
 * the summed residuals R = Σ_s r_s, from which Δθ_lin = −(η/N) P Jᵀ R.
 */
export interface TangentRun {
  config: TangentConfig;
  step: number;
  data: TaskData;
  theta0: Float64Array;
  theta: Float64Array;
  f0Train: Float64Array;
  f0Test: Float64Array;
  /** Θ̂₀(X, X), N × N, and Θ̂₀(X*, X), M × N */
  kernelTrain: Float64Array;
  kernelTest: Float64Array;
  /** f_lin on the training inputs at the current step */
  linTrain: Float64Array;
  residualSum: Float64Array;
}

/** The layout of a run's network. */
export function runLayout(run: Pick<TangentRun, 'config' | 'data'>): Layout {
  const { depth, width, parameterisation } = run.config;
  return networkLayout({ inputDim: run.data.inputDim, depth, width, parameterisation });
}

/**
 * The kernel view of a batch at θ: inputs, pre-activations and back-propagated signals.
 * @example kernelSide(layout, theta, data.train).acts.out // f(X)
 */
export function kernelSide(layout: Layout, theta: Float64Array, inputs: Inputs): KernelSide {
  const acts = forward(layout, theta, inputs);
  return { inputs, acts, dels: deltas(layout, theta, acts) };
}

// The network's weights are drawn from a stream apart from the 2-D data's, both from the one seed.
const WEIGHT_STREAM = 0x9e3779b9;

function checkConfig(c: TangentConfig): void {
  const fn = 'initRun';
  if (typeof c !== 'object' || c === null) invalid(fn, 'a config object', c);
  if (!Number.isInteger(c.seed) || c.seed < 0 || c.seed > 2 ** 32 - 1) invalid(fn, 'seed an integer in 0 … 4294967295', c.seed);
  if (!tangentTasks.includes(c.task)) invalid(fn, `task one of ${tangentTasks.join(', ')}`, c.task);
  if (!parameterisations.includes(c.parameterisation)) invalid(fn, `parameterisation one of ${parameterisations.join(', ')}`, c.parameterisation);
  if (!(Number.isFinite(c.learningRate) && c.learningRate > 0 && c.learningRate <= 10)) invalid(fn, 'learningRate in (0, 10]', c.learningRate);
}

/**
 * Start a run at step 0: draw θ₀ from the seed, evaluate f₀ and the empirical NTK at θ₀ on the
 * training and test inputs.
 * @example initRun({ seed: 1, task: 'sin', depth: 1, width: 64, parameterisation: 'ntk', learningRate: 0.5 }).step // 0
 */
export function initRun(config: TangentConfig): TangentRun {
  checkConfig(config);
  const data = makeTask(config.task, config.seed);
  const layout = networkLayout({ inputDim: data.inputDim, depth: config.depth, width: config.width, parameterisation: config.parameterisation });
  const theta0 = initParams(layout, createRng((config.seed ^ WEIGHT_STREAM) >>> 0));
  const train = kernelSide(layout, theta0, data.train);
  const test = kernelSide(layout, theta0, data.test);
  return {
    config: { ...config },
    step: 0,
    data,
    theta0,
    theta: Float64Array.from(theta0),
    f0Train: Float64Array.from(train.acts.out),
    f0Test: Float64Array.from(test.acts.out),
    kernelTrain: empiricalNtk(layout, train, train),
    kernelTest: empiricalNtk(layout, test, train),
    linTrain: Float64Array.from(train.acts.out),
    residualSum: new Float64Array(data.train.count),
  };
}

/**
 * Apply −η·P·g to θ in place: each layer's weights and biases with their learning-rate multiplier.
 * @example applyStep(layout, theta, grad, 0.5) // θ ← θ − 0.5·P·grad
 */
export function applyStep(layout: Layout, theta: Float64Array, grad: Float64Array, eta: number): void {
  for (const { wOffset, bOffset, fanOut, lrWeight, lrBias } of layout.layers) {
    const sw = eta * lrWeight;
    for (let p = wOffset; p < bOffset; p++) theta[p]! -= sw * grad[p]!;
    const sb = eta * lrBias;
    for (let p = bOffset; p < bOffset + fanOut; p++) theta[p]! -= sb * grad[p]!;
  }
}

/**
 * Advance a run by `steps` full-batch gradient-descent steps on L = (1/2N) Σ (f(xᵢ) − yᵢ)², for the
 * network (θ ← θ − η P ∇L) and its linearisation in function space
 * (f_lin ← f_lin − (η/N) Θ̂₀(X, X)(f_lin − Y)). Returns a new run; the input is not mutated.
 * Source: spec "The network", "The linearisation"; Lee et al. 2019 eq. 8–9.
 * @example trainSteps(initRun(config), 10).step // 10
 */
export function trainSteps(run: TangentRun, steps: number): TangentRun {
  if (!Number.isInteger(steps) || steps < 0) invalid('trainSteps', 'steps a whole number ≥ 0', steps);
  const layout = runLayout(run);
  const { train } = run.data;
  const n = train.count;
  const eta = run.config.learningRate;
  const theta = Float64Array.from(run.theta);
  const linTrain = Float64Array.from(run.linTrain);
  const residualSum = Float64Array.from(run.residualSum);
  const grad = new Float64Array(layout.size);
  const g = new Float64Array(n);
  const r = new Float64Array(n);
  let acts = forward(layout, theta, train);
  let dels = deltas(layout, theta, acts);
  const k = run.kernelTrain;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) g[i] = (acts.out[i]! - train.y[i]!) / n;
    vjp(layout, train, acts, dels, g, grad);
    applyStep(layout, theta, grad, eta);
    acts = forward(layout, theta, train, acts);
    dels = deltas(layout, theta, acts, dels);
    for (let i = 0; i < n; i++) {
      r[i] = linTrain[i]! - train.y[i]!;
      residualSum[i]! += r[i]!;
    }
    for (let i = 0; i < n; i++) {
      let s2 = 0;
      for (let j = 0; j < n; j++) s2 += k[i * n + j]! * r[j]!;
      linTrain[i]! -= (eta / n) * s2;
    }
  }
  return { ...run, step: run.step + steps, theta, linTrain, residualSum };
}

/**
 * The linearisation's predictions on any inputs from Θ̂₀(x, X) and f₀(x):
 * f_lin(x) = f₀(x) − (η/N) Θ̂₀(x, X) R with R the summed training residuals.
 * @example linearPredict(run, run.kernelTest, run.f0Test) // f_lin(X*)
 */
export function linearPredict(run: TangentRun, cross: Float64Array, f0: Float64Array): Float64Array {
  const n = run.data.train.count;
  if (cross.length !== f0.length * n) invalid('linearPredict', `a cross kernel of ${f0.length} × ${n}`, cross.length);
  const c = run.config.learningRate / n;
  return f0.map((f, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += cross[j * n + i]! * run.residualSum[i]!;
    return f - c * s;
  });
}

/**
 * The linearisation's parameter change Δθ_lin = θ_lin − θ₀ = −(η/N) P Jᵀ R, one VJP at θ₀.
 * @example linearDelta(trainSteps(run, 1)) // −η P ∇L(θ₀)
 */
export function linearDelta(run: TangentRun): Float64Array {
  const layout = runLayout(run);
  const side = kernelSide(layout, run.theta0, run.data.train);
  const n = run.data.train.count;
  const grad = vjp(layout, run.data.train, side.acts, side.dels, run.residualSum.map((v) => v / n), new Float64Array(layout.size));
  const delta = new Float64Array(layout.size);
  applyStep(layout, delta, grad, run.config.learningRate);
  return delta;
}
