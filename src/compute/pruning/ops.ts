/**
 * The network's differentiable pieces, each a tf.customGrad with its own backward pass.
 * Why not the built-in gradients: @tensorflow/tfjs-core's Node bundle ships no gradient
 * kernels and its ESM registration module cannot be loaded by Node/Vitest, so relying on it
 * would make training work in a browser bundle only. With these three ops (plus
 * `maskedWeights`) no gradient registry is needed on any backend.
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
      const dx = tf.matMul(dy, tf.slice(wt!, [0, 0], [n, -1]), false, true);
      return [dx, tf.matMul(xo!, dy, true, false)];
    }) as Grad2,
  };
}) as (x: tf.Tensor2D, w: tf.Tensor) => tf.Tensor2D;

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
