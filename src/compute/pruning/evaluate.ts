import * as tf from '@tensorflow/tfjs-core';
import { invalid } from '../errors';
import { forwardLayers, uploadLayer } from './devicePass';
import { binarisesWeights, bipropAlpha, type TrainingState } from './training';

/** One test example as the widget shows it. */
export interface Prediction {
  index: number;
  label: number;
  predicted: number;
  /** softmax probability of the predicted class */
  confidence: number;
}

/** Accuracy and friends on one split. */
export interface Evaluation {
  accuracy: number;
  /** mean cross-entropy in nats */
  loss: number;
  /** confusion[true][predicted] counts */
  confusion: number[][];
  /** the first `predictions` examples of the split */
  predictions: Prediction[];
}

// rows per forward chunk: measured in Node on wasm (MNIST 2 × 512), the 2,000 test digits took
// 2.4× the CPU time in chunks of 250 and 1.3× in chunks of 1,000 against one chunk of 2,000
const CHUNK = 2000;

/** Softmax probabilities of the current network (the host's W_eff, i.e. the current masks) on rows of x. */
function probabilities(state: TrainingState, x: tf.Tensor2D): Float32Array {
  const out = new Float32Array(x.shape[0] * state.classes);
  const binaryActivations = state.config.method === 'biprop-1-1';
  tf.tidy(() => {
    const layers = state.host.layers.map(uploadLayer);
    for (let start = 0; start < x.shape[0]; start += CHUNK) {
      const size = Math.min(CHUNK, x.shape[0] - start);
      tf.tidy(() => {
        const rows = start === 0 && size === x.shape[0] ? x : tf.slice(x, [start, 0], [size, -1]);
        out.set(tf.softmax(forwardLayers(rows, layers, binaryActivations).logits).dataSync(), start * state.classes);
      });
    }
  });
  return out;
}

/**
 * Evaluate the current network on the train or test split: accuracy = mean[argmax p = y],
 * loss = mean −ln p_y, the confusion matrix and the first few predictions.
 * @example evaluate(trainedMoonsState, 'test').accuracy // ≥ 0.95 (checked in the unit tests)
 */
export function evaluate(state: TrainingState, split: 'train' | 'test', options: { predictions?: number } = {}): Evaluation {
  if (split !== 'train' && split !== 'test') invalid('evaluate', 'split train or test', split);
  const { predictions: keepPredictions = 0 } = options;
  const x = split === 'train' ? state.tensors.xTrain : state.tensors.xTest;
  const labels = state.data[split].y;
  const c = state.classes;
  const p = probabilities(state, x);
  const confusion = Array.from({ length: c }, () => new Array<number>(c).fill(0));
  const predictions: Prediction[] = [];
  let correct = 0;
  let loss = 0;
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    for (let j = 1; j < c; j++) if (p[i * c + j]! > p[i * c + best]!) best = j;
    const y = labels[i]!;
    if (best === y) correct++;
    confusion[y]![best]!++;
    // clamp so a saturated softmax gives a large finite loss instead of Infinity
    loss -= Math.log(Math.max(p[i * c + y]!, 1e-12));
    if (i < keepPredictions) predictions.push({ index: i, label: y, predicted: best, confidence: p[i * c + best]! });
  }
  return { accuracy: correct / labels.length, loss: loss / labels.length, confusion, predictions };
}

/**
 * Decision surface of a two-class 2-D run: p(class 1) at the centres of an n × n grid over
 * extent [xMin, xMax, yMin, yMax]; row r, column c is at x = xMin + (c + ½)·Δx,
 * y = yMin + (r + ½)·Δy (row 0 at the bottom).
 * @example decisionGrid(state, 2, [-1, 1, -1, 1]).length // 4
 */
export function decisionGrid(state: TrainingState, n: number, extent: readonly [number, number, number, number]): Float32Array {
  if (state.classes !== 2 || state.data.train.features !== 2) invalid('decisionGrid', 'a two-class 2-D run', `${state.classes} classes`);
  if (!Number.isInteger(n) || n < 1 || n > 256) invalid('decisionGrid', 'n an integer in 1 … 256', n);
  const [x0, x1, y0, y1] = extent;
  const pts = new Float32Array(n * n * 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      pts[2 * (r * n + c)] = x0 + ((c + 0.5) * (x1 - x0)) / n;
      pts[2 * (r * n + c) + 1] = y0 + ((r + 0.5) * (y1 - y0)) / n;
    }
  }
  const x = tf.tensor2d(pts, [n * n, 2]);
  const p = probabilities(state, x);
  x.dispose();
  const out = new Float32Array(n * n);
  for (let i = 0; i < out.length; i++) out[i] = p[2 * i + 1]!;
  return out;
}

/** Plain per-layer summary of the current subnetwork. */
export interface LayerSnapshot {
  shape: [number, number];
  keptFraction: number;
  /** biprop gain, null for edge-popup and dense */
  alpha: number | null;
  /** mask as a bitset, bit i of byte ⌊i/8⌋ (row-major entries, bias row last) */
  maskBits: Uint8Array;
}

/** Plain, postable view of a run (no tensors). */
export interface TrainingSnapshot {
  step: number;
  epoch: number;
  totalSteps: number;
  layers: LayerSnapshot[];
  /** fraction of all weights kept */
  keptFraction: number;
}

/**
 * Snapshot of the masks (as bitsets and kept fractions) and biprop's α per layer.
 * @example snapshot(initTraining({ ...config, keep: 0.5 }, data)).keptFraction // ≈ 0.5
 */
export function snapshot(state: TrainingState): TrainingSnapshot {
  let kept = 0;
  let total = 0;
  const layers = state.host.layers.map((layer, l): LayerSnapshot => {
    const n = layer.weights.length;
    const mask = layer.mask ?? new Uint8Array(n).fill(1);
    const bits = new Uint8Array(Math.ceil(n / 8));
    let count = 0;
    // eight mask bytes to one bit byte (a digits layer is 400k entries, snapshotted every report)
    for (let byte = 0; byte < bits.length; byte++) {
      const i = byte << 3;
      let v = 0;
      for (let j = 0; j < 8 && i + j < n; j++) v |= mask[i + j]! << j;
      bits[byte] = v;
    }
    for (let i = 0; i < n; i++) count += mask[i]!;
    kept += count;
    total += mask.length;
    return {
      shape: state.shapes[l]!,
      keptFraction: count / mask.length,
      alpha: binarisesWeights(state.config.method) ? (layer.alpha ?? bipropAlpha(state.host.absWeights[l]!, mask)) : null,
      maskBits: bits,
    };
  });
  return {
    step: state.step,
    epoch: Math.floor(state.step / state.stepsPerEpoch),
    totalSteps: state.totalSteps,
    layers,
    keptFraction: kept / total,
  };
}

/**
 * Whether any frozen weight differs, bit for bit, from its value at initialisation
 * (false for edge-popup and biprop by construction; true once dense has trained a step).
 * @example weightsChanged(trainSteps(initTraining(bipropConfig, data), 5).state) // false
 */
export function weightsChanged(state: TrainingState): boolean {
  // the host weights are what every forward pass builds W_eff from (see hostLayers.ts)
  return state.host.layers.some((layer, l) => {
    const now = new Uint32Array(layer.weights.buffer, layer.weights.byteOffset, layer.weights.length);
    const before = new Uint32Array(state.host.initialWeights[l]!.buffer);
    if (now.length !== before.length) return true;
    for (let i = 0; i < now.length; i++) if (now[i] !== before[i]) return true;
    return false;
  });
}

/**
 * Free every tensor of a run (the state is unusable afterwards).
 * @example disposeTraining(state); tf.memory().numTensors // back to the count before initTraining
 */
export function disposeTraining(state: TrainingState): void {
  const { layers, xTrain, yTrain, xTest, yTest } = state.tensors;
  for (const layer of layers) {
    layer.weights.dispose();
    layer.signs?.dispose();
    layer.scores?.dispose();
  }
  [xTrain, yTrain, xTest, yTest].forEach((t) => t.dispose());
}
