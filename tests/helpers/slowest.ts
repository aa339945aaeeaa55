/**
 * `npm run test:slowest [-- N]`: the slowest spec files and tests of the last run, from the JSON
 * reports Playwright and Vitest write into test-results/ (see playwright.config.ts and
 * vitest.config.ts). Times are each test's own duration; the suites run on two workers, so the
 * wall time of a phase is roughly half the sum.
 */
import { existsSync, readFileSync } from 'node:fs';

const top = Number(process.argv[2] ?? 12);
const PLAYWRIGHT = 'test-results/playwright.json';
const VITEST = 'test-results/vitest.json';

interface Row { file: string; title: string; seconds: number }

interface PwSuite { title: string; file?: string; specs?: PwSpec[]; suites?: PwSuite[] }
interface PwSpec { title: string; file: string; line: number; tests: { results: { duration: number; status: string }[] }[] }

function playwrightRows(report: { suites: PwSuite[] }): Row[] {
  const rows: Row[] = [];
  const walk = (suite: PwSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        // Retries count: they are time the run spent.
        const seconds = t.results.reduce((s, r) => s + r.duration, 0) / 1000;
        rows.push({ file: spec.file, title: [...path, spec.title].join(' › '), seconds });
      }
    }
    for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
  };
  for (const s of report.suites) walk(s, []);
  return rows;
}

interface VitestFile { name: string; startTime: number; endTime: number; assertionResults: { fullName: string; duration?: number | null }[] }

function vitestRows(report: { testResults: VitestFile[] }): { files: Row[]; tests: Row[] } {
  const rel = (name: string) => name.replace(`${process.cwd()}/`, '');
  return {
    // A file's time includes importing it and its environment, which its tests' times do not.
    files: report.testResults.map((f) => ({ file: rel(f.name), title: `${f.assertionResults.length} tests`, seconds: (f.endTime - f.startTime) / 1000 })),
    tests: report.testResults.flatMap((f) => f.assertionResults.map((t) => ({ file: rel(f.name), title: t.fullName, seconds: (t.duration ?? 0) / 1000 }))),
  };
}

const s = (x: number) => `${x.toFixed(1)} s`.padStart(8);
const clip = (t: string, n = 110) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

function byFile(rows: Row[]): Row[] {
  const m = new Map<string, { seconds: number; n: number }>();
  for (const r of rows) {
    const e = m.get(r.file) ?? { seconds: 0, n: 0 };
    e.seconds += r.seconds;
    e.n += 1;
    m.set(r.file, e);
  }
  return [...m].map(([file, e]) => ({ file, title: `${e.n} tests`, seconds: e.seconds }));
}

function print(heading: string, rows: Row[], withTitle: boolean) {
  console.log(`\n${heading}`);
  for (const r of [...rows].sort((a, b) => b.seconds - a.seconds).slice(0, top)) {
    console.log(`${s(r.seconds)}  ${withTitle ? clip(`${r.file.replace(/^tests\/(e2e|unit|component)\//, '')}: ${r.title}`) : `${r.file}  (${r.title})`}`);
  }
}

let found = false;
if (existsSync(PLAYWRIGHT)) {
  found = true;
  const report = JSON.parse(readFileSync(PLAYWRIGHT, 'utf8'));
  const rows = playwrightRows(report);
  const total = rows.reduce((a, r) => a + r.seconds, 0);
  console.log(`Playwright (${PLAYWRIGHT}): ${rows.length} tests, ${(report.stats.duration / 1000).toFixed(0)} s wall, ${total.toFixed(0)} s of test time on ${report.config.metadata?.actualWorkers ?? report.config.workers} workers`);
  print('Slowest spec files (sum of their tests):', byFile(rows), false);
  print('Slowest browser tests:', rows, true);
}
if (existsSync(VITEST)) {
  found = true;
  const report = JSON.parse(readFileSync(VITEST, 'utf8'));
  const { files, tests } = vitestRows(report);
  console.log(`\nVitest (${VITEST}): ${tests.length} tests in ${files.length} files`);
  print('Slowest test files (import, environment and tests):', files, false);
  print('Slowest unit and component tests:', tests, true);
}
if (!found) {
  console.error(`No reports yet: run npm test (or npm run test:unit / test:e2e), which write ${VITEST} and ${PLAYWRIGHT}.`);
  process.exit(1);
}
