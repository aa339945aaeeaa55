/**
 * `npm test`: the phases in order (typecheck, unit and component tests, production build, browser
 * tests against it), stopping at the first that fails with its exit code, then a table of how long
 * each took. Vitest and Playwright also write JSON reports into test-results/ (see their configs),
 * which `npm run test:slowest` reads to show where the time went.
 *
 * Sequential on purpose: Vitest and Playwright each use both cores of the machines this runs on,
 * and the package test (`npm pack`, which builds src/compute/dist and removes it again) must not
 * run while the site builds, or the build could resolve the package through dist/.
 */
import { spawn } from 'node:child_process';
import { constants, loadavg } from 'node:os';

interface Phase {
  name: string;
  /** An npm script name, or a command with its arguments. */
  run: string[];
  env?: Record<string, string>;
}

const PHASES: Phase[] = [
  { name: 'typecheck', run: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit', run: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'build', run: ['npm', 'run', '--silent', 'build'] },
  // The fixture knowledge base (tests/fixtures/kb), which tests/e2e/kb-fixture.spec.ts serves.
  { name: 'build:fixture', run: ['npm', 'run', '--silent', 'build:fixture'] },
  // Not `npm run test:e2e`, which builds again.
  { name: 'e2e', run: ['playwright', 'test'], env: { NODE_OPTIONS: '--conditions=source' } },
];

function runPhase(phase: Phase): Promise<number> {
  const [cmd, ...args] = phase.run;
  return new Promise((resolve) => {
    const child = spawn(cmd!, args, { stdio: 'inherit', env: { ...process.env, ...phase.env } });
    child.on('error', (e) => {
      console.error(`${phase.name}: could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const rows: { name: string; seconds: number; result: string }[] = [];
const loadAtStart = load();
const start = performance.now();
let exitCode = 0;

for (const phase of PHASES) {
  console.log(`\n▶ ${phase.name}: ${phase.run.join(' ')}`);
  const t0 = performance.now();
  const code = await runPhase(phase);
  rows.push({ name: phase.name, seconds: (performance.now() - t0) / 1000, result: code === 0 ? 'ok' : `failed (exit ${code})` });
  if (code !== 0) {
    exitCode = code;
    break;
  }
}
for (const phase of PHASES.slice(rows.length)) rows.push({ name: phase.name, seconds: NaN, result: 'not run' });

const total = (performance.now() - start) / 1000;
const fmt = (s: number) => (Number.isNaN(s) ? '—' : `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`);
console.log('\nphase        time  result');
for (const r of rows) console.log(`${r.name.padEnd(10)} ${fmt(r.seconds).padStart(7)}  ${r.result}`);
console.log(`${'total'.padEnd(10)} ${fmt(total).padStart(7)}  ${exitCode === 0 ? 'ok' : `failed (exit ${exitCode})`}`);
// The machines are shared: the load says how much of the time was other work.
console.log(`load average (1, 5, 15 min): ${loadAtStart} at start, ${load()} at the end`);
console.log('Slowest files and tests: npm run test:slowest');
process.exit(exitCode);
