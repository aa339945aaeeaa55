// TensorFlow-free, so the widget's parameter code can list the methods without loading the model.

/**
 * What is trained: a mask over frozen weights (edge-popup), the same with binarised weights
 * (biprop, MPT-1/32), biprop with binary hidden activations too (biprop-1-1, MPT-1/1), or the
 * weights (dense).
 */
export type Method = 'biprop' | 'edge-popup' | 'dense' | 'biprop-1-1';

/** Every method, in the order error messages list them. */
export const methods: readonly Method[] = ['biprop', 'edge-popup', 'dense', 'biprop-1-1'];

/**
 * Whether a method binarises the kept weights to α·sign(W) (biprop and MPT-1/1; Diffenderfer &
 * Kailkhura 2021, §3).
 * @example binarisesWeights('biprop-1-1') // true
 */
export function binarisesWeights(method: Method): boolean {
  return method === 'biprop' || method === 'biprop-1-1';
}
