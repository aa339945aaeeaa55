/**
 * The pruning widget in headless Chromium against the production build: training steps per
 * second of the 2-D default (moons, biprop, 2 × 256, k 0.5; each step trains the pruned net AND
 * the dense baseline one minibatch, and every 10 steps the worker evaluates both on the test set
 * and a 40 × 40 decision grid), the backend the worker chose, and the main thread's long tasks
 * while it trains. Target: ≥ 20 steps/s. Also the digits default, for scale.
 */
import { chromium, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT } from '../helpers/chromium';
import { defaults, serialize } from '../../src/state/index';
import { datasetDefaults, pruningSchema } from '../../components/widgets/pruning/params';
import { previewServer } from '../helpers/previewServer';

const { stop } = await previewServer({ port: PORT });

const PATH = '/notes/multi-prize-lottery-ticket-hypothesis/';
const FULL = '[data-instance-id="pruning"]';

/** Steps/s between two reports, timed in the page when the headline changes (no polling error). */
async function measure(page: Page, query: string, from: number, to: number) {
  await page.goto(`${BASE_URL}${PATH}${query}`);
  // the full model (the note's focused figures come first)
  const full = page.locator(FULL);
  await full.scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => !document.querySelector(`${sel} astro-island`)?.hasAttribute('ssr'), FULL);
  await page.evaluate(() => {
    const w = window as unknown as { __marks: [number, number][]; __long: [number, number][] };
    w.__marks = [];
    w.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
    const h = document.querySelector('[data-instance-id="pruning"] .prune-headline')!;
    new MutationObserver(() => {
      const m = /^Step (\d+) of/.exec(h.textContent ?? '');
      if (m) w.__marks.push([Number(m[1]), performance.now()]);
    }).observe(h, { childList: true, subtree: true, characterData: true });
  });
  const clicked = await page.evaluate(() => performance.now());
  await full.getByRole('button', { name: 'Train' }).click();
  await page.waitForFunction((n) => ((window as unknown as { __marks: [number, number][] }).__marks.at(-1)?.[0] ?? 0) >= n, to, { timeout: 300_000 });
  await full.getByRole('button', { name: 'Train' }).click();
  const { marks, long } = await page.evaluate(() => {
    const w = window as unknown as { __marks: [number, number][]; __long: [number, number][] };
    return { marks: w.__marks, long: w.__long };
  });
  const a = marks.find(([s]) => s >= from)!;
  const b = marks.find(([s]) => s >= to)!;
  const firstReport = marks.find(([s]) => s === 0)!;
  return {
    stepsPerSecond: ((b[0] - a[0]) / (b[1] - a[1])) * 1000,
    startSeconds: (firstReport[1] - clicked) / 1000,
    backend: (await full.locator('.prune-backend').textContent())?.replace(/\s+/g, ' ').trim(),
    // while training = after the first report; before it the worker starts (and digits download)
    longTasks: long.filter(([t]) => t >= firstReport[1]).map(([, d]) => d),
    startLongTasks: long.filter(([t]) => t < firstReport[1]).map(([, d]) => d),
  };
}

const list = (d: number[]) => (d.length ? d.map((x) => `${Math.round(x)} ms`).join(', ') : 'none');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const planar = await measure(page, '', 10, 210);
console.log(`2-D default (moons, biprop 2×256, k 0.5): ${planar.stepsPerSecond.toFixed(1)} steps/s over steps 10–210 (target ≥ 20)`);
console.log(`  ${planar.backend}; machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (long tasks grow with it)`);
console.log(`  click to step 0 shown (worker, TensorFlow.js, backend): ${planar.startSeconds.toFixed(2)} s; main-thread long tasks while training: ${list(planar.longTasks)} (target none); while starting: ${list(planar.startLongTasks)}`);
const digitsParams = { ...defaults(pruningSchema), ...datasetDefaults('digits') };
const digits = await measure(await browser.newPage(), `?${serialize(pruningSchema, digitsParams, '')}`, 5, 60);
console.log(`digits default (MNIST, ${digitsParams.method} ${digitsParams.depth}×${digitsParams.width}): ${digits.stepsPerSecond.toFixed(1)} steps/s over steps 5–60 (no target; batch 128 of 784 inputs)`);
console.log(`  download + click to step 0 shown (worker, TensorFlow.js, backend): ${digits.startSeconds.toFixed(2)} s; long tasks while training: ${list(digits.longTasks)}; while starting: ${list(digits.startLongTasks)}`);
await browser.close();
stop();
