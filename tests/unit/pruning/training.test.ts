import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { generatePlanar } from '~compute/pruning/datasets';
import { decisionGrid, disposeTraining, evaluate, snapshot, weightsChanged } from '~compute/pruning/evaluate';
import { binarisesWeights, bipropAlpha, currentMasks, effectiveWeights, forward, initTraining, trainSteps } from '~compute/pruning/training';
import { tinyConfig, useCpu } from './helpers';

beforeAll(useCpu);
const data = generatePlanar('moons', { seed: 1 });

describe('pruned training', () => {
  test('bipropAlpha doc example', () => {
    expect(bipropAlpha(Float32Array.of(1, 2, 3), Float32Array.of(1, 0, 1))).toBe(2);
  });

  test('masks keep exactly the k fraction per layer; α is the mean |W| over kept weights', () => {
    let state = initTraining({ ...tinyConfig, keep: 0.3 }, data);
    state = trainSteps(state, 20).state;
    const snap = snapshot(state);
    const masks = currentMasks(state);
    snap.layers.forEach((layer, l) => {
      const n = layer.shape[0] * layer.shape[1];
      expect(layer.keptFraction).toBe(Math.round(0.3 * n) / n);
      const W = state.host.initialWeights[l]!;
      let sum = 0;
      let kept = 0;
      masks[l]!.forEach((m, i) => {
        if (m) {
          sum += Math.abs(W[i]!);
          kept++;
        }
      });
      expect(layer.alpha).toBeCloseTo(sum / kept, 12);
    });
    // the forward pass computes α on the backend: its weights are ±α (float32) where kept, else 0
    const used = tf.tidy(() => effectiveWeights(state, masks).map((f) => Array.from(f().dataSync())));
    used.forEach((w, l) => {
      const alpha = snap.layers[l]!.alpha!;
      w.forEach((v, i) => {
        if (masks[l]![i]) expect(Math.abs(v) / alpha).toBeCloseTo(1, 6);
        else expect(Math.abs(v)).toBe(0);
      });
    });
    disposeTraining(state);
  });

  test('frozen weights are bit-identical after training; dense weights do change', () => {
    for (const method of ['biprop', 'edge-popup'] as const) {
      const state = trainSteps(initTraining({ ...tinyConfig, method }, data), 30).state;
      expect(weightsChanged(state)).toBe(false);
      disposeTraining(state);
    }
    const dense = trainSteps(initTraining({ ...tinyConfig, method: 'dense' }, data), 3).state;
    expect(weightsChanged(dense)).toBe(true);
    disposeTraining(dense);
  });

  test('no tensor leaks over 100 steps and evaluation', () => {
    const before = tf.memory().numTensors;
    let state = initTraining({ ...tinyConfig, epochs: 10 }, data);
    state = trainSteps(state, 5).state;
    const afterFirst = tf.memory().numTensors;
    state = trainSteps(state, 100).state;
    evaluate(state, 'test');
    decisionGrid(state, 8, data.extent);
    expect(tf.memory().numTensors).toBe(afterFirst);
    disposeTraining(state);
    expect(tf.memory().numTensors).toBe(before);
  });

  test('seeded determinism: same seed, same scores and loss; another seed differs', () => {
    const go = (seed: number) => {
      const r = trainSteps(initTraining({ ...tinyConfig, seed }, data), 25);
      const out = { loss: r.metrics.loss, scores: Array.from(r.state.tensors.layers[0]!.scores!.dataSync()) };
      disposeTraining(r.state);
      return out;
    };
    expect(go(5)).toEqual(go(5));
    expect(go(5).scores).not.toEqual(go(6).scores);
  });

  test('a small biprop moons run reaches ≥ 95 % test accuracy', () => {
    let state = initTraining({ ...tinyConfig, hidden: [128, 128], epochs: 20, batchSize: 32, seed: 1 }, data);
    state = trainSteps(state, state.totalSteps).state;
    const test = evaluate(state, 'test', { predictions: 5 });
    expect(test.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(test.predictions).toHaveLength(5);
    expect(test.confusion.flat().reduce((a, b) => a + b, 0)).toBe(data.test.count);
    const grid = decisionGrid(state, 16, data.extent);
    expect(grid.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(weightsChanged(state)).toBe(false);
    disposeTraining(state);
  });

  test('bad configuration names the field', () => {
    expect(() => initTraining({ ...tinyConfig, keep: 1.5 }, data)).toThrow('initTraining: expected keep in (0, 1], received 1.5');
    expect(() => initTraining({ ...tinyConfig, batchSize: 10_000 }, data)).toThrow(/batchSize/);
  });
});

describe('MPT-1/1 (biprop-1-1)', () => {
  test('binarises weights like biprop, and a moons run learns with ±1 hidden units', () => {
    expect(binarisesWeights('biprop-1-1')).toBe(true);
    expect(binarisesWeights('edge-popup')).toBe(false);
    let state = initTraining({ ...tinyConfig, method: 'biprop-1-1', hidden: [128, 128], epochs: 8, batchSize: 32, seed: 1 }, data);
    // same weights and masks, but ±1 hidden units: the logits differ from biprop's ReLU network
    const logits = (binaryActivations: boolean) =>
      tf.tidy(() => {
        const w = effectiveWeights(state, currentMasks(state)).map((f) => f());
        return Array.from(forward(state.tensors.xTest, w, { binaryActivations }).dataSync());
      });
    expect(logits(true)).not.toEqual(logits(false));
    state = trainSteps(state, state.totalSteps).state;
    const acc = evaluate(state, 'test').accuracy;
    expect(acc).toBeGreaterThanOrEqual(0.9);
    expect(weightsChanged(state)).toBe(false);
    expect(snapshot(state).layers.every((l) => l.alpha !== null && l.alpha > 0)).toBe(true);
    disposeTraining(state);
  });
});
