import { spawnSync } from 'node:child_process';

/**
 * Run `npm run --silent compute -- <model> '<scenario JSON>'` as a reader would (a child process
 * from the repository root) and parse the one JSON object it prints; throws with its stderr.
 * @example computeCli('priors', { preset: 'central' }).probability // 0.07…
 */
export function computeCli(model: string, scenario: unknown): Record<string, any> {
  const r = spawnSync('npm', ['run', '--silent', 'compute', '--', model, JSON.stringify(scenario)], { cwd: process.cwd(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compute ${model} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, any>;
}
