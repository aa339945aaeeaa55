import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { MNIST_ASSET } from '~compute/pruning/mnistPack';
import { defaults, parse, serialize } from '~state/index';
import { parseScenario, scenarioDefaults } from '~compute/pruning/scenario';
import { computeDataset, datasetDefaults, PRUNING_METHODS, pruningSchema, reportEvery, runConfigs, runKey, totalSteps } from '~components/widgets/pruning/params';
import { generatePlanar } from '~compute/pruning/datasets';
import { initTraining } from '~compute/pruning/training';
import { disposeTraining } from '~compute/pruning/evaluate';
import { useNodeBackend } from '~compute/pruning/nodeBackend';

describe('pruning params', () => {
  it('defaults are the compute model’s 2-D defaults (the doc examples)', () => {
    const d = defaults(pruningSchema);
    expect(pruningSchema.fields.keep.default).toBe(0.5);
    expect(runKey(d)).toBe('moons|256|2|0.5|biprop|kaiming-normal|0.02|1');
    const { dataset, pruned } = runConfigs(d);
    expect({ dataset, ...pruned }).toEqual(parseScenario({ dataset: 'moons' }));
  });

  it('the dense baseline has the same shape, init and seed, and the dense learning rate', () => {
    const c = runConfigs({ ...defaults(pruningSchema), width: 64, depth: 3, seed: 9, init: 'signed-constant' });
    expect(c.dense).toEqual({ ...c.pruned, method: 'dense', keep: 1, learningRate: 0.01 });
    expect(c.pruned.hidden).toEqual([64, 64, 64]);
    expect(runConfigs({ ...defaults(pruningSchema), dataset: 'digits' }).dense.learningRate).toBe(0.001);
  });

  it('switching to digits brings the MNIST defaults (the doc example)', () => {
    const m = scenarioDefaults.mnist;
    expect(datasetDefaults('digits')).toEqual({ dataset: 'digits', width: m.hidden[0], depth: m.hidden.length, lr: m.learningRate });
    expect(datasetDefaults('moons')).toEqual({ dataset: 'moons', width: 256, depth: 2, lr: 0.02 });
    const c = runConfigs({ ...defaults(pruningSchema), ...datasetDefaults('digits') });
    const { dataset, ...mnist } = scenarioDefaults.mnist;
    expect(c.dataset).toBe(dataset);
    expect(c.pruned).toEqual(mnist);
    expect(computeDataset('digits')).toBe('mnist');
    expect(reportEvery('moons')).toBe(10);
  });

  it('round-trips through the URL and falls back on nonsense', () => {
    const p = { ...defaults(pruningSchema), dataset: 'spirals' as const, width: 512, keep: 0.3, method: 'edge-popup' as const, seed: 42, step: 120 };
    const q = serialize(pruningSchema, p, '');
    expect(q).toBe('pruning.dataset=spirals&pruning.keep=0.3&pruning.method=edge-popup&pruning.seed=42&pruning.step=120&pruning.width=512');
    expect(parse(pruningSchema, q).params).toEqual(p);
    const bad = parse(pruningSchema, 'pruning.dataset=mnist2&pruning.keep=lots&pruning.depth=9');
    expect(bad.params.dataset).toBe('moons');
    expect(bad.params.keep).toBe(0.5);
    expect(bad.params.depth).toBe(4);
    expect(bad.issues.map((i) => i.param).sort()).toEqual(['dataset', 'depth', 'keep']);
  });

  it('totalSteps agrees with the compute model’s schedule', async () => {
    await useNodeBackend();
    const p = { ...defaults(pruningSchema), width: 4, depth: 1 };
    expect(totalSteps(p)).toBe(540);
    const { pruned } = runConfigs(p);
    const state = initTraining(pruned, generatePlanar('moons', { seed: 1 }));
    expect(state.totalSteps).toBe(totalSteps(p));
    disposeTraining(state);
    const { epochs, batchSize } = scenarioDefaults.mnist;
    expect(totalSteps({ ...p, dataset: 'digits' })).toBe(epochs * Math.floor(8000 / batchSize));
  });

  it('the island’s default digits URL is the endpoint the site builds', () => {
    expect(existsSync(`src/pages${MNIST_ASSET}.ts`)).toBe(true);
  });

  it('offers every pruning method of the model', () => {
    expect(PRUNING_METHODS).toEqual(['biprop', 'edge-popup', 'biprop-1-1']);
    expect(pruningSchema.fields.method.values).toEqual(PRUNING_METHODS);
  });
});
