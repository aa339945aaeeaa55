import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from '../helpers/watch';
import { simulate } from '../../src/compute/lowstakes/index';
import { defaults } from '../../src/state/index';
import { CHART_WINDOWS, lowstakesSchema, scenarioOf, type LowStakesParams } from '../../components/widgets/lowstakes/params';
import { formatNumber, formatProbability } from '../../components/widgets/lowstakes/view';

const PATH = '/notes/low-stakes-alignment/';
/** The full model (default id, keys lowstakes.*); the note's focused figures come before it. */
const FULL = '.ls-figure[data-instance-id="lowstakes"]';
const full = (page: Page) => page.locator(FULL);

/** Open the note, fail on console errors or outside requests, and wait for the island to hydrate. */
async function open(page: Page, query = '') {
  const { problems } = watchPage(page);
  await page.goto(`${PATH}${query}`);
  const figure = full(page);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  return { problems, figure };
}

const expected = (params: Partial<LowStakesParams>) => simulate(scenarioOf({ ...defaults(lowstakesSchema), ...params }), CHART_WINDOWS);
const measure = (page: Page, term: RegExp) => full(page).locator('.ls-measure', { has: page.locator('dt', { hasText: term }) }).locator('dd');
const headline = (page: Page) => full(page).locator('.ls-headline');

test('hydrates with the model’s figures; a control recomputes and writes the URL', async ({ page }) => {
  const { problems } = await open(page);
  await expect(measure(page, /Expected bad decisions/)).toHaveText(formatNumber(expected({}).badDecisions));
  await full(page).getByRole('combobox', { name: 'Learner' }).selectOption('fixed-share');
  await expect(headline(page)).toHaveText(/^Fixed-Share over T = 10,000 steps/);
  await expect(measure(page, /Expected bad decisions/)).toHaveText(formatNumber(expected({ learner: 'fixed-share' }).badDecisions));
  await expect(page).toHaveURL(/\?lowstakes\.learner=fixed-share$/);
  expect(problems).toEqual([]);
});

test('a link reproduces the figure and its permalink; presets switch the story', async ({ page }) => {
  const query = '?lowstakes.run=30&lowstakes.seed=7&lowstakes.steps=3000';
  const { problems } = await open(page, query);
  const want = expected({ run: 30, seed: 7, steps: 3000 });
  await expect(measure(page, /P\(catastrophe\)/)).toHaveText(formatProbability(want.catastropheProbability));
  await expect(measure(page, /Regret/)).toHaveText(`${formatNumber(want.regret)} (${formatNumber(want.regretBound)})`);
  await expect(full(page).locator('.ls-permalink a')).toHaveText(new RegExp(`${PATH.replace(/\//g, '\\/')}\\${query.replace(/\./g, '\\.')}$`));
  await full(page).getByRole('button', { name: 'high stakes: one bad decision is fatal' }).click();
  await expect(page.getByRole('button', { name: 'high stakes: one bad decision is fatal' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/lowstakes\.run=1&lowstakes\.seed=7&lowstakes\.stakes=10000$/);
  await full(page).getByRole('button', { name: 'follow-the-leader is exploitable' }).click();
  await expect(headline(page)).toHaveText(/^Follow-the-leader over T = 1,000 steps/);
  expect(problems).toEqual([]);
});

test('a bad link value shows a note and falls back; the widget keeps working', async ({ page }) => {
  await open(page, '?lowstakes.learner=genius');
  await expect(full(page).getByText('This link’s value “genius” for learner was not understood; using hedge.'.replace('’', "'"))).toBeVisible();
  await expect(headline(page)).toHaveText(/^Hedge over/);
  await full(page).getByRole('button', { name: 'train then deploy never recovers' }).click();
  await expect(measure(page, /Expected bad decisions/)).toHaveText('5,000');
});

test('keyboard only: a preset by Tab and Enter, then the chart cursor with arrows, Page keys, Home and End', async ({ page }) => {
  await open(page);
  await page.locator('body').focus();
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if ((await focused()) === 'train then deploy never recovers') break;
  }
  expect(await focused()).toBe('train then deploy never recovers');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(measure(page, /Expected bad decisions/)).toHaveText('5,000');
  // The chart comes before its controls (it leads the figure), so back from the preset to it.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('ls-chart'))) break;
  }
  const readout = full(page).locator('.ls-readout');
  await expect(readout).toHaveText(/^After step 10,000:/);
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(/^After step 34:/);
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(/^After step 68:/);
  await page.keyboard.press('PageUp');
  await expect(readout).toHaveText(/^After step 1,088:/);
  await page.keyboard.press('PageDown');
  await expect(readout).toHaveText(/^After step 68:/);
  await page.keyboard.press('End');
  await expect(readout).toHaveText(/^After step 10,000:.*deceptive 100%/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static first frame and the caption are there', async ({ page }) => {
    await page.goto(PATH);
    await expect(headline(page)).toHaveText(/^Hedge over T = 10,000 steps: 351\.9 expected bad decisions/);
    await expect(full(page).locator('svg.ls-chart')).toHaveCount(2);
    await expect(full(page).locator('path.ls-line-learner').first()).toHaveAttribute('d', /^M/);
    await expect(page.getByText(/Without JavaScript this shows the “low stakes: bounded damage” run/)).toBeVisible();
  });
});

for (const width of [320, 390]) {
  test(`phone width ${width}px: no horizontal page scroll, charts and controls stacked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?lowstakes.learner=frozen');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    // One chart at a time above the controls (it stays in view while they scroll); the switch shows the other.
    const visible = () => full(page).locator('.ls-panel:visible');
    await expect(visible()).toHaveCount(1);
    await expect(visible()).toHaveClass(/ls-panel-loss/);
    await full(page).getByRole('button', { name: 'Weights' }).click();
    await expect(visible()).toHaveClass(/ls-panel-weights/);
    await expect(page).toHaveURL(/lowstakes\.chart=weights/);
    // Stacked (same left edge), the chart sticky so it stays in view above the controls.
    const chart = await full(page).locator('[data-instance-chart]').evaluate((e) => ({ left: e.getBoundingClientRect().left, position: getComputedStyle(e).position }));
    const controlsLeft = await full(page).locator('[data-instance-controls]').evaluate((e) => e.getBoundingClientRect().left);
    expect(chart.position).toBe('sticky');
    expect(Math.round(controlsLeft)).toBe(Math.round(chart.left));
    const controls = await full(page).locator('.ls-grid-controls > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(new Set(controls.map(Math.round)).size).toBe(1);
  });
}

test('print hides the controls and keeps the figure and its permalink', async ({ page }) => {
  await open(page, '?lowstakes.seed=3');
  await page.emulateMedia({ media: 'print' });
  await expect(full(page).locator('.ls-controls')).toBeHidden();
  await expect(full(page).locator('.ls-charts')).toBeVisible();
  await expect(full(page).locator('.ls-permalink')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('no axe violations in the live widget on every preset, no NaN on screen, no outside requests', async ({ page }) => {
      const { problems } = await open(page, '?lowstakes.steps=lots');
      for (const name of ['low stakes: bounded damage', 'high stakes: one bad decision is fatal', 'train then deploy never recovers', 'follow-the-leader is exploitable']) {
        await full(page).getByRole('button', { name }).click();
        await expect(full(page).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
        const axe = await new AxeBuilder({ page }).include('.ls-figure').analyze();
        expect(axe.violations.map((v) => `${name}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
        for (const text of await page.locator('.ls-figure').allTextContents()) expect(text).not.toMatch(/NaN|undefined/);
      }
      expect(problems).toEqual([]);
    });
  });
}

test('keyboard only, a focused figure: Tab to its one slider, arrows and End change B; the caption and the URL follow, the full model stays', async ({ page }) => {
  await open(page);
  const fig = page.locator('.ls-figure[data-instance-id="low-stakes"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  await expect(fig.locator('[data-instance-controls] input, [data-instance-controls] select')).toHaveCount(1);
  await expect(fig.locator('.instance-fixed')).toHaveText('Fixed: treacherous turn · Hedge · theory rate · T = 10,000 · m = 1,000 · 3 deceptive · advantage 0.05 · turn at step 5,000 · seed 1');
  const caption = fig.getByTestId('instance-caption');
  await expect(caption).toContainText(`costing ${formatNumber(expected({}).badDecisions)} in all`);
  await page.locator('body').focus();
  const slider = fig.getByRole('slider', { name: /Stakes B/ });
  for (let i = 0; i < 200 && !(await slider.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '10,000');
  const high = expected({ stakes: 10_000 });
  await expect(caption).toContainText(`costs B = 10,000`);
  await expect(caption).toContainText(`costing ${formatNumber(high.badDecisions * 10_000)} in all`);
  await expect(page).toHaveURL(/low-stakes\.stakes=10000/);
  expect(new URL(page.url()).searchParams.has('lowstakes.stakes')).toBe(false);
});
