import { invalid } from '../errors';
import { layerInput, SIGMA_B2, type Activations, type Inputs, type Layout } from './network';

/** One batch as the kernel sees it: its inputs, pre-activations and back-propagated signals at θ. */
export interface KernelSide {
  inputs: Inputs;
  acts: Activations;
  dels: Float64Array[];
}

/**
 * The empirical NTK between two batches without a Jacobian in memory (the spec's layer identity):
 * Θ̂(x, x') = Σ_l (δˡ(x)·δˡ(x')) (m^W_l c_l² aˡ⁻¹(x)·aˡ⁻¹(x') + m^b_l σ_b²),
 * aˡ the post-activations (a⁰ = x), δˡ = ∂f/∂zˡ (1 at the output), c_l the layer's weight scale and
 * m the learning-rate multipliers, so the kernel is J P Jᵀ with P the step's preconditioner — the
 * kernel that drives gradient descent (P = I under NTK; under mean-field P = n except the output
 * bias, and J P Jᵀ at θ₀ equals the NTK-parameterised kernel). O(|A|·|B|·Σ widths).
 * Returns |A| × |B| row-major. Source: spec "The linearisation"; Jacot et al. 2018 §4; Lee et al. 2019 eq. 4.
 * @example empiricalNtk(layout, side, side) // symmetric |A| × |A| Gram matrix
 */
export function empiricalNtk(layout: Layout, a: KernelSide, b: KernelSide): Float64Array {
  const { depth, width } = layout.shape;
  const p = a.acts.count;
  const q = b.acts.count;
  if (a.dels.length !== depth || b.dels.length !== depth) invalid('empiricalNtk', `${depth} layers of signals`, [a.dels.length, b.dels.length]);
  const out = new Float64Array(p * q);
  for (let l = 0; l <= depth; l++) {
    const { scale, lrWeight, lrBias, fanIn } = layout.layers[l]!;
    const wTerm = lrWeight * scale * scale;
    const bTerm = lrBias * SIGMA_B2;
    const pa = layerInput(a.inputs, a.acts, l);
    const pb = layerInput(b.inputs, b.acts, l);
    const da = l === depth ? null : a.dels[l]!;
    const db = l === depth ? null : b.dels[l]!;
    const n = l === depth ? 1 : width;
    for (let i = 0; i < p; i++) {
      const ai = i * fanIn;
      const di = i * n;
      for (let j = 0; j < q; j++) {
        const aj = j * fanIn;
        let aa = 0;
        for (let k = 0; k < fanIn; k++) aa += pa[ai + k]! * pb[aj + k]!;
        let dd = 1;
        if (da && db) {
          const dj = j * n;
          dd = 0;
          for (let k = 0; k < n; k++) dd += da[di + k]! * db[dj + k]!;
        }
        out[i * q + j]! += dd * (wTerm * aa + bTerm);
      }
    }
  }
  return out;
}
