/**
 * Pruning bench: MNIST with the widget's defaults (biprop and the dense baseline), and training
 * throughput for the 2-D default, on the fastest Node backend. Targets are printed, not asserted.
 */
import { run } from '../../src/compute/pruning/cli';
import { disposeTraining } from '../../src/compute/pruning/evaluate';
import { loadData } from '../../src/compute/pruning/loadData';
import { scenarioDefaults } from '../../src/compute/pruning/scenario';
import { initTraining, trainSteps } from '../../src/compute/pruning/training';

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const biprop = await run({ dataset: 'mnist' });
const dense = await run({ dataset: 'mnist', method: 'dense' });
console.log(`backend: ${biprop.backend}`);
console.log(`mnist biprop test accuracy: ${pct(biprop.testAccuracy)} (target ≥ 90 %)`);
console.log(`mnist dense test accuracy: ${pct(dense.testAccuracy)}`);
console.log(`biprop − dense: ${(100 * (biprop.testAccuracy - dense.testAccuracy)).toFixed(2)} points (target ≥ −3)`);
console.log(`biprop weights changed: ${biprop.weightsChanged} (target false)`);
console.log(`mnist biprop wall time: ${biprop.seconds.toFixed(1)} s (target ≤ 60 s); dense: ${dense.seconds.toFixed(1)} s`);

const { dataset, ...config } = scenarioDefaults.moons;
let state = initTraining(config, loadData(dataset, config.seed));
state = trainSteps(state, 20).state; // warm-up
const steps = 200;
const t0 = performance.now();
state = trainSteps(state, steps).state;
const sps = steps / ((performance.now() - t0) / 1000);
disposeTraining(state);
console.log(`2-D default (moons, ${config.method} ${JSON.stringify(config.hidden)}, batch ${config.batchSize}): ${sps.toFixed(0)} steps/s (no target; widget wants ≥ 30)`);
