/**
 * Static endpoint: at build time Astro writes dist/data/mnist-v2.bin (`MNIST_ASSET`), the
 * 8,000/2,000 seeded split of the `mnist` package's digits packed by `packMnist` (4-bit pixels,
 * zero runs coded; 1.34 MB). The digits demo fetches it only when the reader starts it, then
 * reads it with `unpackMnist` — the same decoder the Node CLI, tests and bench train through.
 */
import type { APIRoute } from 'astro';
import { loadMnistBytes } from '@intermittent-distillations/compute/pruning/node';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(new Uint8Array(loadMnistBytes()), { headers: { 'Content-Type': 'application/octet-stream' } });
