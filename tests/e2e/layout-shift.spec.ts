import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/pages';
import { recordLayoutShifts } from '../helpers/layoutShift';

// Phones: the widths where the header once wrapped after first paint and moved every page 39 px.
const WIDTHS = [360, 390, 412];
const pages = builtPages();

/** Draws a frame: layout-shift entries are recorded when a frame is drawn, not when layout is computed. */
async function frame(page: Page, javaScriptEnabled: boolean) {
  // With JavaScript off no requestAnimationFrame callback runs; a screenshot makes Chromium draw one.
  if (!javaScriptEnabled) await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } });
  else await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * Waits until nothing more moves the freshly loaded page, in place of a fixed 300 ms sleep (too
 * short for hydration on a busy machine, and 3.6 s per page for nothing otherwise). After `load`
 * only three things can still change the layout: web fonts (requested by the first layout, which
 * may come after `load`), islands in view hydrating (client:visible loads its code after `load`;
 * the site has no other directive), and what a hydrated island renders in its first frames. So:
 * draw a frame, wait for the fonts, wait until every island that intersects the viewport has
 * hydrated (Astro drops `ssr` then), let the page go idle once, and draw another frame.
 */
async function settle(page: Page, javaScriptEnabled: boolean) {
  await frame(page, javaScriptEnabled);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (javaScriptEnabled) {
    // An island is display: contents; Astro watches its children, so the test does too.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) =>
        [...island.children].every((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth;
        }),
      ), undefined, { timeout: 15_000 });
    await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 1000 })));
  }
  await frame(page, javaScriptEnabled);
}

for (const path of pages) {
  test(`${path}: no layout shift while loading at 360, 390 and 412 px, with and without JavaScript, light and dark`, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const javaScriptEnabled of [true, false]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: WIDTHS[0]!, height: 800 }, isMobile: true, hasTouch: true, javaScriptEnabled, colorScheme });
        const page = await context.newPage();
        const shifts = await recordLayoutShifts(context, page);
        for (const width of WIDTHS) {
          // Resize on a blank page: resizing a loaded page reflows it, which is not a load shift.
          await page.goto('about:blank');
          await page.setViewportSize({ width, height: 800 });
          shifts.reset();
          await page.goto(path, { waitUntil: 'load' });
          await settle(page, javaScriptEnabled);
          const where = `${path} at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${colorScheme}`;
          expect(shifts.total(), `${where}: ${JSON.stringify(shifts.shifts)}`).toBeLessThan(0.01);
        }
        await context.close();
      }
    }
  });
}

// A widget below the fold hydrates when scrolled to (client:visible); its first frame is rendered
// on the server, so hydrating must not move anything either.
for (const path of pages.filter((p) => p.startsWith('/notes/'))) {
  test(`${path}: widgets hydrate in place when scrolled into view at 390 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'networkidle' });
    const islands = page.locator('astro-island');
    const shifts = await recordLayoutShifts(context, page);
    for (let i = 0; i < (await islands.count()); i++) {
      await islands.nth(i).scrollIntoViewIfNeeded();
      await expect(islands.nth(i)).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 }); // Astro drops `ssr` once hydrated
      await page.waitForTimeout(300);
    }
    expect(shifts.total(), JSON.stringify(shifts.shifts)).toBeLessThan(0.01);
    await context.close();
  });
}
