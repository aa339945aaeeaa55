import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { generatePlanar } from '~compute/pruning/datasets';
import { affine, crossEntropy, inputAffine, signActivation } from '~compute/pruning/ops';
import { currentMasks, effectiveWeights, forward, initTraining, type Method } from '~compute/pruning/training';
import { disposeTraining } from '~compute/pruning/evaluate';
import { tinyConfig, useCpu } from './helpers';

beforeAll(useCpu);

// The straight-through estimator must give ∂L/∂s = ∂L/∂W_eff ⊙ W ⊙ sign(s); ∂L/∂W_eff is
// checked independently by central finite differences of the loss in W_eff.
describe.each<Method>(['edge-popup', 'biprop'])('straight-through gradient (%s)', (method) => {
  test('matches finite differences of the loss w.r.t. the effective weights', () => {
    const data = generatePlanar('xor', { seed: 3, train: 8, test: 2 });
    const state = initTraining({ ...tinyConfig, method, hidden: [4], batchSize: 8, seed: 11 }, data);
    const masks = currentMasks(state);
    const x = state.tensors.xTrain;
    const y = tf.cast(tf.oneHot(state.tensors.yTrain, 2), 'float32') as tf.Tensor2D;
    const scores = state.tensors.layers.map((l) => l.scores!);
    const { grads } = tf.variableGrads(
      () => crossEntropy(forward(x, effectiveWeights(state, masks).map((f) => f())), y),
      scores,
    );
    const weff = tf.tidy(() => effectiveWeights(state, masks).map((f) => f().dataSync().slice() as Float32Array));
    const loss = (ws: Float32Array[]) =>
      tf.tidy(() => crossEntropy(forward(x, ws.map((w, l) => tf.tensor2d(w, state.shapes[l]!))), y).dataSync()[0]!);
    const eps = 1e-2;
    let checked = 0;
    weff.forEach((w, l) => {
      const ste = grads[scores[l]!.name]!.dataSync();
      const s = scores[l]!.dataSync();
      const W = state.host.initialWeights[l]!;
      for (let i = 0; i < w.length; i++) {
        const plus = weff.map((v) => v.slice());
        const minus = weff.map((v) => v.slice());
        plus[l]![i]! += eps;
        minus[l]![i]! -= eps;
        const fd = (loss(plus) - loss(minus)) / (2 * eps);
        expect(ste[i]).toBeCloseTo(fd * W[i]! * Math.sign(s[i]!), 3);
        checked++;
      }
    });
    expect(checked).toBe(3 * 4 + 5 * 2);
    // pruned weights still receive gradient, so they can come back (edge-popup's point)
    const prunedWithGradient = masks.some((mask, l) => {
      const g = grads[scores[l]!.name]!.dataSync();
      return mask.some((m, i) => m === 0 && g[i] !== 0);
    });
    expect(prunedWithGradient).toBe(true);
    Object.values(grads).forEach((g) => g.dispose());
    y.dispose();
    disposeTraining(state);
  });
});

describe('inputAffine', () => {
  test('doc example, and the same value and ∂L/∂W as affine', () => {
    expect(Array.from(inputAffine(tf.tensor2d([[2]]))(tf.tensor2d([[3], [1]])).dataSync())).toEqual([7]);
    const x = tf.tensor2d([[0.5, -1], [2, 0.25], [1, 1]]);
    const w = tf.variable(tf.tensor2d([[0.3, -0.2], [0.1, 0.4], [-0.5, 0.2]]));
    const target = tf.tensor2d([[1, 0], [0, 1], [1, 0]]);
    const a = tf.variableGrads(() => crossEntropy(affine(x, w), target), [w]);
    const b = tf.variableGrads(() => crossEntropy(inputAffine(x)(w), target), [w]);
    expect(b.value.dataSync()[0]).toBeCloseTo(a.value.dataSync()[0]!, 6);
    const ga = Array.from(a.grads[w.name]!.dataSync());
    const gb = Array.from(b.grads[w.name]!.dataSync());
    expect(ga.some((g) => g !== 0)).toBe(true);
    gb.forEach((g, i) => expect(g).toBeCloseTo(ga[i]!, 6));
    tf.dispose([x, w, target, a.value, b.value, ...Object.values(a.grads), ...Object.values(b.grads)]);
  });
});

describe('signActivation (MPT-1/1)', () => {
  test('forward is ±1; the gradient matches finite differences of F(z) = 2z − z|z| clipped to ±1', () => {
    expect(Array.from(signActivation(tf.tensor1d([-0.5, 0, 2])).dataSync())).toEqual([-1, 1, 1]);
    const zs = [-1.7, -0.9, -0.5, -0.12, 0.07, 0.3, 0.64, 0.95, 1.3];
    // ∂L/∂z = ∂L/∂h ⊙ F'(z) for a loss L(h) downstream; ∂L/∂h comes from the same loss with h free
    const z = tf.variable(tf.tensor2d([zs]));
    const w = tf.tensor2d(zs.map((_, i) => [0.05 * (i + 1) * (i % 2 ? -1 : 1), -0.03 * i]).concat([[0.1, 0.2]]));
    const target = tf.tensor2d([[1, 0]]);
    const { grads } = tf.variableGrads(() => crossEntropy(affine(signActivation(z), w), target), [z]);
    const h = tf.variable(signActivation(z));
    const hGrads = tf.variableGrads(() => crossEntropy(affine(h, w), target), [h]);
    const g = grads[z.name]!.dataSync();
    const dh = hGrads.grads[h.name]!.dataSync();
    const F = (v: number) => (Math.abs(v) >= 1 ? Math.sign(v) : 2 * v - v * Math.abs(v));
    const eps = 1e-4;
    zs.forEach((v, i) => {
      const fd = (F(v + eps) - F(v - eps)) / (2 * eps);
      expect(g[i]).toBeCloseTo(dh[i]! * fd, 5);
    });
    expect(Math.abs(g[0]!)).toBe(0);
    expect(Math.abs(g[4]!)).toBeGreaterThan(0.01);
    tf.dispose([z, w, h, target, hGrads.value, ...Object.values(hGrads.grads)]);
    tf.dispose(Object.values(grads));
  });
});
