/**
 * Tweak to paint, on every widget instance (every `astro-island` of a widget) of every note of the
 * production build, as a reader on a mid-range phone meets it: 390 × 844, CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate, Lighthouse's mobile factor). Each instance is scrolled into
 * view and hydrated, then its controls, discovered from the DOM, are worked from the keyboard:
 * sliders (role=slider, input[type=range]) ← / → three times each way, selects ↓ then ↑,
 * checkboxes Space twice, toggle buttons (aria-pressed) pressed on and off again a second apart.
 * Figures come from the browser itself: Event Timing entries (PerformanceObserver 'event',
 * durationThreshold 16: input to next paint) and 'long-animation-frame' entries during the
 * instance's turn. Targets (issue 19): worst input-to-paint ≤ 100 ms; no animation frame over
 * 100 ms. TWEAK_PAGES="/notes/x/,…" limits the pages; TWEAK_THROTTLE changes the factor.
 */
import { chromium, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT } from '../helpers/chromium';
import { builtPages } from '../helpers/pages';
import { previewServer } from '../helpers/previewServer';

const THROTTLE = Number(process.env.TWEAK_THROTTLE ?? 4);
const PAUSE = 250;
const { stop } = await previewServer({ port: PORT });
const pages = process.env.TWEAK_PAGES?.split(',').map((p) => p.trim()).filter(Boolean) ?? builtPages().filter((p) => /^\/notes\/[^/]+\/$/.test(p));

type Entry = { kind: 'event' | 'loaf'; name: string; start: number; duration: number; interaction: number };

async function observe(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __tweak: Entry[] };
    w.__tweak = [];
    type Entry = { kind: 'event' | 'loaf'; name: string; start: number; duration: number; interaction: number };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        w.__tweak.push({ kind: 'event', name: e.name, start: e.startTime, duration: e.duration, interaction: e.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tweak.push({ kind: 'loaf', name: e.name, start: e.startTime, duration: e.duration, interaction: 0 });
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      /* a browser without LoAF: only Event Timing */
    }
  });
}

const percentile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** Work every control of island `index` on the page; returns the controls worked, by kind. */
async function tweak(page: Page, index: number) {
  const island = page.locator('astro-island').nth(index);
  const counts = { slider: 0, select: 0, checkbox: 0, toggle: 0 };
  const marks: { label: string; from: number }[] = [];
  // which control each later entry belongs to: the last one started before it
  const mark = async (c: ReturnType<typeof island.locator>) => {
    const label = await c.evaluate((e) => (e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '?').replace(/\s+/g, ' ').trim().slice(0, 40));
    marks.push({ label, from: await page.evaluate(() => performance.now()) });
  };
  const sliders = island.locator('[role="slider"], input[type="range"]');
  for (let i = 0; i < (await sliders.count()); i++) {
    const c = sliders.nth(i);
    if (!(await c.isVisible()) || (await c.isDisabled())) continue;
    await c.focus();
    await mark(c);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(PAUSE);
    }
    counts.slider++;
  }
  const selects = island.locator('select');
  for (let i = 0; i < (await selects.count()); i++) {
    const c = selects.nth(i);
    if (!(await c.isVisible()) || (await c.isDisabled())) continue;
    await c.focus();
    await mark(c);
    for (const key of ['ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(2 * PAUSE);
    }
    counts.select++;
  }
  const boxes = island.locator('input[type="checkbox"], [role="switch"]');
  for (let i = 0; i < (await boxes.count()); i++) {
    const c = boxes.nth(i);
    if (!(await c.isVisible()) || (await c.isDisabled())) continue;
    await c.focus();
    await mark(c);
    for (let k = 0; k < 2; k++) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(2 * PAUSE);
    }
    counts.checkbox++;
  }
  const toggles = island.locator('button[aria-pressed]');
  for (let i = 0; i < (await toggles.count()); i++) {
    const c = toggles.nth(i);
    if (!(await c.isVisible()) || (await c.isDisabled())) continue;
    await c.focus();
    await mark(c);
    // on, let it run a second (a toggle is often Play/Train), off again
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    if (!(await c.isDisabled())) await page.keyboard.press('Enter');
    await page.waitForTimeout(2 * PAUSE);
    counts.toggle++;
  }
  return { counts, marks };
}

const plural = (kind: string, n: number) => `${n} ${kind === 'checkbox' && n > 1 ? 'checkboxe' : kind}${n > 1 ? 's' : ''}`;

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; CPU throttled ${THROTTLE}×, 390 × 844`);
console.log('targets: worst input-to-paint ≤ 100 ms on every instance; no animation frame over 100 ms');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const path of pages) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await observe(page);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${BASE_URL}${path}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const islands = await page.locator('astro-island').evaluateAll((els) => els.map((e) => (e.getAttribute('component-export') ?? e.getAttribute('component-url') ?? '?').replace(/Island$/, '')));
    for (let i = 0; i < islands.length; i++) {
      const island = page.locator('astro-island').nth(i);
      await island.scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => !document.querySelectorAll('astro-island')[n]?.hasAttribute('ssr'), i, { timeout: 60_000 });
      await page.waitForTimeout(1000);
      const from = await page.evaluate(() => performance.now());
      const { counts, marks } = await tweak(page, i);
      await page.waitForTimeout(500);
      const entries = (await page.evaluate(() => (window as unknown as { __tweak: Entry[] }).__tweak)).filter((e) => e.start >= from);
      // one figure per interaction: its longest entry (keydown, keyup, … share an interactionId)
      const byInteraction = new Map<number, { duration: number; start: number }>();
      for (const e of entries) {
        if (e.kind !== 'event' || e.interaction === 0) continue;
        const seen = byInteraction.get(e.interaction);
        if (!seen || e.duration > seen.duration) byInteraction.set(e.interaction, { duration: e.duration, start: e.start });
      }
      const inputs = [...byInteraction.values()].map((x) => x.duration);
      const worstAt = [...byInteraction.values()].sort((a, b) => b.duration - a.duration)[0];
      const worstOn = worstAt ? (marks.filter((m) => m.from <= worstAt.start).at(-1)?.label ?? '?') : null;
      const frames = entries.filter((e) => e.kind === 'loaf').map((e) => e.duration);
      const worst = inputs.length ? Math.max(...inputs) : NaN;
      const longest = frames.length ? Math.max(...frames) : 0;
      const controls = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => plural(k, n)).join(', ') || 'no controls';
      const ok = (Number.isNaN(worst) || worst <= 100) && longest <= 100;
      const fmt = (x: number) => (Number.isNaN(x) ? '  –' : `${Math.round(x)}`.padStart(3));
      const row = `${path.padEnd(52)} #${i} ${islands[i]!.padEnd(10)} worst ${fmt(worst)} ms  p75 ${fmt(percentile(inputs, 0.75))} ms  longest frame ${fmt(longest)} ms  over ${inputs.length} inputs (${controls})  ${ok ? 'ok' : 'OVER'}${worstOn ? `  worst on "${worstOn}"` : ''}`;
      console.log(row);
      rows.push(row);
    }
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
console.log(`${rows.filter((r) => / OVER( |$)/.test(r)).length} of ${rows.length} instances over a target; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
