import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, CURVE_WINDOWS } from '~compute/lowstakes/cli';

const root = new URL('../../../', import.meta.url).pathname;
function compute(json: string) {
  const r = spawnSync('npx', ['tsx', 'src/compute/cli.ts', 'lowstakes', json], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('run (the CLI module)', () => {
  it('returns every documented field', () => {
    const out = run({ steps: 1000 });
    expect(Object.keys(out)).toEqual([
      'learnerLoss', 'bestLoss', 'bestPolicy', 'alignedLoss', 'regret', 'regretBound', 'badDecisions', 'stepsToRecover', 'catastropheProbability', 'curve',
    ]);
    expect(out.curve).toHaveLength(CURVE_WINDOWS);
    expect(out.curve.at(-1)).toMatchObject({ step: 1000, learnerLoss: out.learnerLoss, bestLoss: out.bestLoss });
    expect(Object.keys(out.curve[0]!)).toEqual(['step', 'learnerLoss', 'bestLoss', 'weightTurned']);
    expect(run({ learner: 'fixed-share', steps: 100 }).regretBound).toBeNull();
    expect(run({ learningRate: 0.1, steps: 100 }).regretBound).toBeNull();
  });
});

describe('compute lowstakes CLI', () => {
  it('prints one JSON object and exits 0', () => {
    const r = compute('{"learner": "frozen"}');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out.badDecisions).toBe(5000);
    expect(out.stepsToRecover).toBeNull();
  });

  it('exits 2 with a one-line reason naming the field', () => {
    const r = compute('{"world": {"kind": "treacherous", "turn": 3}}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('received "turn"');
    const b = compute('{"stakes": 0}');
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('lowstakes: expected stakes a number in [1, 1000000000], received 0\n');
  });
});
