/**
 * The trained numbers of a run live on the host, as plain Float32Arrays updated in place: the
 * scores (or, for dense, the weights) and their optimiser slots. A training step uploads each
 * layer's effective weights, lets the backend do the matrix products, reads ∂L/∂W_eff back and
 * applies the straight-through estimator, weight decay and Adam/SGD in one pass per layer here,
 * then recomputes the mask. Measured in Node on the wasm backend (MNIST, 2 × 512): the same update
 * as ~25 TensorFlow.js element-wise kernels per layer, each allocating a 1.6 MB tensor, plus a
 * read-back of the scores for the top-k, took 60 % of a step; fused here it is a few milliseconds.
 */
import { binarisesWeights, type Method } from './methods';
import { topKMaskInto, topKScratch, type TopKScratch } from './topKMask';

/** One layer's host arrays; fanIn counts the bias row. */
export interface HostLayer {
  fanIn: number;
  fanOut: number;
  /** frozen weights (pruned methods) or the trained weights (dense), (fanIn) × fanOut, bias row last */
  weights: Float32Array;
  /** scores (pruned methods only) */
  scores: Float32Array | null;
  /** optimiser slots of the trained array: momentum (sgd) or first and second moments (adam) */
  slots: Float32Array[];
  /** the current mask from the scores (pruned methods only) */
  mask: Uint8Array | null;
  /** biprop's α for the current mask, null otherwise */
  alpha: number | null;
  /** W_eff for the current mask: the array the forward pass uses (the weights themselves for dense) */
  effective: Float32Array;
  /** ∂L/∂W_eff of the last step (reused) */
  grad: Float32Array;
}

/** Optimiser settings of one update. */
export interface UpdateSettings {
  adam: boolean;
  learningRate: number;
  weightDecay: number;
  /** 1-based step number, for Adam's bias correction */
  t: number;
}

/**
 * A layer's host arrays for a method: the scores and mask only when it prunes.
 * @example hostLayer('dense', w, null, 3, 2, 2).effective === w // true
 */
export function hostLayer(method: Method, weights: Float32Array, scores: Float32Array | null, fanIn: number, fanOut: number, slotCount: number): HostLayer {
  const n = fanIn * fanOut;
  const pruned = method !== 'dense';
  return {
    fanIn,
    fanOut,
    weights,
    scores: pruned ? scores : null,
    slots: Array.from({ length: slotCount }, () => new Float32Array(n)),
    mask: pruned ? new Uint8Array(n) : null,
    alpha: null,
    effective: pruned ? new Float32Array(n) : weights,
    grad: new Float32Array(n),
  };
}

/**
 * Recompute a pruned layer's mask M = TopK_k(|s|), biprop's α = Σ M⊙|W| / Σ M and
 * W_eff = W ⊙ M (edge-popup) or α·sign(W) ⊙ M (biprop) — Ramanujan et al. 2020 §3;
 * Diffenderfer & Kailkhura 2021 §3. Nothing to do for dense.
 * @example refreshMask(layer, 'biprop', 0.5, topKScratch(layer.effective.length)); layer.alpha // mean kept |W|
 */
export function refreshMask(layer: HostLayer, method: Method, keep: number, scratch: TopKScratch): void {
  if (!layer.scores || !layer.mask) return;
  topKMaskInto(layer.scores, keep, layer.mask, scratch);
  const { mask, weights, effective } = layer;
  const n = mask.length;
  if (!binarisesWeights(method)) {
    for (let i = 0; i < n; i++) effective[i] = mask[i]! ? weights[i]! : 0;
    return;
  }
  let sum = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const m = mask[i]!;
    const w = weights[i]!;
    sum += m * Math.abs(w);
    kept += m;
    effective[i] = m * Math.sign(w);
  }
  const alpha = sum / kept;
  layer.alpha = alpha;
  for (let i = 0; i < n; i++) effective[i] = effective[i]! * alpha;
}

/**
 * One optimiser step of a layer from its ∂L/∂W_eff in `layer.grad`. Pruned methods train the
 * scores through the straight-through estimator ∂L/∂s = ∂L/∂W_eff ⊙ W ⊙ sign(s) (Ramanujan et al.
 * 2020, eq. 3; biprop multiplies by |W| then sign(W), i.e. by W: Diffenderfer & Kailkhura 2021,
 * Algorithm 1); dense trains W with ∂L/∂W = ∂L/∂W_eff. Then g += λθ (L2), and SGD with momentum
 * 0.9 (m ← 0.9m + g, θ ← θ − ηm) or Adam (β = 0.9, 0.999, ε = 1e-8, bias-corrected; Kingma & Ba 2015).
 * @example updateLayer(layer, { adam: true, learningRate: 0.01, weightDecay: 0, t: 1 }) // scores moved by ≈ ±0.01
 */
export function updateLayer(layer: HostLayer, o: UpdateSettings): void {
  const { grad, weights, slots } = layer;
  const theta = layer.scores ?? weights;
  const ste = layer.scores !== null;
  const n = theta.length;
  const lr = o.learningRate;
  const wd = o.weightDecay;
  if (o.adam) {
    const m = slots[0]!;
    const v = slots[1]!;
    const c1 = 1 / (1 - 0.9 ** o.t);
    const c2 = 1 / (1 - 0.999 ** o.t);
    for (let i = 0; i < n; i++) {
      const th = theta[i]!;
      let g = ste ? grad[i]! * weights[i]! * Math.sign(th) : grad[i]!;
      g += wd * th;
      const mi = 0.9 * m[i]! + 0.1 * g;
      const vi = 0.999 * v[i]! + 0.001 * g * g;
      m[i] = mi;
      v[i] = vi;
      theta[i] = th - (lr * mi * c1) / (Math.sqrt(vi * c2) + 1e-8);
    }
  } else {
    const m = slots[0]!;
    for (let i = 0; i < n; i++) {
      const th = theta[i]!;
      const g = (ste ? grad[i]! * weights[i]! * Math.sign(th) : grad[i]!) + wd * th;
      const mi = 0.9 * m[i]! + g;
      m[i] = mi;
      theta[i] = th - lr * mi;
    }
  }
}

export { topKScratch, type TopKScratch };
