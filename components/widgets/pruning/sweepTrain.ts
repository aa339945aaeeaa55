import { disposeTraining, evaluate, generatePlanar, initTraining, trainSteps, type PlanarDataset } from '@intermittent-distillations/compute/pruning';
import { summarisePoint } from '@intermittent-distillations/compute/sweep';
import type { AccuracySpread, SweepPointRequest } from './sweepPoint';

/**
 * Train one sweep point on the current TensorFlow.js backend: per seed, the run's network on the
 * 2-D set drawn from that seed, trained to the end of its schedule; test accuracy over the seeds.
 * The same runs as the compute CLI's `prune` sweep (a unit test holds them equal).
 * @example trainSweepPoint({ dataset: 'blobs', config, seeds: [1, 2] }) // { mean, min, max }
 */
export function trainSweepPoint({ dataset, config, seeds }: SweepPointRequest): AccuracySpread {
  if (dataset === 'mnist') throw new Error('trainSweepPoint: expected a 2-D set, received "mnist"');
  const runs = seeds.map((seed) => {
    let state = initTraining({ ...config, seed }, generatePlanar(dataset as PlanarDataset, { seed }));
    state = trainSteps(state, state.totalSteps).state;
    const testAccuracy = evaluate(state, 'test').accuracy;
    disposeTraining(state);
    return { testAccuracy };
  });
  return summarisePoint(0, runs, ['testAccuracy']).testAccuracy as AccuracySpread;
}
