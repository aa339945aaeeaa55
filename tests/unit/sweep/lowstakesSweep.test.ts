/**
 * The low-stakes CLI's sweep: exactly the single runs it is made of, seed for seed, deterministic,
 * the turn following the horizon when left to its default, and bad specs refused (exit 2, one line).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, runOne } from '~compute/lowstakes/cli';
import { planSweep, type Spread, type SweepOutput } from '~compute/sweep/index';
import { lowstakesSweepModel } from '~compute/lowstakes/sweepModel';

const root = new URL('../../../', import.meta.url).pathname;
const cli = (json: string) => spawnSync('npx', ['tsx', 'src/compute/cli.ts', 'lowstakes', json], { cwd: root, encoding: 'utf8' });
const sweepOf = (out: unknown) => (out as SweepOutput).sweep;
const spread = (xs: number[]): Spread => ({ mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) });

describe('lowstakes sweep', () => {
  it('equals the single runs it is made of (stakes B, 3 seeds)', () => {
    const values = [1, 10, 1000];
    const seeds = [1, 2, 3];
    const base = { steps: 3000 };
    const out = sweepOf(run({ ...base, sweep: { param: 'stakes', values, seeds } }));
    expect(out.param).toBe('stakes');
    expect(out.seeds).toEqual(seeds);
    expect(out.points.map((p) => p.value)).toEqual(values);
    values.forEach((stakes, i) => {
      const singles = seeds.map((seed) => runOne({ ...base, stakes, seed }));
      const point = out.points[i]!;
      for (const field of ['learnerLoss', 'bestLoss', 'alignedLoss', 'regret', 'regretBound', 'badDecisions', 'catastropheProbability'] as const) {
        expect(point[field], `${field} at B = ${stakes}`).toEqual(spread(singles.map((s) => s[field] as number)));
      }
      // not numbers: the curve and the best policy's name
      expect(Object.keys(point)).not.toContain('curve');
      expect(Object.keys(point)).not.toContain('bestPolicy');
    });
  });

  it('leaves out a field that is null in some run', () => {
    const out = sweepOf(run({ steps: 2000, learner: 'frozen', sweep: { param: 'watchSteps', values: [500, 1500] } }));
    const singles = [500, 1500].map((watchSteps) => runOne({ steps: 2000, learner: 'frozen', watchSteps }));
    expect(singles.every((s) => s.regretBound === null)).toBe(true);
    expect(Object.keys(out.points[0]!)).not.toContain('regretBound');
    expect(out.points[1]!.badDecisions).toEqual(spread([singles[1]!.badDecisions]));
  });

  it('sweeping steps moves a default turn with the horizon; a written turn step stays', () => {
    const free = planSweep(lowstakesSweepModel, { sweep: { param: 'steps', values: [1000, 4000] } });
    expect(free.runs.map((r) => runOne(r.scenario).regret)).toEqual([runOne({ steps: 1000 }).regret, runOne({ steps: 4000 }).regret]);
    const fixed = sweepOf(run({ world: { turnStep: 300 }, sweep: { param: 'steps', values: [1000, 4000] } }));
    expect((fixed.points[1]!.regret as Spread).mean).toBe(runOne({ steps: 4000, world: { turnStep: 300 } }).regret);
    const turn = sweepOf(run({ steps: 1000, sweep: { param: 'world.turnStep', values: [100, 900] } }));
    expect((turn.points[0]!.badDecisions as Spread).mean).toBe(runOne({ steps: 1000, world: { turnStep: 100 } }).badDecisions);
  });

  it('sweeps the horizon, a world field and Hedge’s rate for other learners', () => {
    const out = sweepOf(run({ learner: 'fixed-share', steps: 1500, sweep: { param: 'shareRate', values: [0, 0.01], seeds: [4] } }));
    expect((out.points[1]!.regret as Spread).mean).toBe(runOne({ learner: 'fixed-share', steps: 1500, shareRate: 0.01, seed: 4 }).regret);
    const noise = sweepOf(run({ steps: 1000, sweep: { param: 'world.noise', values: [0, 0.3] } }));
    expect((noise.points[1]!.learnerLoss as Spread).mean).toBe(runOne({ steps: 1000, world: { noise: 0.3 } }).learnerLoss);
    const rate = sweepOf(run({ steps: 1000, sweep: { param: 'learningRate', values: [0.01, 1] } }));
    expect((rate.points[0]!.regret as Spread).mean).toBe(runOne({ steps: 1000, learningRate: 0.01 }).regret);
  });

  it('is deterministic', () => {
    const scenario = { steps: 2000, sweep: { param: 'stakes', values: [1, 100], seeds: [5, 6] } };
    expect(run(structuredClone(scenario))).toEqual(run(structuredClone(scenario)));
  });

  it('refuses bad specs with the reason', () => {
    expect(() => run({ sweep: { param: 'B', values: [1] } })).toThrow(
      'sweep: expected sweep.param a numeric field of this lowstakes scenario (steps, shareRate, watchSteps, stakes, catastropheRun, world.aligned, world.deceptive, world.mediocre, world.advantage, world.noise), received "B"',
    );
    expect(() => run({ sweep: { param: 'stakes', values: [] } })).toThrow('sweep: expected sweep.values a non-empty array of numbers, received []');
    expect(() => run({ sweep: { param: 'stakes', values: [10, 'big'] } })).toThrow('sweep: expected sweep.values[1] a finite number, received "big"');
    expect(() => run({ sweep: { param: 'stakes', values: [10, 0.5] } })).toThrow(
      'sweep: stakes = 0.5 (sweep.values[1]) is not a valid scenario: lowstakes: expected stakes a number in [1, 1000000000], received 0.5',
    );
    expect(() => run({ sweep: { param: 'seed', values: [1], seeds: [1] } })).toThrow('sweep: expected sweep.param other than the seed "seed"');
    expect(() => run({ sweep: { param: 'stakes', values: Array.from({ length: 101 }, (_, i) => i + 1), seeds: Array.from({ length: 10 }, (_, i) => i) } })).toThrow(
      'sweep: expected at most 1000 runs (values × seeds) for lowstakes, received 1010 (101 values × 10 seeds)',
    );
  });

  it('the CLI process: exit 0 with a sweep, exit 2 with one line for a bad one', () => {
    const ok = cli('{"steps":1000,"sweep":{"param":"stakes","values":[1,100],"seeds":[1,2]}}');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(run({ steps: 1000, sweep: { param: 'stakes', values: [1, 100], seeds: [1, 2] } }));
    for (const [json, message] of [
      ['{"sweep":{"param":"world.nope","values":[1]}}', 'sweep: expected sweep.param a numeric field of this lowstakes scenario'],
      ['{"sweep":{"param":"catastropheRun","values":[5,0]}}', 'sweep: catastropheRun = 0 (sweep.values[1]) is not a valid scenario: lowstakes: expected catastropheRun an integer in [1, 1000000], received 0'],
      [`{"sweep":{"param":"stakes","values":[${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}]}}`, 'sweep: expected at most 1000 runs (values × seeds) for lowstakes, received 1001 (1001 values × 1 seed)'],
    ] as const) {
      const r = cli(json);
      expect(r.status, json).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  });
});
