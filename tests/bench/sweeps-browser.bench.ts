/**
 * The pruning widget's width sweep in headless Chromium against the production build: the time
 * from "Run sweep" to the first point on the chart and to the whole sweep (every width × 3 seeds,
 * pruned and dense, trained in the sweep worker), and the main thread's long tasks meanwhile.
 * Targets (issue 13): first point within 3 s; 6 widths × 3 seeds × 300 steps ≤ 30 s — the
 * widget's sweep is larger (its widths and its own schedule), so its time is printed with its size.
 */
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT } from '../helpers/chromium';
import { previewServer } from '../helpers/previewServer';

const { stop } = await previewServer({ port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.addInitScript(() => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
});
console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await page.goto(`${BASE_URL}/notes/multi-prize-lottery-ticket-hypothesis/`);
const sweep = page.getByTestId('pruning-sweep');
await sweep.scrollIntoViewIfNeeded();
const status = sweep.getByTestId('pruning-sweep-status');
await status.waitFor({ timeout: 30_000 });
const size = (await status.textContent()) ?? '';
const run = sweep.getByRole('button', { name: 'Run sweep' });
await run.waitFor({ timeout: 30_000 });
await page.evaluate(() => { (window as unknown as { __long: number[] }).__long = []; });
const t0 = Date.now();
await run.click();
await status.filter({ hasText: /^Training: [1-9]/ }).waitFor({ timeout: 120_000 });
const first = (Date.now() - t0) / 1000;
await status.filter({ hasText: /cached for these settings/ }).waitFor({ timeout: 600_000 });
const all = (Date.now() - t0) / 1000;
const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
console.log(`pruning width sweep (moons defaults; ${size.replace(/^Not run yet: /, '')}): first point ${first.toFixed(1)} s (target ≤ 3 s), whole sweep ${all.toFixed(1)} s (target for 6 widths × 3 seeds × 300 steps: ≤ 30 s)`);
console.log(`main-thread long tasks during the sweep: ${long.length ? long.map((d) => `${Math.round(d)} ms`).join(', ') : 'none'} (target none over 50 ms)`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await browser.close();
stop();
