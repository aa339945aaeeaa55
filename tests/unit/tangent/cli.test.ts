import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { runScenario } from '~compute/tangent/runScenario';
import { parseScenario, scenarioDefaults } from '~compute/tangent/scenario';

const compute = (json: string) => spawnSync('npm', ['run', '--silent', 'compute', '--', 'tangent', json], { cwd: process.cwd(), encoding: 'utf8' });

describe('tangent scenario and CLI', () => {
  test('parseScenario fills the spec defaults and names bad fields', () => {
    expect(parseScenario({})).toEqual({ seed: 1, task: 'sin', depth: 1, widths: [16, 64, 256, 1024, 4096], parameterisation: 'ntk', steps: 2000, learningRate: 0.5 });
    expect(parseScenario({ depth: 2 }).widths).toEqual([16, 64, 256, 1024]);
    expect(parseScenario({ widths: [8], task: 'moons' }).task).toBe('moons');
    expect(() => parseScenario({ width: 8 })).toThrow('parseScenario: expected only the fields seed, task, depth, widths, parameterisation, steps, learningRate, received "width"');
    expect(() => parseScenario({ widths: [8, 0] })).toThrow('parseScenario: expected widths[1] an integer in 1 … 16384, received 0');
    expect(() => parseScenario({ depth: 3, widths: [4096] })).toThrow('parseScenario: expected widths[0] an integer in 1 … 1024, received 4096');
    expect(() => parseScenario({ parameterisation: 'mup' })).toThrow('parseScenario: expected parameterisation one of ntk, mean-field, received "mup"');
    expect(() => parseScenario({ learningRate: -1 })).toThrow('parseScenario: expected learningRate in (0, 10], received -1');
    expect(() => parseScenario({ steps: 0 })).toThrow('parseScenario: expected steps an integer in 1 … 20000, received 0');
    expect(() => parseScenario('sin')).toThrow('parseScenario: expected a JSON object, received "sin"');
    expect(scenarioDefaults.steps).toBe(2000);
  });

  test('runScenario is pure: same scenario, same numbers', () => {
    const s = parseScenario({ widths: [8, 32], steps: 50 });
    expect(runScenario(s)).toEqual(runScenario(s));
  });

  test('prints one JSON object with the promised fields; bad input exits 2 with one line', () => {
    const ok = compute('{"widths":[16,64],"steps":100,"task":"step"}');
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.runs.map((r: { width: number }) => r.width)).toEqual([16, 64]);
    for (const k of ['width', 'trainLoss', 'testLoss', 'linearTrainLoss', 'linearTestLoss', 'functionGap', 'weightChange', 'kernelChange', 'ntkError', 'ticketShare']) {
      expect(Object.keys(out.runs[0])).toContain(k);
    }
    expect(Object.keys(out.infinite)).toEqual(['testLoss']);
    const bad = compute('{"steps":"many"}');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^parseScenario: expected steps an integer in 1 … 20000, received "many"/);
    const json = compute('{oops');
    expect(json.status).toBe(2);
  });
});
