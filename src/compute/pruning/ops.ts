/**
 * The network's differentiable pieces, each a tf.customGrad with its own backward pass.
 * Why not the built-in gradients: @tensorflow/tfjs-core's Node bundle ships no gradient
 * kernels and its ESM registration module cannot be loaded by Node/Vitest, so relying on it
 * would make training work in a browser bundle only. With these ops (plus `maskedWeights`) no
 * gradient registry is needed on any backend.
 * Transposes are explicit (tf.transpose, then a plain matMul): measured in Node on the wasm
 * backend, matMul(a, c, transposeA) of 785×128 by 128×512 took 103 ms, transpose-then-matMul
 * 4.5 ms, as the plain product goes through XNNPACK and the transposed flag does not.
 */
import * as tf from '@tensorflow/tfjs-core';

type Grad2 = (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor[];

/**
 * Affine layer with the bias as the last weight row: z = [x, 1] · W, W of shape (n + 1) × m.
 * Backward: ∂L/∂x = ∂L/∂z · W[:n]ᵀ, ∂L/∂W = [x, 1]ᵀ · ∂L/∂z (standard backpropagation).
 * @example affine(tf.tensor2d([[2]]), tf.tensor2d([[3], [1]])) // [[7]]
 */
export const affine = tf.customGrad((x, w, save) => {
  const input = x as tf.Tensor2D;
  const weights = w as tf.Tensor2D;
  const withOne = tf.concat([input, tf.ones([input.shape[0], 1])], 1);
  (save as tf.GradSaveFunc)([withOne, weights]);
  return {
    value: tf.matMul(withOne, weights),
    gradFunc: ((dy, [xo, wt]) => {
      const n = xo!.shape[1]! - 1;
      const dx = tf.matMul(dy, tf.transpose(tf.slice(wt!, [0, 0], [n, -1])));
      return [dx, tf.matMul(tf.transpose(xo!), dy)];
    }) as Grad2,
  };
}) as (x: tf.Tensor2D, w: tf.Tensor) => tf.Tensor2D;

/**
 * The first layer's affine map z = [x, 1] · W for a constant input x (the data): the same
 * forward and ∂L/∂W = [x, 1]ᵀ · ∂L/∂z as `affine`, but no ∂L/∂x, which for a 784-pixel input is
 * a third of a training step's arithmetic and nobody uses (standard backpropagation).
 * @example inputAffine(tf.tensor2d([[2]]))(tf.tensor2d([[3], [1]])) // [[7]]
 */
export function inputAffine(x: tf.Tensor2D): (w: tf.Tensor) => tf.Tensor2D {
  return tf.customGrad((w, save) => {
    const weights = w as tf.Tensor2D;
    const withOne = tf.concat([x, tf.ones([x.shape[0], 1])], 1);
    (save as tf.GradSaveFunc)([withOne]);
    return {
      value: tf.matMul(withOne, weights),
      gradFunc: ((dy, [xo]) => [tf.matMul(tf.transpose(xo!), dy)]) as Grad2,
    };
  }) as (w: tf.Tensor) => tf.Tensor2D;
}

/**
 * Rectified linear unit, max(0, z); backward dy ⊙ [z > 0].
 * @example relu(tf.tensor1d([-1, 2])) // [0, 2]
 */
export const relu = tf.customGrad((z, save) => {
  const input = z as tf.Tensor;
  (save as tf.GradSaveFunc)([input]);
  return {
    value: tf.relu(input),
    gradFunc: ((dy, [zs]) => [tf.mul(dy, tf.step(zs!))]) as Grad2,
  };
}) as <T extends tf.Tensor>(z: T) => T;

/**
 * Mean softmax cross-entropy of logits z (B × C) against one-hot targets Y:
 * L = (1/B) Σ_b [logsumexp(z_b) − z_b·y_b]; ∂L/∂z = (softmax(z) − Y)/B.
 * @example crossEntropy(tf.zeros([1, 2]), tf.tensor2d([[1, 0]])) // ln 2 ≈ 0.693
 */
export const crossEntropy = tf.customGrad((z, y, save) => {
  const logits = z as tf.Tensor2D;
  const targets = y as tf.Tensor2D;
  const logp = tf.logSoftmax(logits);
  (save as tf.GradSaveFunc)([logp, targets]);
  return {
    value: tf.neg(tf.mean(tf.sum(tf.mul(logp, targets), 1))),
    gradFunc: ((dy, [lp, t]) => {
      const b = lp!.shape[0]!;
      const dz = tf.mul(tf.sub(tf.exp(lp!), t!), tf.div(dy, b));
      return [dz, tf.zerosLike(t!)];
    }) as Grad2,
  };
}) as (z: tf.Tensor2D, y: tf.Tensor2D) => tf.Scalar;

/**
 * Binary activation of MPT-1/1: sign(z) forward (±1, with sign(0) = +1 so every unit is binary),
 * backward the piecewise-polynomial straight-through estimator dy ⊙ 2(1 − |z|) for |z| ≤ 1,
 * else 0 — the derivative of F(z) = 2z − z|z| on [−1, 1] (Bi-Real Net, Liu et al. 2018, eq. 5),
 * as used by Diffenderfer & Kailkhura 2021, §4 (MPT-1/1).
 * @example signActivation(tf.tensor1d([-0.5, 0, 2])) // [-1, 1, 1]
 */
export const signActivation = tf.customGrad((z, save) => {
  const input = z as tf.Tensor;
  (save as tf.GradSaveFunc)([input]);
  return {
    value: tf.sub(tf.mul(tf.cast(tf.greaterEqual(input, 0), 'float32'), 2), 1),
    gradFunc: ((dy, [zs]) => {
      const a = tf.abs(zs!);
      return [tf.mul(dy, tf.mul(tf.relu(tf.sub(1, a)), 2))];
    }) as Grad2,
  };
}) as <T extends tf.Tensor>(z: T) => T;
