/**
 * The pruning widget's width sweep in headless Chromium against the production build. The default
 * sweep is trained at build time: the bench checks it is on the page when the panel opens. Then a
 * changed setting (seed 2, so nothing is cached): the time from "Run sweep" to the first point on
 * the chart and to the whole sweep (7 widths 8 … 512, pruned and dense, 3 seeds, 10 epochs = 180
 * steps of 32 each, trained in the sweep worker), and the main thread's long tasks meanwhile.
 * Targets (issue 19): first point within 3 s, the whole sweep within 30 s, no long task.
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
const NOTE = `${BASE_URL}/notes/multi-prize-lottery-ticket-hypothesis/`;
const full = page.locator('[data-instance-id="pruning"]');
await page.goto(`${NOTE}?pruning.sweepOpen=true`);
await full.scrollIntoViewIfNeeded();
const prebuilt = (await full.getByTestId('pruning-sweep-status').textContent({ timeout: 30_000 })) ?? '';
console.log(`default sweep on opening the page: "${prebuilt}"`);
await page.goto(`${NOTE}?pruning.sweepOpen=true&pruning.seed=2`);
await full.scrollIntoViewIfNeeded();
const sweep = full.getByTestId('pruning-sweep');
const status = sweep.getByTestId('pruning-sweep-status');
await status.filter({ hasText: /^Not run yet/ }).waitFor({ timeout: 30_000 });
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
console.log(`pruning width sweep, seed 2 (moons, biprop 2 × w, k 0.5; ${size.replace(/^Not run yet: /, '').replace(/\.$/, '')}; 7 widths 8 … 512, 10 epochs = 180 steps each): first point ${first.toFixed(1)} s (target ≤ 3 s), whole sweep ${all.toFixed(1)} s (target ≤ 30 s)`);
console.log(`main-thread long tasks during the sweep: ${long.length ? long.map((d) => `${Math.round(d)} ms`).join(', ') : 'none'} (target none over 50 ms)`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await browser.close();
stop();
