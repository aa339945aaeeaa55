/**
 * The matrix work of a step on the TensorFlow.js backend, written out instead of taped: the
 * forward pass as one fused kernel per layer (matMul + bias + ReLU), the backward pass as the
 * textbook products, and the loss gradient computed on the host from the read-back logits
 * (B × classes numbers). Each layer's W_eff is uploaded as its weight block and bias row (views of
 * one host array, no copy). Measured in Node on wasm (MNIST 2 × 512, batch 128): the taped version
 * ran ~60 kernels per step; this one ~25, and none of them over the 665k-entry score tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { HostLayer } from './hostLayers';

/** A layer's effective weights on the backend: the weight block (fanIn − 1) × fanOut and the bias row. */
export interface DeviceLayer {
  w: tf.Tensor2D;
  b: tf.Tensor1D;
}

/**
 * Upload a layer's W_eff as weight block and bias row (call inside tf.tidy).
 * @example uploadLayer(layer).w.shape // [fanIn − 1, fanOut]
 */
export function uploadLayer(layer: HostLayer): DeviceLayer {
  const rows = layer.fanIn - 1;
  const split = rows * layer.fanOut;
  return {
    w: tf.tensor2d(layer.effective.subarray(0, split), [rows, layer.fanOut]),
    b: tf.tensor1d(layer.effective.subarray(split, split + layer.fanOut)),
  };
}

/** sign(z) with sign(0) = +1 (MPT-1/1's binary activation, see ops.signActivation). */
const binary = (z: tf.Tensor) => tf.sub(tf.mul(tf.cast(tf.greaterEqual(z, 0), 'float32'), 2), 1);

/**
 * Logits of the MLP for rows x and every layer's inputs on the way (for the backward pass):
 * h_{l+1} = ReLU(h_l · W_l + b_l) (or sign(·) for MPT-1/1, keeping the pre-activation z_l),
 * logits = h_L · W_L + b_L. The same function as `forward` over augmented weights.
 * @example forwardLayers(x, layers, false).logits.shape // [rows, classes]
 */
export function forwardLayers(x: tf.Tensor2D, layers: DeviceLayer[], binaryActivations: boolean) {
  const inputs: tf.Tensor2D[] = [x];
  const pre: tf.Tensor2D[] = [];
  let h = x;
  layers.forEach(({ w, b }, l) => {
    const last = l + 1 === layers.length;
    if (last || binaryActivations) {
      const z = tf.fused.matMul({ a: h, b: w, bias: b }) as tf.Tensor2D;
      pre.push(z);
      h = last ? z : (binary(z) as tf.Tensor2D);
    } else {
      h = tf.fused.matMul({ a: h, b: w, bias: b, activation: 'relu' }) as tf.Tensor2D;
      pre.push(h);
    }
    if (!last) inputs.push(h);
  });
  return { logits: h, inputs, pre };
}

/**
 * Host half of the loss: mean softmax cross-entropy L = (1/B) Σ_b [logsumexp(z_b) − z_b,y_b],
 * its gradient ∂L/∂z = (softmax(z) − Y)/B written into `dz`, and the count of argmax hits.
 * @example crossEntropyHost(Float32Array.of(0, 0), Int32Array.of(0), 2, new Float32Array(2)) // { loss: ln 2, hits: 1 }, dz = [−0.25, 0.25]
 */
export function crossEntropyHost(logits: Float32Array, y: Int32Array, classes: number, dz: Float32Array): { loss: number; hits: number } {
  const b = y.length;
  let loss = 0;
  let hits = 0;
  for (let r = 0; r < b; r++) {
    const o = r * classes;
    let max = -Infinity;
    let best = 0;
    for (let c = 0; c < classes; c++) {
      const v = logits[o + c]!;
      // argMax's first maximum, as tf.argMax
      if (v > max) {
        max = v;
        best = c;
      }
    }
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[o + c]! - max);
    const label = y[r]!;
    loss += Math.log(sum) + max - logits[o + label]!;
    if (best === label) hits++;
    for (let c = 0; c < classes; c++) dz[o + c] = (Math.exp(logits[o + c]! - max) / sum - (c === label ? 1 : 0)) / b;
  }
  return { loss: loss / b, hits };
}

/** Copy a tensor's values into a host array without a fresh allocation where the backend allows it. */
function readInto(t: tf.Tensor, out: Float32Array, offset: number): void {
  const backend = tf.backend() as unknown as { typedArrayFromHeap?: (t: tf.Tensor) => Float32Array };
  // the wasm backend's view of its heap: the public dataSync() would copy the 1.6 MB twice
  const values = backend.typedArrayFromHeap ? backend.typedArrayFromHeap(t) : (t.dataSync() as Float32Array);
  out.set(values, offset);
}

/**
 * Backward pass from ∂L/∂logits: ∂L/∂W_l = h_lᵀ · δ_l, ∂L/∂b_l = Σ_rows δ_l,
 * δ_{l−1} = (δ_l · W_lᵀ) ⊙ act'(z_{l−1}) with act' = [z > 0] (ReLU) or 2·max(0, 1 − |z|)
 * (MPT-1/1's straight-through estimator, Bi-Real Net eq. 5) — standard backpropagation. Writes
 * each layer's ∂L/∂W_eff into `hosts[l].grad` (bias row last). `inputT` is the batch transposed
 * on the host (the first product's left factor; explicit transposes beat matMul's transpose flags
 * on wasm, see ops.ts).
 * @example backwardLayers(pass, layers, hosts, dz, xT, false) // hosts[l].grad filled
 */
export function backwardLayers(
  pass: ReturnType<typeof forwardLayers>,
  layers: DeviceLayer[],
  hosts: HostLayer[],
  dLogits: tf.Tensor2D,
  inputT: tf.Tensor2D,
  binaryActivations: boolean,
): void {
  let delta = dLogits;
  for (let l = layers.length - 1; l >= 0; l--) {
    const aT = l === 0 ? inputT : tf.transpose(pass.inputs[l]!);
    const host = hosts[l]!;
    readInto(tf.matMul(aT, delta), host.grad, 0);
    readInto(tf.sum(delta, 0), host.grad, (host.fanIn - 1) * host.fanOut);
    if (l === 0) break;
    const dh = tf.matMul(delta, tf.transpose(layers[l]!.w));
    const z = pass.pre[l - 1]!;
    delta = binaryActivations ? tf.mul(dh, tf.mul(tf.relu(tf.sub(1, tf.abs(z))), 2)) : tf.mul(dh, tf.step(z));
  }
}
