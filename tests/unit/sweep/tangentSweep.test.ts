/**
 * The tangent CLI's sweep: a point summarises one width's run (and the NTK limit beside it), equal
 * seed for seed to the single runs; deterministic; multi-width scenarios and bad specs refused.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, runOne } from '~compute/tangent/cli';
import { tangentRunForSweep } from '~compute/tangent/sweepModel';
import type { Spread, SweepOutput } from '~compute/sweep/index';

const root = new URL('../../../', import.meta.url).pathname;
const cli = (json: string) => spawnSync('npx', ['tsx', 'src/compute/cli.ts', 'tangent', json], { cwd: root, encoding: 'utf8' });
const sweepOf = (out: unknown) => (out as SweepOutput).sweep;
const spread = (xs: number[]): Spread => ({ mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) });
const FIELDS = ['trainLoss', 'testLoss', 'linearTrainLoss', 'linearTestLoss', 'functionGap', 'weightChange', 'kernelChange', 'ntkError', 'ticketShare'] as const;

describe('tangent sweep', () => {
  it('the sweep’s run is the CLI run of one width, flattened', () => {
    const scenario = { widths: [32], steps: 50, task: 'moons', seed: 3 };
    const single = runOne(scenario);
    const { width, ...row } = single.runs[0]!;
    expect(width).toBe(32);
    expect(tangentRunForSweep(scenario)).toEqual({ ...row, infiniteTestLoss: single.infinite.testLoss });
  });

  it('over width: equals the single runs it is made of, seed for seed', () => {
    const values = [8, 64];
    const seeds = [1, 2];
    const base = { steps: 60, task: 'xor' };
    const out = sweepOf(run({ ...base, sweep: { param: 'width', values, seeds } }));
    expect(out.param).toBe('width');
    expect(out.seeds).toEqual(seeds);
    values.forEach((width, i) => {
      const singles = seeds.map((seed) => runOne({ ...base, widths: [width], seed }));
      const point = out.points[i]!;
      expect(Object.keys(point)).toEqual(['value', ...FIELDS, 'infiniteTestLoss']);
      for (const field of FIELDS) expect(point[field], `${field} at width ${width}`).toEqual(spread(singles.map((s) => s.runs[0]![field] as number)));
      expect(point.infiniteTestLoss).toEqual(spread(singles.map((s) => s.infinite.testLoss)));
    });
  });

  it('over the learning rate and the steps of a one-width scenario', () => {
    const base = { widths: [48], steps: 40 };
    const byRate = sweepOf(run({ ...base, sweep: { param: 'learningRate', values: [0.1, 1] } }));
    const single = runOne({ ...base, learningRate: 1 });
    expect(byRate.points[1]!.testLoss).toEqual(spread([single.runs[0]!.testLoss]));
    expect(byRate.points[1]!.infiniteTestLoss).toEqual(spread([single.infinite.testLoss]));
    const bySteps = sweepOf(run({ ...base, sweep: { param: 'steps', values: [10, 80] } }));
    expect((bySteps.points[1]!.kernelChange as Spread).mean).toBe(runOne({ ...base, steps: 80 }).runs[0]!.kernelChange);
    const byPath = sweepOf(run({ ...base, sweep: { param: 'widths.0', values: [16] } }));
    expect((byPath.points[0]!.trainLoss as Spread).mean).toBe(runOne({ ...base, widths: [16] }).runs[0]!.trainLoss);
  });

  it('is deterministic', () => {
    const scenario = { steps: 30, sweep: { param: 'width', values: [8, 32], seeds: [4, 5] } };
    expect(run(structuredClone(scenario))).toEqual(run(structuredClone(scenario)));
  });

  it('refuses a multi-width scenario and bad specs with the reason', () => {
    expect(() => run({ steps: 10, sweep: { param: 'learningRate', values: [0.1] } })).toThrow(
      'sweep: expected a tangent scenario with one width in "widths" to sweep learningRate (a sweep point summarises one width\'s run; sweep "width" to vary the width), received [16,64,256,1024,4096]',
    );
    expect(() => run({ widths: [8], sweep: { param: 'lr', values: [0.1] } })).toThrow(
      'sweep: expected sweep.param a numeric field of this tangent scenario (depth, widths.0, steps, learningRate), received "lr"',
    );
    expect(() => run({ widths: [8], sweep: { param: 'learningRate', values: [] } })).toThrow('sweep: expected sweep.values a non-empty array of numbers, received []');
    expect(() => run({ widths: [8], sweep: { param: 'learningRate', values: [null] } })).toThrow('sweep: expected sweep.values[0] a finite number, received null');
    expect(() => run({ widths: [8], sweep: { param: 'learningRate', values: [0.1, 11] } })).toThrow(
      'sweep: learningRate = 11 (sweep.values[1]) is not a valid scenario: parseScenario: expected learningRate in (0, 10], received 11',
    );
    expect(() => run({ depth: 2, sweep: { param: 'width', values: [512, 2048] } })).toThrow(
      'sweep: width = 2048 (sweep.values[1]) is not a valid scenario: parseScenario: expected widths[0] an integer in 1 … 1024, received 2048',
    );
    expect(() => run({ sweep: { param: 'width', values: [8, 16, 32, 64, 128, 256, 512], seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9] } })).toThrow(
      'sweep: expected at most 60 runs (values × seeds) for tangent, received 63 (7 values × 9 seeds)',
    );
  });

  it('the CLI process: exit 0 with a sweep, exit 2 with one line for a bad one', () => {
    const ok = cli('{"steps":20,"sweep":{"param":"width","values":[8,16],"seeds":[1,2]}}');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(run({ steps: 20, sweep: { param: 'width', values: [8, 16], seeds: [1, 2] } }));
    for (const [json, message] of [
      ['{"sweep":{"param":"steps","values":[10]}}', 'sweep: expected a tangent scenario with one width in "widths" to sweep steps'],
      ['{"widths":[8],"sweep":{"param":"nope","values":[1]}}', 'sweep: expected sweep.param a numeric field of this tangent scenario (depth, widths.0, steps, learningRate), received "nope"'],
      ['{"widths":[8],"sweep":{"param":"steps","values":[10,0]}}', 'sweep: steps = 0 (sweep.values[1]) is not a valid scenario: parseScenario: expected steps an integer in 1 … 20000, received 0'],
      [`{"sweep":{"param":"width","values":[${Array.from({ length: 61 }, (_, i) => i + 1).join(',')}]}}`, 'sweep: expected at most 60 runs (values × seeds) for tangent, received 61 (61 values × 1 seed)'],
    ] as const) {
      const r = cli(json);
      expect(r.status, json).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  });
});
