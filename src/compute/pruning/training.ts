import * as tf from '@tensorflow/tfjs-core';
import { invalid } from '../errors';
import { createRng, nextRandom, seedToState } from '../random/rng';
import type { LabelledSet } from './datasets';
import { initScores, initWeights, type WeightInit } from './init';
import { maskedWeights } from './maskedWeights';
import { affine, inputAffine, relu, signActivation } from './ops';
import { binarisesWeights, methods, type Method } from './methods';
import { backwardLayers, crossEntropyHost, forwardLayers, uploadLayer } from './devicePass';
import { hostLayer, refreshMask, topKScratch, updateLayer, type HostLayer, type TopKScratch } from './hostLayers';

export { binarisesWeights, methods, type Method } from './methods';

/** Optimiser: SGD with momentum 0.9 (the papers' configs) or Adam. */
export type OptimizerName = 'sgd' | 'adam';

/** Everything that defines a run; the data is passed separately. */
export interface TrainingConfig {
  method: Method;
  /** widths of the hidden ReLU layers */
  hidden: number[];
  /** fraction of each layer's weights (bias row included) that is kept, k in (0, 1] */
  keep: number;
  init: WeightInit;
  epochs: number;
  batchSize: number;
  learningRate: number;
  optimizer: OptimizerName;
  /** L2 penalty on the trained tensor (scores, or weights for dense) */
  weightDecay: number;
  seed: number;
}

/** Train/test sets and the number of classes. */
export interface TrainingData {
  train: LabelledSet;
  test: LabelledSet;
  classes: number;
}

/**
 * Backend copies of a layer for the reference pieces (effectiveWeights, the straight-through
 * test): refreshed from the host arrays at the end of every trainSteps call, never per step.
 */
interface LayerTensors {
  /** weights, (fanIn + 1) × fanOut; the last row is the bias. A Variable only for dense. */
  weights: tf.Tensor | tf.Variable;
  /** sign(W), for biprop */
  signs?: tf.Tensor;
  scores?: tf.Variable;
}

/**
 * A run in progress. Plain fields can be copied and posted; `tensors` and `host` belong to the
 * TensorFlow.js engine of the thread that made them. `trainSteps` updates the variables in place
 * and returns a fresh object, so only the newest state is meaningful; `disposeTraining` frees it.
 */
export interface TrainingState {
  config: TrainingConfig;
  classes: number;
  /** layer shapes [fanIn + 1, fanOut] */
  shapes: [number, number][];
  step: number;
  stepsPerEpoch: number;
  totalSteps: number;
  /** mulberry32 state of the batch shuffler */
  rngState: number;
  /** permutation of the training rows for the current epoch */
  order: Int32Array;
  tensors: {
    layers: LayerTensors[];
    xTrain: tf.Tensor2D;
    yTrain: tf.Tensor1D;
    xTest: tf.Tensor2D;
    yTest: tf.Tensor1D;
  };
  /**
   * The truth of the run, updated in place by trainSteps: per layer the weights, scores, optimiser
   * slots, mask and W_eff (see hostLayers.ts); a copy of the weights at initialisation, kept to
   * prove the frozen ones never change; |W| for biprop's α; reused buffers for the top-k and batches.
   */
  host: {
    initialWeights: Float32Array[];
    absWeights: Float32Array[];
    layers: HostLayer[];
    scratch: TopKScratch;
    batch: { x: Float32Array; xT: Float32Array; y: Int32Array; dz: Float32Array };
  };
  data: TrainingData;
}

/** Metrics of a `trainSteps` call. */
export interface StepMetrics {
  steps: number;
  /** mean training cross-entropy (nats) over those steps; null when no step ran */
  loss: number | null;
  /** fraction of training examples in those batches classified correctly; null when no step ran */
  batchAccuracy: number | null;
  learningRate: number;
}

const positiveInt = (v: number) => Number.isInteger(v) && v > 0;

function checkConfig(c: TrainingConfig, data: TrainingData): void {
  const fn = 'initTraining';
  if (!methods.includes(c.method)) invalid(fn, `method one of ${methods.join(', ')}`, c.method);
  if (!Array.isArray(c.hidden) || c.hidden.length > 4 || !c.hidden.every((h) => positiveInt(h) && h <= 4096)) {
    invalid(fn, 'hidden a list of at most 4 integer widths in 1 … 4096', c.hidden);
  }
  if (!(c.keep > 0 && c.keep <= 1)) invalid(fn, 'keep in (0, 1]', c.keep);
  if (c.init !== 'kaiming-normal' && c.init !== 'signed-constant') invalid(fn, 'init kaiming-normal or signed-constant', c.init);
  if (!positiveInt(c.epochs)) invalid(fn, 'epochs a positive integer', c.epochs);
  if (!positiveInt(c.batchSize) || c.batchSize > data.train.count) {
    invalid(fn, `batchSize an integer in 1 … ${data.train.count} (the training set)`, c.batchSize);
  }
  if (!(c.learningRate > 0 && c.learningRate <= 10)) invalid(fn, 'learningRate in (0, 10]', c.learningRate);
  if (c.optimizer !== 'sgd' && c.optimizer !== 'adam') invalid(fn, 'optimizer sgd or adam', c.optimizer);
  if (!(c.weightDecay >= 0 && c.weightDecay < 1)) invalid(fn, 'weightDecay in [0, 1)', c.weightDecay);
  if (!Number.isFinite(c.seed)) invalid(fn, 'a finite seed', c.seed);
  if (data.train.features !== data.test.features) invalid(fn, 'train and test with the same features', data.test.features);
}

// tf.variable adds a reference to its initial value, which would otherwise leak
function variableFrom(t: tf.Tensor, trainable: boolean): tf.Variable {
  const v = tf.variable(t, trainable);
  t.dispose();
  return v;
}

function permutation(n: number, state: number): [Int32Array, number] {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let s = state;
  for (let i = n - 1; i > 0; i--) {
    const [u, next] = nextRandom(s);
    s = next;
    const j = Math.floor(u * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return [order, s];
}

/**
 * Start a run: draw the frozen weights (Kaiming normal or signed constant, bias as an extra
 * input row drawn like the weights — Ramanujan et al. 2020 §4.1; biases are needed because a
 * bias-free ReLU net is positively homogeneous), the scores (Kaiming uniform) and the first
 * epoch's shuffle, all from `config.seed`.
 * @example initTraining(config, generatePlanar('moons', { seed: 1 })).shapes // [[3, 64], [65, 2]] for hidden [64]
 */
export function initTraining(config: TrainingConfig, data: TrainingData): TrainingState {
  checkConfig(config, data);
  const rng = createRng(config.seed);
  const widths = [data.train.features, ...config.hidden, data.classes];
  const shapes: [number, number][] = [];
  const initialWeights: Float32Array[] = [];
  const absWeights: Float32Array[] = [];
  const layers: LayerTensors[] = [];
  const hosts: HostLayer[] = [];
  let topK = topKScratch(0);
  const scratch = (n: number) => (topK.bits.length >= n ? topK : (topK = topKScratch(n)));
  for (let l = 0; l + 1 < widths.length; l++) {
    const fanIn = widths[l]! + 1;
    const fanOut = widths[l + 1]!;
    shapes.push([fanIn, fanOut]);
    const w = initWeights(config.init, fanIn, fanOut, rng);
    const s = initScores(fanIn, fanOut, rng);
    initialWeights.push(w);
    absWeights.push(w.map(Math.abs));
    const host = hostLayer(config.method, w.slice(), s, fanIn, fanOut, config.optimizer === 'adam' ? 2 : 1);
    refreshMask(host, config.method, config.keep, scratch(fanIn * fanOut));
    hosts.push(host);
    if (config.method === 'dense') {
      layers.push({ weights: variableFrom(tf.tensor2d(w, [fanIn, fanOut]), true) });
    } else {
      const weights = tf.tensor2d(w, [fanIn, fanOut]);
      layers.push({
        weights,
        signs: binarisesWeights(config.method) ? tf.sign(weights) : undefined,
        scores: variableFrom(tf.tensor2d(s, [fanIn, fanOut]), true),
      });
    }
  }
  const stepsPerEpoch = Math.floor(data.train.count / config.batchSize);
  const [order, rngState] = permutation(data.train.count, seedToState(rng.state()));
  const f = data.train.features;
  return {
    config: { ...config, hidden: [...config.hidden] },
    classes: data.classes,
    shapes,
    step: 0,
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * config.epochs,
    rngState,
    order,
    tensors: {
      layers,
      xTrain: tf.tensor2d(data.train.x, [data.train.count, f]),
      yTrain: tf.tensor1d(Int32Array.from(data.train.y), 'int32'),
      xTest: tf.tensor2d(data.test.x, [data.test.count, f]),
      yTest: tf.tensor1d(Int32Array.from(data.test.y), 'int32'),
    },
    host: {
      initialWeights,
      absWeights,
      layers: hosts,
      scratch: topK,
      batch: {
        x: new Float32Array(config.batchSize * f),
        xT: new Float32Array(config.batchSize * f),
        y: new Int32Array(config.batchSize),
        dz: new Float32Array(config.batchSize * data.classes),
      },
    },
    data,
  };
}

/** Current per-layer masks (fresh Float32Arrays of 0/1, from the scores); all ones for dense. */
export function currentMasks(state: TrainingState): Float32Array[] {
  return state.host.layers.map((layer) => (layer.mask ? Float32Array.from(layer.mask) : new Float32Array(layer.weights.length).fill(1)));
}

/**
 * biprop's per-layer gain: the mean |W| over kept weights, α = Σ M⊙|W| / Σ M
 * (Diffenderfer & Kailkhura 2021, §3, eq. for MPT-1/32; recomputed every forward pass).
 * @example bipropAlpha(Float32Array.of(1, 2, 3), Float32Array.of(1, 0, 1)) // 2
 */
export function bipropAlpha(absWeights: Float32Array, mask: Float32Array | Uint8Array): number {
  let sum = 0;
  let kept = 0;
  // multiply instead of branching: half the entries are kept, in no predictable order
  for (let i = 0; i < mask.length; i++) {
    const m = mask[i]! === 0 ? 0 : 1;
    sum += m * absWeights[i]!;
    kept += m;
  }
  if (kept === 0) invalid('bipropAlpha', 'a mask keeping at least one weight', 0);
  return sum / kept;
}

/**
 * Effective weights of every layer for one forward pass (call inside tf.tidy): W (dense),
 * W ⊙ M (edge-popup) or α·sign(W) ⊙ M (biprop), each a thunk so it is built under the tape.
 * @example effectiveWeights(state, currentMasks(state)).length // number of layers
 */
export function effectiveWeights(state: TrainingState, masks: Float32Array[]): (() => tf.Tensor)[] {
  return state.tensors.layers.map((layer, l) => {
    if (!layer.scores) return () => layer.weights;
    const shape = state.shapes[l]!;
    const mask = tf.tensor2d(masks[l]!, shape);
    // α = Σ M⊙|W| / Σ M on the backend: the same sum on the host took a tenth of a step
    const coefficient = binarisesWeights(state.config.method)
      ? tf.mul(layer.signs!, tf.div(tf.sum(tf.mul(mask, tf.abs(layer.weights))), tf.sum(mask)))
      : layer.weights;
    const f = maskedWeights(layer.weights, coefficient, mask);
    const scores = layer.scores;
    return () => f(scores);
  });
}

/**
 * Logits of the MLP: ReLU hidden layers (or sign activations for MPT-1/1: the first layer still
 * sees the real input and the last outputs real logits, Diffenderfer & Kailkhura 2021, §4), each
 * layer fed a constant-1 input for its bias row.
 * h_{l+1} = ReLU([h_l, 1] · W_eff,l) or sign(·), logits = [h_L, 1] · W_eff,L.
 * @example forward(tf.tensor2d([[1, 2]]), [w1, w2]).shape // [1, classes]
 */
export function forward(x: tf.Tensor2D, weights: tf.Tensor[], options: { binaryActivations?: boolean } = {}): tf.Tensor2D {
  const activation = options.binaryActivations ? signActivation : relu;
  let h: tf.Tensor2D = x;
  weights.forEach((w, l) => {
    // the data needs no gradient, so the first layer skips ∂L/∂x
    const z = l === 0 ? inputAffine(x)(w) : affine(h, w);
    h = l + 1 < weights.length ? activation(z) : z;
  });
  return h;
}

/** Learning rate after `step` of `total` steps on the cosine schedule lr·½(1 + cos(πt/T)) (Loshchilov & Hutter 2017). */
function cosineRate(lr: number, step: number, total: number): number {
  return lr * 0.5 * (1 + Math.cos((Math.PI * Math.min(step, total)) / total));
}

/**
 * Run `n` minibatch steps (stopping at the end of the schedule) and return the advanced state
 * with the steps' mean loss. Edge-popup/biprop update only the scores (SGD momentum 0.9 or
 * Adam β = (0.9, 0.999), L2 weight decay, cosine schedule over epochs); dense updates the
 * weights. Edge-popup: Ramanujan et al. 2020 Algorithm 1; biprop: Diffenderfer & Kailkhura 2021.
 * @example trainSteps(initTraining(config, data), 10).state.step // 10
 */
export function trainSteps(state: TrainingState, n: number): { state: TrainingState; metrics: StepMetrics } {
  if (!Number.isInteger(n) || n < 0) invalid('trainSteps', 'n a non-negative integer', n);
  const { config, host } = state;
  let { step, order, rngState } = state;
  let lossSum = 0;
  let correct = 0;
  let seen = 0;
  let done = 0;
  let lr = cosineRate(config.learningRate, step, state.totalSteps);
  const bs = config.batchSize;
  const f = state.data.train.features;
  const { x: xb, xT: xbT, y: yb, dz } = host.batch;
  const binaryActivations = config.method === 'biprop-1-1';
  while (done < n && step < state.totalSteps) {
    const inEpoch = step % state.stepsPerEpoch;
    if (inEpoch === 0 && step > 0) [order, rngState] = permutation(order.length, rngState);
    lr = cosineRate(config.learningRate, step, state.totalSteps);
    // the batch is copied on the host, with its transpose for ∂L/∂W₁ = xᵀδ₁: tf.gather of 128 rows
    // took longer than a matMul on wasm
    const rows = order.subarray(inEpoch * bs, (inEpoch + 1) * bs);
    const trainX = state.data.train.x;
    for (let i = 0; i < bs; i++) {
      const r = rows[i]!;
      yb[i] = state.data.train.y[r]!;
      for (let j = 0; j < f; j++) {
        const v = trainX[r * f + j]!;
        xb[i * f + j] = v;
        xbT[j * bs + i] = v;
      }
    }
    const { loss, hits } = tf.tidy(() => {
      const layers = host.layers.map(uploadLayer);
      const pass = forwardLayers(tf.tensor2d(xb, [bs, f]), layers, binaryActivations);
      const result = crossEntropyHost(pass.logits.dataSync() as Float32Array, yb, state.classes, dz);
      if (Number.isFinite(result.loss)) backwardLayers(pass, layers, host.layers, tf.tensor2d(dz, [bs, state.classes]), tf.tensor2d(xbT, [f, bs]), binaryActivations);
      return result;
    });
    if (!Number.isFinite(loss)) invalid('trainSteps', 'a finite loss (lower the learning rate)', loss);
    const settings = { adam: config.optimizer === 'adam', learningRate: lr, weightDecay: config.weightDecay, t: step + 1 };
    for (const layer of host.layers) {
      updateLayer(layer, settings);
      refreshMask(layer, config.method, config.keep, host.scratch);
    }
    lossSum += loss;
    correct += hits;
    seen += bs;
    step++;
    done++;
  }
  if (done > 0) syncTensors(state);
  return {
    state: { ...state, step, order, rngState },
    metrics: { steps: done, loss: done ? lossSum / done : null, batchAccuracy: seen ? correct / seen : null, learningRate: lr },
  };
}

/** Refresh the backend copies of the trained arrays (scores, or dense weights) from the host. */
function syncTensors(state: TrainingState): void {
  state.tensors.layers.forEach((layer, l) => {
    const h = state.host.layers[l]!;
    const target = layer.scores ?? (layer.weights as tf.Variable);
    tf.tidy(() => target.assign(tf.tensor2d(h.scores ?? h.weights, [h.fanIn, h.fanOut])));
  });
}
