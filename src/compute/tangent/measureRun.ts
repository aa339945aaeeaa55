import { analyticKernels } from './analyticKernel';
import { empiricalNtk } from './empiricalNtk';
import { infinitePrediction } from './infinitePrediction';
import { forward } from './network';
import { halfMse, relativeDistance } from './norms';
import { kernelSide, linearPredict, runLayout, type TangentRun } from './run';
import { tangentTickets } from './tangentTickets';
import type { TaskData } from './tasks';

/** Every measure of the spec for one run at its current step. */
export interface RunMeasures {
  width: number;
  step: number;
  trainLoss: number;
  testLoss: number;
  linearTrainLoss: number;
  linearTestLoss: number;
  /** ‖f(X*) − f_lin(X*)‖ / ‖f(X*)‖ */
  functionGap: number;
  /** ‖θ_t − θ₀‖ / ‖θ₀‖ */
  weightChange: number;
  /** ‖Θ̂_t − Θ̂₀‖_F / ‖Θ̂₀‖_F on the training inputs */
  kernelChange: number;
  /** ‖Θ̂₀ − Θ‖_F / ‖Θ‖_F on the training inputs */
  ntkError: number;
  /** smallest fraction of parameters recovering 90 % of f_lin − f₀; null before any step */
  ticketShare: number | null;
}

/**
 * Measure a run: losses (L = (1/2N)Σ(f − y)²) of the network and of its linearisation on the training
 * and test inputs, functionGap, weightChange, kernelChange, ntkError (against the analytic NTK of the
 * same depth) and the tangent-ticket share. Kernels are the preconditioned J P Jᵀ (see empiricalNtk).
 * Source: spec "What the demo measures"; Lee et al. 2019 §2.
 * @example measureRun(trainSteps(initRun(config), 2000)).weightChange // ≈ 0.06 at width 4096 (NTK)
 */
export function measureRun(run: TangentRun, options: { tickets?: boolean } = {}): RunMeasures {
  const layout = runLayout(run);
  const { train, test } = run.data;
  const fTest = forward(layout, run.theta, test).out;
  const now = kernelSide(layout, run.theta, train);
  const linTest = linearPredict(run, run.kernelTest, run.f0Test);
  const analytic = analyticKernels(train.x, train.x, { inputDim: run.data.inputDim, depth: run.config.depth }).ntk;
  const ticket = options.tickets === false ? null : tangentTickets(run).share;
  return {
    width: run.config.width,
    step: run.step,
    trainLoss: halfMse(now.acts.out, train.y),
    testLoss: halfMse(fTest, test.y),
    linearTrainLoss: halfMse(run.linTrain, train.y),
    linearTestLoss: halfMse(linTest, test.y),
    functionGap: relativeDistance(linTest, fTest),
    weightChange: relativeDistance(run.theta, run.theta0),
    kernelChange: relativeDistance(empiricalNtk(layout, now, now), run.kernelTrain),
    ntkError: relativeDistance(run.kernelTrain, analytic),
    ticketShare: ticket,
  };
}

/**
 * The infinite-width network (NTK limit, ensemble mean f₀ = 0) after `steps` steps of gradient
 * descent and at t → ∞, with its train and test losses.
 * @example infiniteWidth(makeTask('sin', 1), { depth: 1, learningRate: 0.5, steps: 2000 }).testLoss // small
 */
export function infiniteWidth(data: TaskData, options: { depth: number; learningRate: number; steps: number }) {
  const d = { inputDim: data.inputDim, depth: options.depth };
  const kernel = analyticKernels(data.train.x, data.train.x, d).ntk;
  const cross = analyticKernels(data.test.x, data.train.x, d).ntk;
  const at = infinitePrediction({ kernel, cross, y: data.train.y, learningRate: options.learningRate, time: options.steps });
  const limit = infinitePrediction({ kernel, cross, y: data.train.y, learningRate: options.learningRate, time: Infinity });
  return {
    trainLoss: halfMse(at.train, data.train.y),
    testLoss: halfMse(at.test, data.test.y),
    limitTestLoss: halfMse(limit.test, data.test.y),
    test: at.test,
    limitTest: limit.test,
  };
}
