import { seedToState } from '../random/rng';

/**
 * Independent random streams of one scenario seed: world tables, contexts, and each learner's draws
 * ("one world steps three learners together; each learner its own draws", issue 4).
 * @example STREAMS.conservative // 2
 */
export const STREAMS = { world: 0, contexts: 1, conservative: 2, mixture: 3, map: 4 } as const;

/**
 * The mulberry32 state of stream `stream` of seed `seed`.
 * Formula: state = (seedToState(seed) + 0x9e3779b9·(stream + 1)) mod 2³²; mulberry32 walks a Weyl
 * sequence, so this starts each stream at a far-apart offset of the same 2³² cycle.
 * Source: golden-ratio increment as in splitmix (Steele, Lea & Flood 2014).
 * @example streamState(1, 0) // 2654435770
 */
export function streamState(seed: number, stream: number): number {
  return (seedToState(seed) + Math.imul(0x9e3779b9 | 0, stream + 1)) >>> 0;
}
