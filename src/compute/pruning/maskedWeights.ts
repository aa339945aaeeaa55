import * as tf from '@tensorflow/tfjs-core';

/**
 * Effective weights of a pruned layer with the straight-through estimator on the scores.
 * Forward: W_eff = C ⊙ M, with C = W (edge-popup) or C = α·sign(W) (biprop) and
 * M = TopK_k(|s|) computed outside (it is piecewise constant in s).
 * Backward: ∂L/∂s = ∂L/∂W_eff ⊙ W ⊙ sign(s) — the mask passes the gradient straight through
 * and |s| contributes sign(s); α is held constant. Ramanujan et al. 2020, §3 eq. (3)
 * (edge-popup); Diffenderfer & Kailkhura 2021, §3 / Algorithm 1 (biprop's backward also
 * multiplies by |W| then sign(W), i.e. by W).
 * Only `scores` receives a gradient: the frozen weights are never trained.
 * @example maskedWeights(W, W.mul(0), mask)(s) // zeros, while its gradient w.r.t. s is dy ⊙ W ⊙ sign(s)
 */
export function maskedWeights(weights: tf.Tensor, coefficient: tf.Tensor, mask: tf.Tensor): (scores: tf.Tensor) => tf.Tensor {
  return tf.customGrad((scores, save) => {
    const s = scores as tf.Tensor;
    (save as tf.GradSaveFunc)([s]);
    return {
      value: tf.mul(coefficient, mask),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(tf.mul(dy, weights), tf.sign(saved[0]!)),
    };
  }) as (scores: tf.Tensor) => tf.Tensor;
}
