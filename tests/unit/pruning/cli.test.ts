import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '~compute/pruning/scenario';

const compute = (json: string) =>
  spawnSync('npm', ['run', '--silent', 'compute', '--', 'prune', json], { cwd: process.cwd(), encoding: 'utf8' });

describe('prune scenario and CLI', () => {
  test('parseScenario fills defaults and names bad fields', () => {
    expect(parseScenario({ dataset: 'xor', keep: 0.3 }).hidden).toEqual([256, 256]);
    expect(parseScenario({ dataset: 'mnist', method: 'dense' }).learningRate).toBe(0.001);
    expect(() => parseScenario({ keep: 2 })).toThrow('parseScenario: expected keep in (0, 1], received 2');
    expect(() => parseScenario({ hidden: [8, 0] })).toThrow('parseScenario: expected hidden[1] an integer in 1 … 4096, received 0');
    expect(() => parseScenario({ dataset: 'iris' })).toThrow(/dataset one of mnist, moons/);
    expect(() => parseScenario({ epoch: 3 })).toThrow(/expected only the fields .*, received "epoch"$/);
    expect(() => parseScenario([1])).toThrow('parseScenario: expected a JSON object');
  });

  test('steps is optional: absent it stays absent (older scenarios parse as before); given, it is an integer ≥ 0', () => {
    expect(parseScenario({ dataset: 'xor' })).not.toHaveProperty('steps');
    expect(parseScenario({ dataset: 'xor', steps: 20 }).steps).toBe(20);
    expect(parseScenario({ steps: 0 }).steps).toBe(0);
    expect(() => parseScenario({ steps: -1 })).toThrow('parseScenario: expected steps an integer in 0 … 10000000, received -1');
    expect(() => parseScenario({ steps: 1.5 })).toThrow(/expected steps an integer/);
  });

  test('"steps" stops training there (capped at the schedule) and reports the step reached', () => {
    const some = JSON.parse(compute('{"dataset":"blobs","hidden":[16],"epochs":2,"steps":7}').stdout);
    expect(some.steps).toBe(7);
    expect(some.scenario.steps).toBe(7);
    const capped = JSON.parse(compute('{"dataset":"blobs","hidden":[16],"epochs":1,"steps":1000}').stdout);
    expect(capped.steps).toBe(18); // one epoch of 600 / 32 batches
  });

  test('a small run prints one JSON object with the promised fields; bad input exits 2', () => {
    const ok = compute('{"dataset":"blobs","hidden":[16],"epochs":2}');
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout);
    for (const k of ['testAccuracy', 'trainAccuracy', 'seconds', 'keptFraction', 'weightsChanged']) expect(out).toHaveProperty(k);
    expect(out.weightsChanged).toBe(false);
    expect(out.keptFraction).toBeCloseTo(0.5, 2);
    const bad = compute('{"method":"magic"}');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^parseScenario: expected method one of biprop, edge-popup, dense, biprop-1-1, received "magic"/);
  });
});
