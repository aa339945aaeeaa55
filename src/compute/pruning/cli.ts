/** `npm run --silent compute -- prune '<scenario JSON>'`: train one scenario and print its figures. */
import { disposeTraining, evaluate, snapshot, weightsChanged } from './evaluate';
import { loadData } from './loadData';
import { useNodeBackend } from './nodeBackend';
import { parseScenario } from './scenario';
import { initTraining, trainSteps } from './training';
import { sweepableAsync } from '../sweep/index';
import { pruningSweepModel } from './sweepModel';

/**
 * Parse the scenario, train it to the end of its schedule (or to `steps`, the point a widget's
 * link reached) on the fastest Node backend and report accuracies, wall time, kept fraction and
 * whether any frozen weight changed.
 * @example await runOne({ dataset: 'moons', epochs: 2 }) // { testAccuracy: …, weightsChanged: false, … }
 * @example await runOne({ dataset: 'moons', steps: 20 }) // { steps: 20, testAccuracy: …, … }
 */
export async function runOne(input: unknown) {
  const scenario = parseScenario(input);
  const backend = await useNodeBackend();
  const { dataset, steps, ...config } = scenario;
  const data = loadData(dataset, scenario.seed);
  const t0 = performance.now();
  let state = initTraining(config, data);
  const end = Math.min(state.totalSteps, steps ?? state.totalSteps);
  let loss: number | null = null;
  while (state.step < end) {
    const r = trainSteps(state, Math.min(state.stepsPerEpoch, end - state.step));
    state = r.state;
    loss = r.metrics.loss;
  }
  const seconds = (performance.now() - t0) / 1000;
  const test = evaluate(state, 'test');
  const train = evaluate(state, 'train');
  const snap = snapshot(state);
  const result = {
    scenario,
    backend,
    testAccuracy: test.accuracy,
    trainAccuracy: train.accuracy,
    testLoss: test.loss,
    finalBatchLoss: loss,
    seconds,
    steps: state.step,
    keptFraction: config.method === 'dense' ? 1 : snap.keptFraction,
    layers: snap.layers.map((l) => ({ shape: l.shape, keptFraction: config.method === 'dense' ? 1 : l.keptFraction, alpha: l.alpha })),
    weightsChanged: weightsChanged(state),
  };
  disposeTraining(state);
  return result;
}

/**
 * The CLI entry: one run, or with a `sweep` field `{ param, values, seeds }` one training per
 * value × seed, each numeric field (testAccuracy, trainAccuracy, …; not the wall time)
 * summarised as mean, min and max over the seeds.
 * Source: issue 13 (Sweeps).
 * @example await run({ dataset: 'moons', epochs: 1, sweep: { param: 'hidden', values: [8, 64], seeds: [1, 2] } }) // { sweep: { param: 'hidden', seeds: [1, 2], points: [{ value: 8, testAccuracy: { mean, min, max }, … }, …] } }
 */
export const run = sweepableAsync(runOne, pruningSweepModel);
