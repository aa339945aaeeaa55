/**
 * What the widget draws, computed from the model: one frame of the run on the left (the network,
 * its linearisation and the infinite-width prediction over the input range) and its tangent
 * tickets. Runs in the Web Worker and, for the no-JavaScript first frame, at build time.
 */
import { analyticKernels, infinitePrediction, deltas, forward, jvp, type Activations, type Inputs, halfMse, relativeDistance, initRun, linearDelta, linearPredict, runLayout, trainSteps, type TangentConfig, type TangentRun, tangentTickets, type TicketCurve } from '@intermittent-distillations/compute/tangent';

/** Points across [−3, 3] for the 1-D curves; side of the 2-D surfaces' grid. */
export const CURVE_POINTS = 121;
export const SURFACE_GRID = 28;
/**
 * Above this many parameters a frame skips the tickets while training (the island asks for them
 * when paused): sorting and summing P × 97 contributions costs more than the frame's training.
 */
export const TICKETS_WHILE_TRAINING = 20_000;

/** One drawable state of the run: plain arrays, postable and serialisable into the page. */
export interface Frame {
  step: number;
  totalSteps: number;
  inputDim: 1 | 2;
  /** display extent: [x0, x1] or [x0, x1, y0, y1] */
  extent: number[];
  /** 1-D: x of each curve point; 2-D: empty (the grid is SURFACE_GRID² over the extent, row 0 at the bottom) */
  xs: number[];
  /** the network, its linearisation and the infinite-width prediction at this step, on the curve or grid */
  network: number[];
  linear: number[];
  infinite: number[];
  /** training points in display units: x (and y for 2-D) with their targets */
  train: { x: number[]; y: number[]; target: number[] };
  trainLoss: number;
  linearTrainLoss: number;
  testLoss: number;
  linearTestLoss: number;
  infiniteTestLoss: number;
  functionGap: number;
  weightChange: number;
  parameters: number;
  ticket: TicketCurve | null;
}

/** A run with the fixed pieces its frames need: plot inputs and their activations at θ₀, analytic kernels. */
export interface Session {
  run: TangentRun;
  totalSteps: number;
  plot: Inputs;
  plot0: Activations;
  plotDels0: Float64Array[];
  /** analytic NTK Θ(X, X) and Θ(plot, X), Θ(X*, X) for the infinite-width prediction */
  kTrain: Float64Array;
  kPlot: Float64Array;
  kTest: Float64Array;
}

function plotInputs(run: TangentRun): Inputs {
  const { inputDim, extent, inputScale } = run.data;
  if (inputDim === 1) {
    const x = Float64Array.from({ length: CURVE_POINTS }, (_, i) => (extent[0]! + ((extent[1]! - extent[0]!) * i) / (CURVE_POINTS - 1)) / inputScale);
    return { x, count: CURVE_POINTS };
  }
  const n = SURFACE_GRID;
  const x = new Float64Array(2 * n * n);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
    x[2 * (r * n + c)] = extent[0]! + ((extent[1]! - extent[0]!) * (c + 0.5)) / n;
    x[2 * (r * n + c) + 1] = extent[2]! + ((extent[3]! - extent[2]!) * (r + 0.5)) / n;
  }
  return { x, count: n * n };
}

/**
 * Start a session: the run at step 0 plus the plot inputs' activations at θ₀ and the analytic kernels.
 * @example createSession(runConfig(defaults(tangentSchema)), 2000).run.step // 0
 */
export function createSession(config: TangentConfig, totalSteps: number): Session {
  const run = initRun(config);
  const layout = runLayout(run);
  const plot = plotInputs(run);
  const plot0 = forward(layout, run.theta0, plot);
  const opts = { inputDim: run.data.inputDim, depth: config.depth };
  return {
    run,
    totalSteps,
    plot,
    plot0,
    plotDels0: deltas(layout, run.theta0, plot0),
    kTrain: analyticKernels(run.data.train.x, run.data.train.x, opts).ntk,
    kPlot: analyticKernels(plot.x, run.data.train.x, opts).ntk,
    kTest: analyticKernels(run.data.test.x, run.data.train.x, opts).ntk,
  };
}

/**
 * Train up to `steps` more steps (not past the schedule's end), spending at most about `budgetMs`.
 * @example advance(session, 100, Infinity).run.step // 100
 */
export function advance(session: Session, steps: number, budgetMs: number, now: () => number = () => performance.now()): Session {
  const start = now();
  let run = session.run;
  const target = Math.min(session.totalSteps, run.step + steps);
  // one step to time a step, then the rest of the budget in one call (each call copies θ once)
  let chunk = 1;
  while (run.step < target) {
    const t = now();
    run = trainSteps(run, Math.min(chunk, target - run.step));
    const perStep = Math.max((now() - t) / chunk, 1e-3);
    const left = budgetMs - (now() - start);
    if (left <= 0) break;
    chunk = Math.max(1, Math.floor(left / perStep));
  }
  return { ...session, run };
}

const list = (a: ArrayLike<number>) => Array.from(a);

/**
 * The frame of a session at its step: the network on the plot inputs (forward pass at θ_t), the
 * linearisation by one JVP at θ₀ along Δθ_lin, the infinite-width prediction at the same step, and
 * (if asked) the tangent tickets.
 * @example frameOf(createSession(config, 2000), { tickets: false }).step // 0
 */
export function frameOf(session: Session, options: { tickets: boolean }): Frame {
  const { run, plot } = session;
  const layout = runLayout(run);
  const { data } = run;
  const network = forward(layout, run.theta, plot).out;
  const delta = linearDelta(run);
  const lin = jvp(layout, run.theta0, plot, session.plot0, delta).map((d, i) => session.plot0.out[i]! + d);
  const eta = run.config.learningRate;
  const inf = infinitePrediction({ kernel: session.kTrain, cross: session.kPlot, y: data.train.y, learningRate: eta, time: run.step });
  const infTest = infinitePrediction({ kernel: session.kTrain, cross: session.kTest, y: data.train.y, learningRate: eta, time: run.step });
  const fTrain = forward(layout, run.theta, data.train).out;
  const fTest = forward(layout, run.theta, data.test).out;
  const linTest = linearPredict(run, run.kernelTest, run.f0Test);
  const s = data.inputScale;
  const train = data.inputDim === 1
    ? { x: list(data.train.x.map((v) => v * s)), y: [], target: list(data.train.y) }
    : { x: list(data.train.x.filter((_, i) => i % 2 === 0)), y: list(data.train.x.filter((_, i) => i % 2 === 1)), target: list(data.train.y) };
  return {
    step: run.step,
    totalSteps: session.totalSteps,
    inputDim: data.inputDim,
    extent: [...data.extent],
    xs: data.inputDim === 1 ? list(plot.x.map((v) => v * s)) : [],
    network: list(network),
    linear: list(lin),
    infinite: list(inf.test),
    train,
    trainLoss: halfMse(fTrain, data.train.y),
    linearTrainLoss: halfMse(run.linTrain, data.train.y),
    testLoss: halfMse(fTest, data.test.y),
    linearTestLoss: halfMse(linTest, data.test.y),
    infiniteTestLoss: halfMse(infTest.test, data.test.y),
    functionGap: relativeDistance(linTest, fTest),
    weightChange: relativeDistance(run.theta, run.theta0),
    parameters: layout.size,
    ticket: options.tickets ? tangentTickets(run) : null,
  };
}

/**
 * The frame of a run trained to `step` (0: its starting frame), as the worker would show it there:
 * the build uses it for an instance's start state, so the page's first frame is that state.
 * Tickets are included once the network has stepped (the worker computes them when it stops).
 * @example frameAt(runConfig(defaults(tangentSchema)), 2000, 0).step // 0
 */
export function frameAt(config: TangentConfig, totalSteps: number, step: number): Frame {
  let session = createSession(config, totalSteps);
  if (step > 0) session = advance(session, step, Infinity);
  return frameOf(session, { tickets: step > 0 });
}
