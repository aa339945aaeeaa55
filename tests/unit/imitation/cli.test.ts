import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
function compute(json: string) {
  const r = spawnSync('npx', ['tsx', 'src/compute/cli.ts', 'imitation', json], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('compute imitation CLI', () => {
  it('prints one JSON object and exits 0', () => {
    const r = compute('{"seed": 2, "steps": 2000, "selection": {"rule": "alpha", "alpha": 0.3}, "world": {"triggerSpread": 0}}');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out.queries).toBe(0);
    expect(out.catastrophes).toBeGreaterThan(1000);
    expect(out.demonstratorLeftTopSet).toBe(true);
    expect(out.queryProbability).toHaveLength(20);
  });

  it('exits 2 with a one-line reason naming the field', () => {
    const r = compute('{"selection": {"rule": "alpha", "alpha": 2}}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('imitation: expected selection.alpha in (0, 1], received 2\n');
    const u = compute('{"world": {"honest": 3}}');
    expect(u.code).toBe(2);
    expect(u.stderr.trim().split('\n')).toHaveLength(1);
    expect(u.stderr).toContain('received "honest"');
  });
});
