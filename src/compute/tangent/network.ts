import { invalid } from '../errors';
import type { Rng } from '../random/rng';
import { standardNormal } from '../pruning/init';

/** How the output layer and the learning rate scale with width (spec "The network"). */
export const parameterisations = ['ntk', 'mean-field'] as const;
export type Parameterisation = (typeof parameterisations)[number];

/** Weight variance σ_w² (He-like for ReLU) and bias variance σ_b² of every layer: the spec's defaults. */
export const SIGMA_W2 = 2;
export const SIGMA_B2 = 0.1;
const SIGMA_W = Math.sqrt(SIGMA_W2);
const SIGMA_B = Math.sqrt(SIGMA_B2);

/**
 * Widest hidden layer per depth: one hidden layer has 3n + 1 parameters (d ≤ 2), so 16,384 is
 * cheap; two or three layers have n² per extra layer, and 1,024 keeps them near 2 M parameters.
 * @example maxWidth(1) // 16384
 */
export function maxWidth(depth: number): number {
  return depth === 1 ? 16_384 : 1_024;
}

/** A fully connected ReLU network with scalar output. */
export interface NetworkShape {
  inputDim: number;
  /** hidden layers, 1 … 3 */
  depth: number;
  /** width of every hidden layer */
  width: number;
  parameterisation: Parameterisation;
}

/** Where one layer's weights (fanOut × fanIn, row-major) and biases sit in θ, and how they scale. */
export interface LayerLayout {
  fanIn: number;
  fanOut: number;
  wOffset: number;
  bOffset: number;
  /** c_l: the forward multiplier of the weights (σ_w/√fanIn, or σ_w/n for a mean-field output) */
  scale: number;
  /** learning-rate multipliers of the layer's weights and biases (1 under NTK; n under mean-field) */
  lrWeight: number;
  lrBias: number;
}

/** The parameter vector's layout: hidden layers 0 … depth − 1, then the output layer. */
export interface Layout {
  shape: NetworkShape;
  layers: LayerLayout[];
  /** number of parameters */
  size: number;
}

/**
 * Check a shape and lay out its parameters. NTK: every layer's weights scale by σ_w/√fanIn.
 * Mean-field: the output scales by σ_w/n instead of σ_w/√n and the learning rate is η·n — except
 * the output bias, whose gradient does not shrink with n, so it keeps η (an η·n step on it would
 * grow with width and diverge). Source: spec "The network"; Chizat, Oyallon & Bach 2019 §2.
 * @example networkLayout({ inputDim: 1, depth: 1, width: 4, parameterisation: 'ntk' }).size // 13
 */
export function networkLayout(shape: NetworkShape): Layout {
  const fn = 'networkLayout';
  const { inputDim, depth, width, parameterisation } = shape;
  if (!Number.isInteger(inputDim) || inputDim < 1 || inputDim > 16) invalid(fn, 'inputDim an integer in 1 … 16', inputDim);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) invalid(fn, 'depth an integer in 1 … 3', depth);
  if (!Number.isInteger(width) || width < 1 || width > maxWidth(depth)) invalid(fn, `width an integer in 1 … ${maxWidth(depth)} for depth ${depth}`, width);
  if (!parameterisations.includes(parameterisation)) invalid(fn, `parameterisation one of ${parameterisations.join(', ')}`, parameterisation);
  const meanField = parameterisation === 'mean-field';
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 0; l <= depth; l++) {
    const fanIn = l === 0 ? inputDim : width;
    const fanOut = l === depth ? 1 : width;
    const output = l === depth;
    const scale = output && meanField ? SIGMA_W / width : SIGMA_W / Math.sqrt(fanIn);
    const lr = meanField ? width : 1;
    layers.push({ fanIn, fanOut, wOffset: offset, bOffset: offset + fanIn * fanOut, scale, lrWeight: lr, lrBias: output ? 1 : lr });
    offset += fanIn * fanOut + fanOut;
  }
  return { shape: { ...shape }, layers, size: offset };
}

/**
 * Draw θ₀: every weight and bias N(0, 1) (the scales live in the layout, not the draws).
 * @example initParams(networkLayout(shape), createRng(1)).length // layout.size
 */
export function initParams(layout: Layout, rng: Rng): Float64Array {
  const theta = new Float64Array(layout.size);
  for (let i = 0; i < theta.length; i++) theta[i] = standardNormal(rng);
  return theta;
}

/** A batch of inputs, row-major count × inputDim. */
export interface Inputs {
  x: Float64Array;
  count: number;
}

/** Pre- and post-activations of every hidden layer (count × width each) and the outputs of one forward pass. */
export interface Activations {
  count: number;
  z: Float64Array[];
  /** relu(z), kept so the inner loops of the backward and kernel passes have no branch */
  a: Float64Array[];
  out: Float64Array;
}

function checkInputs(fn: string, layout: Layout, theta: Float64Array, inputs: Inputs): void {
  if (theta.length !== layout.size) invalid(fn, `θ of length ${layout.size}`, theta.length);
  if (!Number.isInteger(inputs.count) || inputs.count < 1 || inputs.x.length !== inputs.count * layout.shape.inputDim) {
    invalid(fn, `inputs of count × ${layout.shape.inputDim} values`, { count: inputs.count, values: inputs.x.length });
  }
}

/** The input of layer l for a batch: x for the first layer, relu(z^{l−1}) after. */
export function layerInput(inputs: Inputs, acts: Activations, l: number): Float64Array {
  return l === 0 ? inputs.x : acts.a[l - 1]!;
}

/** relu'(v) as 1 or 0 without a branch: `(v > 0) | 0` compiles to a compare-and-set, where a ternary mispredicts on half the units (measured 2× slower). */
const on = (v: number): number => ((v > 0) as unknown as number) | 0;

/** Narrow layers (the input layer, d ≤ 16) loop over units innermost; wide ones take dot products. */
const NARROW = 8;

/**
 * The forward pass, keeping pre- and post-activations for the backward and kernel passes.
 * z¹ = c₁W¹x + σ_b b¹, z^{l+1} = c_{l+1}W^{l+1}relu(z^l) + σ_b b^{l+1}, f = c_out w·relu(z^L) + σ_b b.
 * Reuses `into` when given (no allocation in a training loop). Source: spec "The network".
 * @example forward(layout, theta, { x: Float64Array.of(0.5), count: 1 }).out.length // 1
 */
export function forward(layout: Layout, theta: Float64Array, inputs: Inputs, into?: Activations): Activations {
  checkInputs('forward', layout, theta, inputs);
  const { count } = inputs;
  const { depth, width } = layout.shape;
  const fresh = () => Array.from({ length: depth }, () => new Float64Array(count * width));
  const acts = into && into.count === count && into.z.length === depth ? into : { count, z: fresh(), a: fresh(), out: new Float64Array(count) };
  for (let l = 0; l <= depth; l++) {
    const { fanIn, fanOut, wOffset, bOffset, scale } = layout.layers[l]!;
    const prev = layerInput(inputs, acts, l);
    const dst = l === depth ? acts.out : acts.z[l]!;
    for (let i = 0; i < count; i++) {
      const a0 = i * fanIn;
      const d0 = i * fanOut;
      if (fanIn < NARROW) {
        for (let j = 0; j < fanOut; j++) dst[d0 + j] = SIGMA_B * theta[bOffset + j]!;
        for (let k = 0; k < fanIn; k++) {
          const ca = scale * prev[a0 + k]!;
          for (let j = 0, w = wOffset + k; j < fanOut; j++, w += fanIn) dst[d0 + j]! += ca * theta[w]!;
        }
      } else {
        for (let j = 0; j < fanOut; j++) {
          let s = 0;
          for (let k = 0, w = wOffset + j * fanIn; k < fanIn; k++, w++) s += theta[w]! * prev[a0 + k]!;
          dst[d0 + j] = scale * s + SIGMA_B * theta[bOffset + j]!;
        }
      }
    }
    if (l < depth) {
      const a = acts.a[l]!;
      for (let p = 0; p < dst.length; p++) a[p] = dst[p]! * on(dst[p]!);
    }
  }
  return acts;
}

/**
 * Back-propagated signals δˡ = ∂f/∂zˡ of every hidden layer for each input (count × width each):
 * δ^L = c_out w ⊙ relu'(z^L), δˡ = relu'(zˡ) ⊙ c_{l+1} (W^{l+1})ᵀ δ^{l+1}. Source: backpropagation.
 * @example deltas(layout, theta, forward(layout, theta, inputs)).length // depth
 */
export function deltas(layout: Layout, theta: Float64Array, acts: Activations, into?: Float64Array[]): Float64Array[] {
  const { depth, width } = layout.shape;
  const { count } = acts;
  const out = into && into.length === depth && into[0]!.length === count * width ? into : Array.from({ length: depth }, () => new Float64Array(count * width));
  const top = layout.layers[depth]!;
  const zTop = acts.z[depth - 1]!;
  const dTop = out[depth - 1]!;
  const c = top.scale;
  const w0 = top.wOffset;
  for (let i = 0; i < count; i++) {
    const r = i * width;
    for (let j = 0; j < width; j++) dTop[r + j] = c * theta[w0 + j]! * on(zTop[r + j]!);
  }
  for (let l = depth - 1; l >= 1; l--) {
    const { wOffset, scale } = layout.layers[l]!;
    const upper = out[l]!;
    const d = out[l - 1]!;
    const z = acts.z[l - 1]!;
    for (let i = 0; i < count; i++) {
      const r = i * width;
      d.fill(0, r, r + width);
      for (let j = 0; j < width; j++) {
        const e = upper[r + j]!;
        if (e === 0) continue;
        for (let k = 0, w = wOffset + j * width; k < width; k++, w++) d[r + k]! += e * theta[w]!;
      }
      for (let k = 0; k < width; k++) d[r + k] = scale * d[r + k]! * on(z[r + k]!);
    }
  }
  return out;
}

/**
 * Σᵢ gᵢ ∂f(xᵢ)/∂θ (a vector–Jacobian product), written into `out` (zeroed first):
 * ∂f/∂W^l_{jk} = c_l δ^l_j a^{l−1}_k, ∂f/∂b^l_j = σ_b δ^l_j, with δ = 1 at the output.
 * @example vjp(layout, inputs, acts, dels, Float64Array.of(1), out) // out = ∂f(x₀)/∂θ
 */
export function vjp(layout: Layout, inputs: Inputs, acts: Activations, dels: Float64Array[], g: Float64Array, out: Float64Array): Float64Array {
  const { depth } = layout.shape;
  const { count } = acts;
  if (g.length !== count) invalid('vjp', `g of length ${count}`, g.length);
  out.fill(0);
  for (let l = 0; l <= depth; l++) {
    const { fanIn, fanOut, wOffset, bOffset, scale } = layout.layers[l]!;
    const prev = layerInput(inputs, acts, l);
    const del = l === depth ? null : dels[l]!;
    for (let i = 0; i < count; i++) {
      const gi = g[i]!;
      if (gi === 0) continue;
      const a0 = i * fanIn;
      const d0 = i * fanOut;
      if (del === null) {
        out[bOffset]! += SIGMA_B * gi;
        const ce = scale * gi;
        for (let k = 0, w = wOffset; k < fanIn; k++, w++) out[w]! += ce * prev[a0 + k]!;
        continue;
      }
      for (let j = 0; j < fanOut; j++) out[bOffset + j]! += SIGMA_B * gi * del[d0 + j]!;
      if (fanIn < NARROW) {
        for (let k = 0; k < fanIn; k++) {
          const cga = scale * gi * prev[a0 + k]!;
          if (cga === 0) continue;
          for (let j = 0, w = wOffset + k; j < fanOut; j++, w += fanIn) out[w]! += cga * del[d0 + j]!;
        }
      } else {
        for (let j = 0; j < fanOut; j++) {
          const ce = scale * gi * del[d0 + j]!;
          if (ce === 0) continue;
          for (let k = 0, w = wOffset + j * fanIn; k < fanIn; k++, w++) out[w]! += ce * prev[a0 + k]!;
        }
      }
    }
  }
  return out;
}

/**
 * Forward tangent (JVP) at θ: J(xᵢ)·v for each input, without forming J.
 * ż¹ = c₁V¹x + σ_b v_b, ż^{l+1} = c_{l+1}(W^{l+1}(relu'(z^l)⊙ż^l) + V^{l+1}relu(z^l)) + σ_b v_b.
 * Source: forward-mode differentiation (spec "The linearisation", parameter-space route).
 * @example jvp(layout, theta, inputs, acts, v) // Float64Array of count directional derivatives
 */
export function jvp(layout: Layout, theta: Float64Array, inputs: Inputs, acts: Activations, v: Float64Array): Float64Array {
  if (v.length !== layout.size) invalid('jvp', `v of length ${layout.size}`, v.length);
  const { depth, width } = layout.shape;
  const { count } = acts;
  let dot = new Float64Array(count * width);
  let next = new Float64Array(count * width);
  const out = new Float64Array(count);
  for (let l = 0; l <= depth; l++) {
    const { fanIn, fanOut, wOffset, bOffset, scale } = layout.layers[l]!;
    const prev = l === 0 ? inputs.x : acts.z[l - 1]!;
    const dst = l === depth ? out : next;
    for (let i = 0; i < count; i++) {
      const a0 = i * fanIn;
      for (let j = 0; j < fanOut; j++) {
        const w0 = wOffset + j * fanIn;
        let s = 0;
        for (let k = 0; k < fanIn; k++) {
          const zk = prev[a0 + k]!;
          if (l === 0) s += v[w0 + k]! * zk;
          else if (zk > 0) s += theta[w0 + k]! * dot[a0 + k]! + v[w0 + k]! * zk;
        }
        dst[i * fanOut + j] = scale * s + SIGMA_B * v[bOffset + j]!;
      }
    }
    if (l < depth) [dot, next] = [next, dot];
  }
  return out;
}
