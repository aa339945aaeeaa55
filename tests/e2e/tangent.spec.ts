import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from '../helpers/watch';

/** The full model (the note's bare <Tangent />): focused figures of the same widget sit elsewhere on the page. */
const full = (page: Page) => page.locator('.tan-figure[data-instance-id="tangent"]');

const PATH = '/notes/updating-the-lottery-ticket-hypothesis/';
const headline = (page: Page) => full(page).locator('.tan-headline');
const stepOf = async (page: Page) => Number(/^Step (\d+)/.exec((await headline(page).textContent()) ?? '')?.[1] ?? NaN);
const networkPath = (page: Page) => full(page).locator('.tan-fn path.tan-net').getAttribute('d');

/**
 * Open the note with request recording, fail on console errors or outside requests, wait for
 * hydration. Main-thread long tasks while training are a speed target: `npm run bench -- tangent-browser`.
 */
async function open(page: Page, query = '') {
  const { problems, requests } = watchPage(page);
  await page.goto(`${PATH}${query}`);
  await full(page).scrollIntoViewIfNeeded();
  await expect(full(page).locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  return { problems, requests };
}

test('no worker before the reader asks; Play trains off the main thread and the curves move', async ({ page }) => {
  const { problems, requests } = await open(page, '?tangent.ticketsOpen=true'); // the tickets panel is folded by default
  await expect(headline(page)).toHaveText(/^Step 0 of 2000\. Press Play/);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /tangent\.worker|comlink/.test(u))).toEqual([]);
  const before = await networkPath(page);
  const play = full(page).getByRole('button', { name: 'Play' });
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => stepOf(page), { timeout: 30_000 }).toBeGreaterThan(100);
  expect(await networkPath(page)).not.toBe(before);
  await expect(full(page).locator('.tan-ticket-share')).toHaveText(/recover 90% of the linearised change/, { timeout: 30_000 });
  expect(requests.some((u) => /tangent\.worker/.test(u))).toBe(true);
  await expect.poll(() => stepOf(page), { timeout: 45_000 }).toBe(2000);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(headline(page)).toHaveText(/\(finished\)\. functionGap [\d.]+, weightChange [\d.]+/);
  expect(problems).toEqual([]);
});

test('Step, the seed and the URL round-trip: a link replays the same figure', async ({ page, browser }) => {
  const { problems } = await open(page);
  const seed = full(page).getByRole('textbox', { name: /seed/i });
  await seed.fill('5');
  await seed.press('Enter');
  await expect(headline(page)).toHaveText(/^Step 0 of 2000/, { timeout: 15_000 });
  for (let i = 0; i < 3; i++) {
    await full(page).getByRole('button', { name: 'Step', exact: true }).click();
    await expect(headline(page)).toHaveText(new RegExp(`^Step ${i + 1} of 2000\\.`), { timeout: 15_000 });
  }
  await expect(page).toHaveURL(/\?tangent\.seed=5&tangent\.step=3$/);
  const figure = await headline(page).textContent();
  const url = page.url();
  const other = await browser.newPage();
  const again = await open(other, url.slice(url.indexOf('?')));
  await expect(headline(other)).toHaveText(figure!, { timeout: 30_000 });
  await expect(other.getByRole('textbox', { name: /seed/i })).toHaveValue('5');
  await expect(full(other).locator('.tan-permalink a')).toHaveAttribute('href', `${PATH}?tangent.seed=5&tangent.step=3`);
  expect(again.problems).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});

test('a bad link value shows a note and falls back; the widget keeps working', async ({ page }) => {
  await open(page, '?tangent.scaling=mup&tangent.width=wide');
  await expect(full(page).getByRole('status').filter({ hasText: '“mup”' })).toBeVisible();
  await expect(full(page).getByRole('status').filter({ hasText: '“wide”' })).toBeVisible();
  await expect(full(page).getByRole('checkbox', { name: /mean-field/i })).not.toBeChecked();
  await full(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(/^Step 1 of 2000\./, { timeout: 30_000 });
});

test('keyboard only: Step, the mean-field switch and Play', async ({ page }) => {
  const { problems } = await open(page, '?tangent.sweepOpen=true'); // the width sweep is folded by default
  await page.locator('body').focus();
  // only the full model's controls count: focused figures of the same widget come first on the page
  const focused = () => page.evaluate(() => (document.activeElement?.closest('[data-instance-id="tangent"]') ? document.activeElement.textContent?.trim() : '') ?? '');
  const tabUntil = async (test: () => Promise<boolean>) => {
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      if (await test()) return;
    }
    throw new Error('Tab never reached the control');
  };
  await tabUntil(async () => (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox' && !!document.activeElement?.closest('[data-instance-id="tangent"]'))));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/tangent\.scaling=mean-field/);
  await expect(full(page).locator('.tan-sweep-status')).toHaveText(/^mean-field scaling, 5 widths/);
  await tabUntil(async () => (await focused()).endsWith('Play'));
  await tabUntil(async () => (await focused()) === 'Step');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(/^Step 1 of 2000\./, { timeout: 30_000 });
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toMatch(/Play$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOf(page), { timeout: 30_000 }).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(full(page).getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the first frame, the default sweep and the caption are there', async ({ page }) => {
    await page.goto(PATH);
    await expect(full(page).locator('.tan-fn path.tan-line')).toHaveCount(4);
    await expect(full(page).locator('.tan-fn circle.tan-dot')).toHaveCount(32);
    await expect(full(page).locator('.tan-sweep circle.tan-mark-weight')).toHaveCount(5);
    await expect(full(page).getByText(/Without JavaScript this shows the default run/)).toBeVisible();
    expect(await full(page).textContent()).not.toMatch(/NaN|undefined/);
  });
});

for (const width of [320, 390]) {
  test(`phone width ${width}px: no horizontal page scroll, the 2-D task too`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?tangent.task=xor&tangent.step=10');
    await expect(headline(page)).toHaveText(/^Step 10 of 2000\./, { timeout: 30_000 });
    await expect(full(page).locator('canvas.tan-heat')).toHaveCount(2);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, trained`, () => {
    test.use({ colorScheme: scheme });
    test('no axe violations in the live widget, no NaN on screen', async ({ page }) => {
      const { problems } = await open(page, '?tangent.step=50&tangent.ticketsOpen=true');
      await expect(headline(page)).toHaveText(/^Step 50 of 2000\./, { timeout: 30_000 });
      await expect(full(page).locator('.tan-ticket-share')).toBeVisible({ timeout: 30_000 });
      const axe = await new AxeBuilder({ page }).include('.tan-figure[data-instance-id="tangent"]').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
      expect(await full(page).textContent()).not.toMatch(/NaN|undefined/);
      expect(problems).toEqual([]);
    });
  });
}

test('print hides the controls and keeps the figure and its permalink', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(full(page).locator('.tan-controls')).toBeHidden();
  await expect(full(page).locator('.tan-fn svg')).toBeVisible();
  await expect(full(page).locator('.tan-permalink')).toBeVisible();
});
