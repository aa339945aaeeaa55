/**
 * The pruning model's data and settings without TensorFlow.js: the seeded planar sets, the MNIST
 * packing, the scenario schema and the method names. What a page's main thread needs (the
 * widget's first frame, its URL schema) while the training code stays in the worker.
 * Package entry: `@intermittent-distillations/compute/pruning/data`.
 */
export { generatePlanar, planarDatasets, planarExtent, planarNoise, type LabelledSet, type PlanarData, type PlanarDataset } from './datasets';
export { MNIST_ASSET, MNIST_LEVELS, MNIST_SPLIT_SEED, MNIST_TEST, MNIST_TRAIN, mnistToSet, packMnist, unpackMnist, type MnistSplit } from './mnistPack';
export { datasets, denseLearningRate, parseScenario, scenarioDefaults, type DatasetName, type Scenario } from './scenario';
export { binarisesWeights, methods, type Method } from './methods';
export type { OptimizerName, TrainingConfig } from './training';
