/**
 * The tangent widget in headless Chromium against the production build: time from Play to the
 * first trained frame on screen (worker start + setup + first chunk), training speed, the main
 * thread's long tasks while training (target none over 50 ms), and how long the width sweep of a
 * non-default link takes to show its first and last width. Figures are printed, never asserted.
 */
import { chromium, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT } from '../helpers/chromium';
import { previewServer } from '../helpers/previewServer';

const { stop } = await previewServer({ port: PORT });

const PATH = '/notes/updating-the-lottery-ticket-hypothesis/';

async function openWatched(page: Page, query: string) {
  await page.goto(`${BASE_URL}${PATH}${query}`);
  await page.locator('.tan-figure').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('.tan-figure astro-island')?.hasAttribute('ssr'));
  await page.evaluate(() => {
    const w = window as unknown as { __marks: [number, number][]; __long: [number, number][]; __sweep: [number, number][] };
    w.__marks = [];
    w.__long = [];
    w.__sweep = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
    const h = document.querySelector('.tan-headline')!;
    new MutationObserver(() => {
      const m = /^Step (\d+) of/.exec(h.textContent ?? '');
      if (m) w.__marks.push([Number(m[1]), performance.now()]);
    }).observe(h, { childList: true, subtree: true, characterData: true });
    const sweep = document.querySelector('.tan-sweep')!;
    new MutationObserver(() => w.__sweep.push([sweep.querySelectorAll('circle.tan-mark-weight').length, performance.now()])).observe(sweep, { childList: true, subtree: true });
  });
}

type Marks = { marks: [number, number][]; long: [number, number][]; sweep: [number, number][] };
const read = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __marks: [number, number][]; __long: [number, number][]; __sweep: [number, number][] };
    return { marks: w.__marks, long: w.__long, sweep: w.__sweep } as Marks;
  });

/**
 * Main-thread busy time from a CPU profile (samples that are not idle), which on a loaded machine
 * says more than long tasks: a 10 ms task that waits 100 ms for a core is a 110 ms "long task".
 */
async function profiled<T>(page: Page, run: () => Promise<T>): Promise<[T, number]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string } }[]; samples: number[]; timeDeltas: number[] } };
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const busy = profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
  return [result, busy];
}

async function play(page: Page, query: string, to: number) {
  await openWatched(page, query);
  const clicked = await page.evaluate(() => performance.now());
  const [, busyMs] = await profiled(page, async () => {
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((n) => ((window as unknown as { __marks: [number, number][] }).__marks.at(-1)?.[0] ?? 0) >= n, to, { timeout: 600_000 });
    await page.getByRole('button', { name: 'Play' }).click();
  });
  const { marks, long } = await read(page);
  const first = marks.find(([s]) => s > 0)!;
  const last = marks.at(-1)!;
  return {
    firstFrameMs: first[1] - clicked,
    stepsPerSecond: ((last[0] - first[0]) / (last[1] - first[1])) * 1000,
    longTasks: long.filter(([t]) => t >= clicked).map(([, d]) => d),
    frames: marks.length,
    busyPerFrameMs: busyMs / Math.max(1, marks.length),
  };
}

const list = (d: number[]) => (d.length ? d.map((x) => `${Math.round(x)} ms`).join(', ') : 'none');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
for (const [label, query, to] of [
  ['default (sin, width 256)', '', 2000],
  ['width 4,096', '?tangent.width=4096', 400],
  ['width 16,384', '?tangent.width=16384', 100],
  ['2-D xor, width 1,024', '?tangent.task=xor&tangent.width=1024', 300],
] as const) {
  const r = await play(await browser.newPage(), query, to);
  console.log(`${label}: Play → first trained curve ${Math.round(r.firstFrameMs)} ms; ${r.stepsPerSecond.toFixed(0)} steps/s to step ${to}; main-thread long tasks after Play: ${list(r.longTasks)} (target none); main thread busy ${r.busyPerFrameMs.toFixed(1)} ms per frame over ${r.frames} frames (CPU profile, incl. the test harness)`);
}
// baseline: the same page hydrated and left idle for 5 s — long tasks here are the machine's, not the widget's
{
  const idle = await browser.newPage();
  await openWatched(idle, '');
  const t = await idle.evaluate(() => performance.now());
  await idle.waitForTimeout(5000);
  const { long } = await read(idle);
  console.log(`idle page for 5 s (baseline on this machine): long tasks ${list(long.filter(([s]) => s >= t).map(([, d]) => d))}`);
}
// a link whose sweep is not in the page: computed width by width in its own worker
const page = await browser.newPage();
const t0 = Date.now();
await openWatched(page, '?tangent.seed=2');
const opened = await page.evaluate(() => performance.now());
await page.waitForFunction(() => document.querySelectorAll('.tan-sweep circle.tan-mark-weight').length >= 5, undefined, { timeout: 600_000 });
const { sweep, long } = await read(page);
const firstPoint = sweep.find(([n]) => n >= 1);
const lastPoint = sweep.find(([n]) => n >= 5)!;
console.log(
  `sweep of a link (seed 2, 16 → 4,096, 2000 steps) in the browser: first width after ${firstPoint ? Math.round(firstPoint[1] - opened) : '?'} ms, all five after ${((lastPoint[1] - opened) / 1000).toFixed(1)} s ` +
    `(page open to hydrated ${((Date.now() - t0) / 1000).toFixed(1)} s wall); long tasks meanwhile: ${list(long.filter(([t]) => t >= opened).map(([, d]) => d))}`,
);
await browser.close();
stop();
