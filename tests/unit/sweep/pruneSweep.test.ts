/** The pruning CLI's sweep: the same trainings as the single runs, seed for seed (wall time left out). */
import { describe, expect, it } from 'vitest';
import { run, runOne } from '~compute/pruning/cli';
import type { SweepOutput } from '~compute/sweep/index';

describe('prune sweep', () => {
  it('equals the single trainings it is made of; `hidden` sets every layer’s width', async () => {
    const base = { dataset: 'blobs', hidden: [8, 8], epochs: 1, batchSize: 32 };
    const out = ((await run({ ...base, sweep: { param: 'hidden', values: [4, 16], seeds: [1, 2] } })) as SweepOutput).sweep;
    expect(out.param).toBe('hidden');
    expect(Object.keys(out.points[0]!)).not.toContain('seconds');
    for (const [i, width] of [4, 16].entries()) {
      const singles = await Promise.all([1, 2].map((seed) => runOne({ ...base, hidden: [width, width], seed })));
      for (const field of ['testAccuracy', 'trainAccuracy', 'testLoss'] as const) {
        const xs = singles.map((s) => s[field]);
        expect(out.points[i]![field]).toEqual({ mean: (xs[0]! + xs[1]!) / 2, min: Math.min(...xs), max: Math.max(...xs) });
      }
      expect(out.points[i]!.weightsChanged).toEqual({ mean: 0, min: 0, max: 0 });
    }
  });
});
