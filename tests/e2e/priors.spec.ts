import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { evaluateScenario, parseScenario } from '../../src/compute/priors/index';
import { formatPercent } from '../../components/widgets/priors/view';
import { watchPage } from '../helpers/watch';

const PATH = '/notes/report-on-semi-informative-priors/';
const central = formatPercent(evaluateScenario(parseScenario({ preset: 'central' })).probability);
const low = formatPercent(evaluateScenario(parseScenario({ preset: 'low' })).probability);
const high = formatPercent(evaluateScenario(parseScenario({ preset: 'high' })).probability);
const calendar = (ftp: number) => formatPercent(evaluateScenario(parseScenario({ rules: [{ kind: 'calendar', ftp }] })).probability);

const watch = (page: Page) => watchPage(page).problems;
const widget = (page: Page) => page.locator('section.priors');
const headline = (page: Page) => page.getByTestId('priors-headline').locator('strong');
/** Scroll the widget into view (client:visible) and wait until the island has hydrated. */
async function hydrate(page: Page) {
  await widget(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="PriorsIsland"]:has(section.priors)')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

test('hydrates and responds to the preset buttons; the URL follows', async ({ page }) => {
  const problems = watch(page);
  await page.goto(PATH, { waitUntil: 'networkidle' });
  await expect(headline(page)).toHaveText(central);
  await hydrate(page);
  await page.getByRole('button', { name: 'High' }).click();
  await expect(headline(page)).toHaveText(high);
  await expect(page).toHaveURL(/priors\.start=2000/);
  await page.getByRole('button', { name: 'Low' }).click();
  await expect(headline(page)).toHaveText(low);
  await expect(page).toHaveURL(/priors\.vs=0\.5/);
  expect(problems).toEqual([]);
});

test('typed ftp: 1/100 updates the calendar rule, "abc" shows why and keeps the figure', async ({ page }) => {
  await page.goto(PATH, { waitUntil: 'networkidle' });
  await hydrate(page);
  const field = widget(page).getByRole('textbox', { name: 'First-trial probability, typed' });
  await field.fill('1/100');
  await field.press('Enter');
  await expect(page.getByTestId('priors-p-calendar')).toHaveText(calendar(1 / 100));
  const good = await headline(page).textContent();
  await field.fill('abc');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(widget(page).locator('.ui-error')).toContainText('abc');
  await expect(headline(page)).toHaveText(good!);
});

test('a link reproduces the figure, and the permalink round-trips', async ({ page }) => {
  await page.goto(`${PATH}?priors.ftp=1/100&priors.to=2050&priors.showLaplace=true`, { waitUntil: 'networkidle' });
  await hydrate(page);
  const base = parseScenario({ preset: 'central', to: 2050 });
  const rules = base.rules.map((r) => ('ftp' in r ? { ...r, ftp: 1 / 100 } : 'ftpCalendar' in r ? { ...r, ftpCalendar: 1 / 100 } : r));
  const expected = formatPercent(evaluateScenario({ ...base, rules }).probability);
  await expect(headline(page)).toHaveText(expected);
  await expect(page.getByRole('checkbox', { name: 'Laplace (ftp 1/2)' })).toBeChecked();
  await page.getByRole('slider', { name: 'Rule out AGI before the end of' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/priors\.from=2021/);
  const href = await page.getByTestId('priors-permalink').getAttribute('href');
  const shown = await headline(page).textContent();
  const readout = await page.getByTestId('priors-readout').textContent();
  await page.goto(href!, { waitUntil: 'networkidle' });
  await hydrate(page);
  await expect(headline(page)).toHaveText(shown!);
  await expect(page.getByTestId('priors-readout')).toHaveText(readout!);
});

test('a bad link value falls back with a visible note', async ({ page }) => {
  await page.goto(`${PATH}?priors.ftp=abc`, { waitUntil: 'networkidle' });
  await hydrate(page);
  await expect(widget(page).locator('.ui-issues')).toContainText('“abc” for first-trial probability was not understood');
  await expect(headline(page)).toHaveText(central);
});

test('JavaScript off: the static page shows the central figure, table and chart', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(headline(page)).toHaveText(central);
  await expect(page.getByTestId('priors-p-calendar')).toHaveText(calendar(1 / 300));
  expect(await widget(page).locator('path.priors-line').count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByTestId('priors-readout')).toContainText('2036');
  await context.close();
});

test('keyboard only: presets, the chart cursor and a curve toggle', async ({ page }) => {
  await page.goto(PATH, { waitUntil: 'networkidle' });
  await hydrate(page);
  // Tab from the page start (past the note's two configured figures) until the High preset button has focus.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'High' && !!document.activeElement.closest('section.priors'))) break;
  }
  await expect(widget(page).getByRole('button', { name: 'High' })).toBeFocused();
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(high);
  // The chart (with its curve toggles) comes before the controls: Shift+Tab back to it.
  const cursor = widget(page).getByRole('slider', { name: 'Year cursor on the cumulative probability chart' });
  for (let i = 0; i < 15 && !(await cursor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(cursor).toBeFocused();
  expect(await cursor.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('End');
  await expect(cursor).toHaveAttribute('aria-valuenow', '2100');
  const highResult = evaluateScenario(parseScenario({ preset: 'high' }));
  await expect(page.getByTestId('priors-readout')).toContainText(`Combined ${formatPercent(highResult.curve.at(-1)!.probability)}`);
  await page.keyboard.press('Tab');
  await expect(widget(page).getByRole('checkbox', { name: 'Combined' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('priors-readout')).not.toContainText('Combined');
});

test('keyboard only: the Laplace figure’s ftp slider moves its caption and only its own URL keys', async ({ page }) => {
  await page.goto(PATH, { waitUntil: 'networkidle' });
  const fig = page.locator('[data-instance="laplace"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="PriorsIsland"]:has([data-instance="laplace"])')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  const caption = fig.getByTestId('instance-caption');
  await expect(caption).toContainText('the calendar-year rule with a first-trial probability of 1/300 gives 4.22%');
  const slider = fig.getByRole('slider', { name: 'First-trial probability (log scale)' });
  for (let i = 0; i < 120 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('End');
  await expect(caption).toContainText(`first-trial probability of 1/2 gives ${calendar(1 / 2)}`);
  await expect(page).toHaveURL(/laplace\.ftp=0\.5/);
  await expect(page).not.toHaveURL(/[?&]priors\./);
  await expect(fig.locator('.instance-fixed')).toHaveText('Fixed: vs 1 · regime start 1956 · calendar-year trials');
  await expect(fig.getByRole('button', { name: 'High' })).toHaveCount(0);
  await expect(headline(page)).toHaveText(central);
});

for (const width of [390, 320]) {
  test(`phone width ${width}px: no horizontal page scroll; axe clean`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PATH, { waitUntil: 'networkidle' });
    await hydrate(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const axe = await new AxeBuilder({ page }).include('section.priors').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('print hides the controls and keeps the figure and the permalink', async ({ page }) => {
  await page.goto(PATH, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  await expect(widget(page).locator('.priors-controls')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Presets' })).toBeHidden();
  await expect(widget(page).locator('.priors-chart svg')).toBeVisible();
  await expect(page.getByTestId('priors-permalink')).toBeVisible();
});
