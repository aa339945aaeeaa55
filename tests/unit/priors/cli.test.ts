import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { run } from '~compute/priors/cli';

const cli = (json: string) =>
  spawnSync('npx', ['tsx', 'src/compute/cli.ts', 'priors', json], { cwd: process.cwd(), encoding: 'utf8' });

describe('priors CLI', () => {
  it('run() keeps the CLI fields only', () => {
    const out = run({ preset: 'central' });
    expect(Object.keys(out).sort()).toEqual(['curve', 'probability', 'rules', 'staticProbability']);
    expect(out.rules).toHaveLength(6);
    expect(Object.keys(out.rules[0]!).sort()).toEqual(['kind', 'probability', 'weightAtFrom']);
    expect(out.curve[0]).toEqual({ year: 2020, probability: 0 });
    expect(out.curve.at(-1)!.year).toBe(2100);
  });
  it('prints one JSON object and exits 0', () => {
    const r = cli('{"from": 2020, "to": 2036, "increment": 0.0001, "evolutionUpdate": "report", "rules": [{"kind": "calendar", "ftp": "1/300"}]}');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.probability).toBeCloseTo(16 / 379, 10);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('bad input: one line on stderr, exit 2', () => {
    const r = cli('{"rules": [{"kind": "calendar", "ftp": "1/0"}]}');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('priors: expected rules[0].ftp with a non-zero denominator, received "1/0"');
  });
});
