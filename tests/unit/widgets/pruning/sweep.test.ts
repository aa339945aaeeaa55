import { beforeAll, describe, expect, it } from 'vitest';
import { defaults } from '~state/index';
import { run } from '~compute/pruning/cli';
import type { SweepOutput } from '~compute/sweep/index';
import { pruningSchema, runConfigs } from '~components/widgets/pruning/params';
import { pruningSweepPlan, SWEEP_EPOCHS, SWEEP_KEEPS, SWEEP_WIDTHS } from '~components/widgets/pruning/sweep';
import { trainSweepPoint } from '~components/widgets/pruning/sweepTrain';
import { useCpu } from '../../pruning/helpers';

beforeAll(useCpu);

describe('the pruning widget’s sweep', () => {
  const params = { ...defaults(pruningSchema), seed: 5 };
  it('over width trains the pruned and the dense network at every width; over k the dense one once', () => {
    const w = pruningSweepPlan(params, 'width');
    expect(w.xs).toEqual([...SWEEP_WIDTHS]);
    expect(w.seeds).toEqual([5, 6, 7]);
    expect(w.tasks).toHaveLength(2 * SWEEP_WIDTHS.length);
    const at64 = w.tasks.filter((t) => t.xIndex === 3);
    const at = runConfigs({ ...params, width: 64 });
    expect(at64.map((t) => t.request.config)).toEqual([{ ...at.pruned, epochs: SWEEP_EPOCHS }, { ...at.dense, epochs: SWEEP_EPOCHS }]);
    // 10 epochs of the widget's 18 batches of 32
    expect([w.epochs, w.steps]).toEqual([10, 180]);
    const k = pruningSweepPlan(params, 'keep');
    expect(k.tasks).toHaveLength(SWEEP_KEEPS.length + 1);
    expect(k.tasks.filter((t) => t.series === 'dense')).toHaveLength(1);
    expect(k.tasks[4]!.request.config.keep).toBe(0.4);
    expect(pruningSweepPlan({ ...params, width: 8 }, 'width').key).toBe(w.key); // the swept setting is not part of the key
    expect(pruningSweepPlan({ ...params, lr: 0.05 }, 'width').key).not.toBe(w.key);
  });

  it('a point is exactly the compute CLI’s sweep of the same runs', async () => {
    const config = { ...runConfigs({ ...params, dataset: 'blobs', width: 8, depth: 1 }).pruned, epochs: 1 };
    const point = trainSweepPoint({ dataset: 'blobs', config, seeds: [1, 2] });
    const { seed: _seed, ...scenario } = config;
    const cli = (await run({ dataset: 'blobs', ...scenario, sweep: { param: 'keep', values: [config.keep], seeds: [1, 2] } })) as SweepOutput;
    expect(point).toEqual(cli.sweep.points[0]!.testAccuracy);
  });
});
