import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/pages';
import { recordLayoutShifts } from '../helpers/layoutShift';

// Phones: the widths where the header once wrapped after first paint and moved every page 39 px.
const WIDTHS = [360, 390, 412];
const pages = builtPages();

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
          await page.waitForTimeout(300); // islands in view hydrate after load
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
