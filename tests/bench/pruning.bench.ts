/**
 * Pruning bench: MNIST with the widget's defaults (biprop, the dense baseline of the same shape,
 * and MPT-1/1 for reference), and training throughput for the 2-D default, on the fastest Node
 * backend. Targets are printed, not asserted. The machine is shared, so the load average and
 * the process's CPU time are printed beside each wall time: CPU time is what the run would take
 * on an idle core (the wasm backend is single-threaded in Node).
 */
import * as tf from '@tensorflow/tfjs-core';
import { cpus, loadavg } from 'node:os';
import { runOne as run } from '../../src/compute/pruning/cli';
import { disposeTraining } from '../../src/compute/pruning/evaluate';
import { loadData } from '../../src/compute/pruning/loadData';
import { loadMnistBytes } from '../../src/compute/pruning/mnistNode';
import { scenarioDefaults } from '../../src/compute/pruning/scenario';
import { initTraining, trainSteps } from '../../src/compute/pruning/training';

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
async function timed(scenario: object) {
  const c0 = process.cpuUsage();
  const r = await run(scenario);
  const c = process.cpuUsage(c0);
  return { ...r, cpuSeconds: (c.user + c.system) / 1e6 };
}

console.log(`cores: ${cpus().length}; load average before: ${load()}`);
console.log(`mnist asset: ${(loadMnistBytes().length / 1e6).toFixed(2)} MB (was 7.85 MB at 8 bits)`);
const d = scenarioDefaults.mnist;
console.log(`mnist defaults: ${d.method} ${JSON.stringify(d.hidden)} keep ${d.keep} ${d.init} ${d.optimizer} lr ${d.learningRate} batch ${d.batchSize} × ${d.epochs} epochs`);
const biprop = await timed({ dataset: 'mnist' });
const loadAfterBiprop = load();
const dense = await timed({ dataset: 'mnist', method: 'dense' });
console.log(`backend: ${biprop.backend} (SIMD ${await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')}, threads ${await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')})`);
console.log(`mnist biprop test accuracy: ${pct(biprop.testAccuracy)} (target ≥ 90 %); train ${pct(biprop.trainAccuracy)}`);
console.log(`mnist dense test accuracy: ${pct(dense.testAccuracy)} (same shape, lr ${dense.scenario.learningRate})`);
console.log(`biprop − dense: ${(100 * (biprop.testAccuracy - dense.testAccuracy)).toFixed(2)} points (target ≥ −3)`);
console.log(`biprop weights changed: ${biprop.weightsChanged} (target false); kept fraction ${biprop.keptFraction.toFixed(4)}`);
console.log(
  `mnist biprop wall time: ${biprop.seconds.toFixed(1)} s (target ≤ 60 s), CPU ${biprop.cpuSeconds.toFixed(1)} s, load average after: ${loadAfterBiprop}; ` +
    `dense: ${dense.seconds.toFixed(1)} s wall, ${dense.cpuSeconds.toFixed(1)} s CPU`,
);
const mpt = await timed({ dataset: 'mnist', method: 'biprop-1-1' });
console.log(`mnist biprop-1-1 (MPT-1/1) test accuracy: ${pct(mpt.testAccuracy)} (no target), ${mpt.seconds.toFixed(1)} s wall, ${mpt.cpuSeconds.toFixed(1)} s CPU`);

const { dataset, ...config } = scenarioDefaults.moons;
let state = initTraining(config, loadData(dataset, config.seed));
state = trainSteps(state, 20).state; // warm-up
const steps = 200;
const t0 = performance.now();
state = trainSteps(state, steps).state;
const sps = steps / ((performance.now() - t0) / 1000);
disposeTraining(state);
console.log(`2-D default (moons, ${config.method} ${JSON.stringify(config.hidden)}, batch ${config.batchSize}): ${sps.toFixed(0)} steps/s (no target; widget wants ≥ 30)`);
console.log(`load average at the end: ${load()}`);
