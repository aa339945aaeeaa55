import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disposeTraining, evaluate, generatePlanar, initTraining, trainSteps, type PlanarDataset, type TrainingState } from '~compute/pruning/index';
import { useNodeBackend } from '~compute/pruning/nodeBackend';
import { defaults, normalizeParams, parse } from '~state/index';
import { DATASETS, PRUNING_METHODS, pruningSchema, reportEvery, runConfigs, type PruningParams } from '~components/widgets/pruning/params';
import { curveRows, paramsOfPruningScenario, pruningCliScenarios, pruningReproduce } from '~components/widgets/pruning/figure';
import { computeCli } from '../../../helpers/computeCli';

const base = defaults(pruningSchema);

const states = fc
  .record({
    dataset: fc.constantFrom(...DATASETS),
    width: fc.integer({ min: 4, max: 1024 }),
    depth: fc.integer({ min: 1, max: 4 }),
    keep: fc.integer({ min: 1, max: 20 }),
    method: fc.constantFrom(...PRUNING_METHODS),
    init: fc.constantFrom('kaiming-normal', 'signed-constant'),
    lr: fc.integer({ min: 1, max: 1000 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    step: fc.integer({ min: 0, max: 100_000 }),
  })
  .map((r) => normalizeParams(pruningSchema, { ...base, ...r, init: r.init as 'kaiming-normal', keep: r.keep * 0.05, lr: r.lr / 1000 }, base));

describe('pruning: URL state ⇄ CLI scenario', () => {
  it('round trip: the pruned run’s scenario read back gives the same state', () => {
    fc.assert(
      fc.property(states, (p) => {
        const json = JSON.parse(JSON.stringify(pruningCliScenarios(p).pruned));
        expect(paramsOfPruningScenario(json, base)).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it('the scenarios are the two runs the widget trains (same shape, init, seed; dense with its own rate)', () => {
    fc.assert(
      fc.property(states, (p) => {
        const s = pruningCliScenarios(p);
        const c = runConfigs(p);
        expect(s.pruned).toMatchObject({ dataset: c.dataset, method: c.pruned.method, hidden: c.pruned.hidden, keep: c.pruned.keep, learningRate: c.pruned.learningRate, seed: c.pruned.seed, steps: p.step });
        expect(s.dense).toMatchObject({ dataset: c.dataset, method: 'dense', hidden: c.dense.hidden, keep: 1, learningRate: c.dense.learningRate, seed: c.dense.seed, steps: p.step });
        expect(pruningCliScenarios(paramsOfPruningScenario(s.pruned, base))).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses the dense scenario as a widget state (the widget’s state is the pruned run’s)', () => {
    expect(() => paramsOfPruningScenario(pruningCliScenarios(base).dense, base)).toThrow(/received "dense"/);
  });
});

describe('pruning: the reproduce commands print the accuracies the widget shows', () => {
  beforeAll(async () => {
    await useNodeBackend(); // the CLI's backend (wasm), so both sides compute alike
  });
  const runs: TrainingState[] = [];
  afterAll(() => runs.forEach(disposeTraining));

  /** The widget's own compute path (its worker): both runs from runConfigs, trained in its report-sized chunks. */
  function widgetRun(p: PruningParams) {
    const c = runConfigs(p);
    const data = generatePlanar(c.dataset as PlanarDataset, { seed: c.pruned.seed });
    let pruned = initTraining(c.pruned, data);
    let dense = initTraining(c.dense, data);
    runs.push(pruned, dense);
    const every = reportEvery(p.dataset);
    while (pruned.step < Math.min(p.step, pruned.totalSteps)) {
      const n = Math.min(p.step - pruned.step, every - (pruned.step % every));
      pruned = trainSteps(pruned, n).state;
      dense = trainSteps(dense, n).state;
    }
    return { pruned: evaluate(pruned, 'test'), dense: evaluate(dense, 'test'), step: pruned.step };
  }

  it.each([
    '?pruning.width=8&pruning.depth=1&pruning.step=30',
    '?pruning.dataset=spirals&pruning.width=16&pruning.method=edge-popup&pruning.keep=0.3&pruning.seed=5&pruning.step=27',
  ])('%s: same seed, same steps, same accuracy and loss', (query) => {
    const p = parse(pruningSchema, query).params;
    const shown = widgetRun(p);
    const [prunedCmd, denseCmd] = pruningReproduce(p).commands;
    const pruned = computeCli(prunedCmd!.model, prunedCmd!.scenario);
    const dense = computeCli(denseCmd!.model, denseCmd!.scenario);
    expect(pruned.steps).toBe(shown.step);
    expect(dense.steps).toBe(shown.step);
    expect(pruned.testAccuracy).toBe(shown.pruned.accuracy);
    expect(pruned.testLoss).toBe(shown.pruned.loss);
    expect(dense.testAccuracy).toBe(shown.dense.accuracy);
    expect(dense.testLoss).toBe(shown.dense.loss);
    expect(pruned.weightsChanged).toBe(false);
  });

  it('the curves table holds the reported points', () => {
    expect(curveRows([{ step: 10, pruned: { accuracy: 0.9, loss: 0.3 }, dense: { accuracy: 0.95, loss: 0.2 } }])).toEqual([
      { step: 10, prunedAccuracy: 0.9, prunedLoss: 0.3, denseAccuracy: 0.95, denseLoss: 0.2 },
    ]);
  });
});
