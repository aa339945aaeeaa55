/**
 * Static endpoint: at build time Astro writes dist/data/mnist-v1.bin, the 8,000/2,000 seeded
 * split of the `mnist` package's digits packed by `packMnist`. The digits demo fetches it only
 * when the reader starts it, then reads it with `unpackMnist`.
 */
import type { APIRoute } from 'astro';
import { loadMnistBytes } from '../../compute/pruning/mnistNode';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(new Uint8Array(loadMnistBytes()), { headers: { 'Content-Type': 'application/octet-stream' } });
