/**
 * Public API of the pruning model: find multi-prize tickets (biprop, Diffenderfer & Kailkhura
 * 2021) and edge-popup subnetworks (Ramanujan et al. 2020) in random MLPs, with a dense
 * baseline. Browser-safe: Node-only loaders live in mnistNode.ts, nodeBackend.ts, loadData.ts.
 */
export { chooseBackend, type BackendName, type WasmPaths } from './backend';
export { generatePlanar, planarDatasets, planarExtent, planarNoise, type LabelledSet, type PlanarData, type PlanarDataset } from './datasets';
export { decisionGrid, disposeTraining, evaluate, snapshot, weightsChanged, type Evaluation, type LayerSnapshot, type Prediction, type TrainingSnapshot } from './evaluate';
export { initScores, initWeights, standardNormal, type WeightInit } from './init';
export { maskedWeights } from './maskedWeights';
export { MNIST_ASSET, MNIST_LEVELS, MNIST_SPLIT_SEED, MNIST_TEST, MNIST_TRAIN, mnistToSet, packMnist, unpackMnist, type MnistSplit } from './mnistPack';
export { affine, crossEntropy, inputAffine, relu, signActivation } from './ops';
export { datasets, denseLearningRate, parseScenario, scenarioDefaults, type DatasetName, type Scenario } from './scenario';
export { keptCount, topKMask } from './topKMask';
export {
  binarisesWeights,
  bipropAlpha,
  currentMasks,
  effectiveWeights,
  forward,
  initTraining,
  methods,
  trainSteps,
  type Method,
  type OptimizerName,
  type StepMetrics,
  type TrainingConfig,
  type TrainingData,
  type TrainingState,
} from './training';
