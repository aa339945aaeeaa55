import { expect, test, type Page } from '@playwright/test';

const WIDGET_PAGES = [
  '/notes/report-on-semi-informative-priors/',
  '/notes/formal-solution-to-the-inner-alignment-problem/',
  '/notes/multi-prize-lottery-ticket-hypothesis/',
  '/notes/low-stakes-alignment/',
  '/notes/updating-the-lottery-ticket-hypothesis/',
];

const boxes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y + scrollY, w: r.width, h: r.height }; }));
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

for (const path of WIDGET_PAGES) {
  test(`${path}: at 1280 px every figure keeps to the text column and touches no margin note; at 390 px it fits the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const [text] = await boxes(page, '.note-body > p');
    const figures = await boxes(page, '.instance-host');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      // The text column, not the margin: so no margin note can collide with it and none has to be cleared.
      expect(f.x).toBeGreaterThanOrEqual(text!.x - 1);
      expect(f.x + f.w).toBeLessThanOrEqual(text!.x + text!.w + 1);
      for (const note of await boxes(page, '.sidenote')) expect(overlap(f, note), JSON.stringify({ f, note })).toBe(false);
    }
    await page.setViewportSize({ width: 390, height: 800 });
    for (const f of await boxes(page, '.instance-host')) expect(f.x + f.w).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test(`${path}: the figure permalink shows and copies the address it is served from`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const link = page.locator('.permalink a').first();
    await link.scrollIntoViewIfNeeded();
    const origin = new URL(page.url()).origin;
    await expect(link).toHaveText(new RegExp(`^${origin.replace(/[.]/g, '\\.')}${path}`));
    await page.locator('.permalink').first().getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.textContent());
  });
}
