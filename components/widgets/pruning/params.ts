import { boolean, defineSchema, enumOf, integer, number, seed, type ParamsOf } from '../../../src/state/index';
// Direct module imports, not the pruning index: the island must not pull TensorFlow.js into the page.
import { denseLearningRate, methods, MNIST_TRAIN, scenarioDefaults, type DatasetName, type Method, type TrainingConfig } from '@intermittent-distillations/compute/pruning/data';

/**
 * The methods that prune (every model method but dense, which is the baseline beside them).
 * @example PRUNING_METHODS // ['biprop', 'edge-popup', 'biprop-1-1']
 */
export const PRUNING_METHODS = methods.filter((m): m is Exclude<Method, 'dense'> => m !== 'dense');

/** Training points of a 2-D set (generatePlanar's default). */
const PLANAR_TRAIN = 600;

/** The datasets the reader picks from; "digits" is the compute model's "mnist". */
export const DATASETS = ['moons', 'circles', 'spirals', 'xor', 'blobs', 'digits'] as const;
export type WidgetDataset = (typeof DATASETS)[number];

/**
 * The compute dataset behind a widget dataset: the reader sees "digits", the model calls it MNIST.
 * @example computeDataset('digits') // 'mnist'
 */
export function computeDataset(d: WidgetDataset): DatasetName {
  return d === 'digits' ? 'mnist' : d;
}

const planar = scenarioDefaults.moons;
const mnist = scenarioDefaults.mnist;

/**
 * Widest hidden layer offered: 1024 ReLUs keep a 2-D run near the 20 steps/s target on WebGL
 * and a digits run (785 × 1024 first layer) within a few seconds per epoch.
 * @example MAX_WIDTH // 1024
 */
export const MAX_WIDTH = 1024;

/**
 * The widget's URL surface, keys `pruning.<param>`. Defaults are the compute model's measured
 * 2-D defaults (biprop, two hidden layers of 256, k = 0.5, Kaiming normal, Adam lr 0.02, seed 1),
 * so the page opens on moons as the spec's feasibility check ran it. `step` is the training step
 * reached, so a link replays the run to the same point. `detailsOpen` and `sweepOpen` are display
 * settings, not run parameters: whether the loss-and-masks panel and the sweep are unfolded (issue 17).
 * Source: issue 5 (controls); src/compute/pruning/scenario.ts (scenarioDefaults).
 * @example pruningSchema.fields.keep.default // 0.5
 */
export const pruningSchema = defineSchema('pruning', {
  dataset: enumOf(DATASETS, 'moons', { label: 'dataset' }),
  width: integer({ default: planar.hidden[0]!, min: 4, max: MAX_WIDTH, log: true, label: 'width' }),
  depth: integer({ default: planar.hidden.length, min: 1, max: 4, label: 'depth' }),
  keep: number({ default: planar.keep, min: 0.05, max: 1, step: 0.05, label: 'kept fraction' }),
  method: enumOf(PRUNING_METHODS, planar.method === 'dense' ? 'biprop' : planar.method, { label: 'method' }),
  init: enumOf(['kaiming-normal', 'signed-constant'] as const, planar.init, { label: 'initialisation' }),
  lr: number({ default: planar.learningRate, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate' }),
  seed: seed({ default: planar.seed }),
  step: integer({ default: 0, min: 0, max: 100_000, label: 'step' }),
  detailsOpen: boolean({ default: false, label: 'loss and masks shown' }),
  sweepOpen: boolean({ default: false, label: 'sweep shown' }),
});

/** The widget's parameters. */
export type PruningParams = ParamsOf<typeof pruningSchema>;

/** Parameters that define a run; changing any of them starts a new run at step 0. */
export const RUN_KEYS = ['dataset', 'width', 'depth', 'keep', 'method', 'init', 'lr', 'seed'] as const;

/**
 * The run identity of some parameters: equal strings mean the same run (same weights, masks, batches).
 * @example runKey(defaults(pruningSchema)) // 'moons|256|2|0.5|biprop|kaiming-normal|0.02|1'
 */
export function runKey(params: PruningParams): string {
  return RUN_KEYS.map((k) => String(params[k])).join('|');
}

/**
 * What changes when the reader switches dataset: the compute model's measured defaults for it
 * (scenarioDefaults; the digits ones are being tuned, the 2-D ones are two layers of 256, lr 0.02).
 * @example datasetDefaults('moons') // { dataset: 'moons', width: 256, depth: 2, lr: 0.02 }
 */
export function datasetDefaults(dataset: WidgetDataset): Pick<PruningParams, 'dataset' | 'width' | 'depth' | 'lr'> {
  const d = dataset === 'digits' ? mnist : planar;
  return { dataset, width: d.hidden[0]!, depth: d.hidden.length, lr: d.learningRate };
}

/** The two runs the widget trains side by side: the pruned network and the dense baseline. */
export interface RunConfigs {
  dataset: DatasetName;
  pruned: TrainingConfig;
  dense: TrainingConfig;
}

/**
 * The compute configurations of a run: hidden = depth × [width]; the pruned net trains scores
 * with the reader's method, k and lr; the dense baseline has the same shape, init and seed (so it
 * starts from the very same random weights) and trains the weights with the model's dense
 * learning rate (Adam 0.01 on 2-D sets, 0.001 on digits). Epochs and batch size are the model's.
 * Source: src/compute/pruning/scenario.ts (scenarioDefaults, denseLearningRate).
 * @example runConfigs(defaults(pruningSchema)).dense.learningRate // 0.01
 */
export function runConfigs(params: PruningParams): RunConfigs {
  const dataset = computeDataset(params.dataset);
  const base = scenarioDefaults[dataset];
  const shared = {
    hidden: Array.from({ length: params.depth }, () => params.width),
    init: params.init,
    epochs: base.epochs,
    batchSize: base.batchSize,
    optimizer: base.optimizer,
    weightDecay: base.weightDecay,
    seed: params.seed,
  };
  return {
    dataset,
    pruned: { ...shared, method: params.method, keep: params.keep, learningRate: params.lr },
    dense: { ...shared, method: 'dense', keep: 1, learningRate: denseLearningRate[dataset] },
  };
}

/**
 * Length of a run's schedule before the worker reports it: epochs × ⌊train size / batch size⌋
 * (2-D sets have 600 training points, the digits split 8,000), as initTraining computes it.
 * @example totalSteps(defaults(pruningSchema)) // 540 (30 epochs of 18 batches of 32)
 */
export function totalSteps(params: PruningParams): number {
  const { epochs, batchSize } = scenarioDefaults[computeDataset(params.dataset)];
  return epochs * Math.floor((params.dataset === 'digits' ? MNIST_TRAIN : PLANAR_TRAIN) / batchSize);
}

/**
 * How often (in steps) the worker reports test accuracy, loss and the pictures while playing:
 * 2-D runs are 540 steps (30 epochs of 18), digits 250 (4 of 62), so about 50 points per curve.
 * @example reportEvery('moons') // 10
 */
export function reportEvery(dataset: WidgetDataset): number {
  return dataset === 'digits' ? 5 : 10;
}
