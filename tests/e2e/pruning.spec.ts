import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from '../helpers/watch';

/** The full model (the note's bare <Pruning />): focused figures of the same widget sit elsewhere on the page. */
const full = (page: Page) => page.locator('.prune-figure[data-instance-id="pruning"]');

const PATH = '/notes/multi-prize-lottery-ticket-hypothesis/';
const headline = (page: Page) => full(page).locator('.prune-headline');
const stepOf = async (page: Page) => Number(/^Step (\d+)/.exec((await headline(page).textContent()) ?? '')?.[1] ?? NaN);
const prunedAccuracy = async (page: Page) => Number(/pruned \([a-z0-9-]+\) ([\d.]+)%/.exec((await headline(page).textContent()) ?? '')?.[1] ?? NaN);

/**
 * Open the note with request recording, fail on console errors or outside requests, wait for
 * hydration. Main-thread long tasks while training are a speed target, so they are measured by
 * `npm run bench -- pruning-browser`, not asserted here.
 */
async function open(page: Page, query = '') {
  const { problems, requests } = watchPage(page);
  await page.goto(`${PATH}${query}`);
  await full(page).scrollIntoViewIfNeeded();
  await expect(full(page).locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  return { problems, requests };
}

const tfjsLike = /pruning\.worker|workerTrainer|tfjs|\.wasm/;

test('no TensorFlow.js before the first click; Train learns moons above chance off the main thread; the backend shows', async ({ page }) => {
  const { problems, requests } = await open(page, '?pruning.detailsOpen=true'); // the masks panel is folded by default
  await expect(headline(page)).toHaveText(/Not trained yet/);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => tfjsLike.test(u))).toEqual([]);
  // nothing loaded so far carries TensorFlow.js's (or comlink's) licence header
  const scripts = requests.filter((u) => /\.m?js(\?|$)/.test(u));
  for (const u of scripts) expect(await (await page.request.get(u)).text(), u).not.toContain('Google LLC');
  await expect(full(page).locator('.prune-backend')).toContainText('not loaded yet');

  const train = full(page).getByRole('button', { name: 'Train' });
  await train.click();
  await expect(train).toHaveAttribute('aria-pressed', 'true');
  await expect(full(page).locator('.prune-backend-name')).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 30_000 });
  // above chance (50 %) well before the end of the 540-step schedule
  await expect.poll(() => prunedAccuracy(page), { timeout: 45_000 }).toBeGreaterThan(80);
  expect(await stepOf(page)).toBeLessThanOrEqual(300);
  await train.click();
  await expect(train).toHaveAttribute('aria-pressed', 'false');
  expect(requests.some((u) => /pruning\.worker/.test(u))).toBe(true);
  await expect(full(page).locator('.prune-check')).toHaveText('no');
  await expect(full(page).locator('canvas.prune-heat')).toHaveCount(2);
  // the heat map is really drawn: the pruned surface's corners differ (one class each side of moons)
  const painted = await full(page).locator('canvas.prune-heat').first().evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    return new Set(Array.from({ length: d.length / 4 }, (_, i) => `${d[4 * i]},${d[4 * i + 1]},${d[4 * i + 2]}`)).size;
  });
  expect(painted).toBeGreaterThan(5);
  await expect(full(page).locator('canvas.prune-mask')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('pause, Step and Reset; the URL round-trips seed and step and replays the same figure', async ({ page, browser }) => {
  const { problems } = await open(page);
  const seed = full(page).getByRole('textbox', { name: /seed/i });
  await seed.fill('5');
  await seed.press('Enter');
  const train = full(page).getByRole('button', { name: 'Train' });
  await train.click();
  await expect.poll(() => stepOf(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(30);
  await train.click();
  await expect(train).toHaveAttribute('aria-pressed', 'false');
  // the chunk in flight when Pause is pressed still lands; after that the step holds
  await page.waitForTimeout(1000);
  const paused = await stepOf(page);
  await page.waitForTimeout(700);
  expect(await stepOf(page)).toBe(paused);
  await full(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(new RegExp(`^Step ${paused + 1} of 540\\.`));
  await expect(page).toHaveURL(new RegExp(`\\?pruning\\.seed=5&pruning\\.step=${paused + 1}$`));
  const figure = await headline(page).textContent();
  const url = page.url();

  const other = await browser.newPage();
  const again = await open(other, url.slice(url.indexOf('?')));
  await expect(headline(other)).toHaveText(figure!, { timeout: 45_000 });
  await expect(other.getByRole('textbox', { name: /seed/i })).toHaveValue('5');
  expect(again.problems).toEqual([]);
  await other.close();

  await full(page).getByRole('button', { name: 'Reset' }).click();
  await expect(headline(page)).toHaveText(/^Step 0 of 540\./);
  await expect(page).toHaveURL(/\?pruning\.seed=5$/);
  expect(problems).toEqual([]);
});

test('a link with a step shows that it is replaying, then lands on that step', async ({ page }) => {
  await open(page, '?pruning.dataset=xor&pruning.step=60');
  await expect(headline(page)).toHaveText(/^Step 60 of 540\./, { timeout: 45_000 });
  await expect(full(page).getByRole('combobox', { name: 'Dataset' })).toHaveValue('xor');
});

test('a bad link value shows a note and falls back; the widget keeps working', async ({ page }) => {
  await open(page, '?pruning.keep=lots');
  await expect(full(page).getByRole('status').filter({ hasText: '“lots”' })).toBeVisible();
  await full(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(/^Step 1 of 540\./, { timeout: 30_000 });
});

test('digits: the asset downloads only on the first Step, then the confusion matrix and digit strip show', async ({ page }) => {
  const { requests, problems } = await open(page);
  await full(page).getByRole('combobox', { name: 'Dataset' }).selectOption('digits');
  await expect(headline(page)).toHaveText(/downloads the digits, [\d.]+ (kB|MB)\)/);
  expect(requests.filter((u) => /mnist/.test(u))).toEqual([]);
  await full(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(/^Step 1 of \d+\./, { timeout: 45_000 });
  expect(requests.filter((u) => /\/data\/mnist-v\d+\.bin$/.test(u))).toHaveLength(1);
  await expect(full(page).getByRole('table')).toBeVisible();
  await expect(full(page).getByRole('img', { name: /^Digit \d$/ })).toHaveCount(12);
  await expect(page).toHaveURL(/pruning\.dataset=digits/);
  expect(problems).toEqual([]);
});

test('keyboard only: Step, Train, pause and the chart cursor', async ({ page }) => {
  await open(page);
  await page.locator('body').focus();
  // only the full model's controls count: focused figures of the same widget come first on the page
  const focused = () => page.evaluate(() => (document.activeElement?.closest('[data-instance-id="pruning"]') ? document.activeElement.textContent?.trim() : '') ?? '');
  const tabTo = async (test: (text: string) => boolean) => {
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      if (test(await focused())) return;
    }
    throw new Error('Tab never reached the control');
  };
  await tabTo((t) => t === 'Step');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(/^Step 1 of 540\./, { timeout: 30_000 });
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toMatch(/Train$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOf(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
  await page.keyboard.press('Enter');
  await expect(full(page).getByRole('button', { name: 'Train' })).toHaveAttribute('aria-pressed', 'false');
  const onCurve = () => page.evaluate(() => !!document.activeElement?.closest('[data-instance-id="pruning"]') && !!document.activeElement.getAttribute('aria-label')?.startsWith('Test accuracy'));
  for (let i = 0; i < 200 && !(await onCurve()); i++) await page.keyboard.press('Tab');
  expect(await onCurve()).toBe(true);
  const readout = full(page).locator('.prune-readout').first();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(/^Step 0: test accuracy pruned [\d.]+%, dense [\d.]+%\.$/);
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(/^Step 1: /);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static figure (moons, 600 dots and 400 squares) and the caption are there', async ({ page }) => {
    await page.goto(PATH);
    await expect(full(page).locator('.prune-surface svg')).toHaveCount(2);
    // one path per class and split, one subpath (M) per point
    const marks = (sel: string) => full(page).locator('.prune-surface').first().locator(sel).evaluateAll((ps) => ps.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g) ?? []).length, 0));
    expect(await marks('path.prune-train')).toBe(600);
    expect(await marks('path.prune-test')).toBe(400);
    await expect(full(page).getByText(/Without JavaScript this shows the [a-z ]+ data set \(seed \d+: 600 training dots and 400 test squares\)/)).toBeVisible();
    // the default width sweep, trained at build time, opens without JavaScript: seven widths, two series
    await full(page).locator('.prune-sweep-disclosure summary').click();
    const sweep = full(page).getByTestId('pruning-sweep');
    await expect(sweep.getByTestId('pruning-sweep-status')).toHaveText(/^14 points, trained when this page was built/);
    await expect(sweep.getByTestId('sweep-readout')).toHaveText(/^width 256, biprop, pruned: test accuracy \d+\.\d% \(\d+\.\d%–\d+\.\d%\)$/);
  });
});

for (const width of [320, 390]) {
  test(`phone width ${width}px: no horizontal page scroll after training`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?pruning.step=10');
    await expect(headline(page)).toHaveText(/^Step 10 of 540\./, { timeout: 30_000 });
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  });
}

test('print hides the controls and keeps the figure and its permalink', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(full(page).locator('.prune-controls')).toBeHidden();
  await expect(full(page).locator('.prune-surface').first()).toBeVisible();
  await expect(full(page).locator('.prune-permalink')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, trained`, () => {
    test.use({ colorScheme: scheme });
    test('no axe violations in the live widget, no NaN on screen', async ({ page }) => {
      const { problems } = await open(page, '?pruning.step=20');
      await expect(headline(page)).toHaveText(/^Step 20 of 540\./, { timeout: 30_000 });
      const axe = await new AxeBuilder({ page }).include('.prune-figure[data-instance-id="pruning"]').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
      expect(await full(page).textContent()).not.toMatch(/NaN|undefined/);
      expect(problems).toEqual([]);
    });
  });
}
