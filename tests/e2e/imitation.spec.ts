import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from '../helpers/watch';
import { initWorld, stepWorld } from '../../src/compute/imitation/index';
import { defaults } from '../../src/state/index';
import { imitationSchema, scenarioOf, type ImitationParams } from '../../components/widgets/imitation/params';
import { LEARNERS } from '../../components/widgets/imitation/simulation';

const PATH = '/notes/formal-solution-to-the-inner-alignment-problem/';
const NAMES = ['Conservative imitator', 'Bayes mixture', 'MAP model'];

/** The full model (its id is the widget's, so its keys stay imitation.*); the note also places focused figures. */
const FULL = '.imit-figure[data-instance-id="imitation"]';
/** The folds these tests read (the learner panels, the world's settings), opened through the link. */
const OPEN = 'imitation.detailsOpen=true&imitation.worldOpen=true';

/** Open the note, fail on console errors or outside requests, and wait for the island to hydrate. */
async function open(page: Page, query = '') {
  const { problems } = watchPage(page);
  await page.goto(`${PATH}${query ? `${query}&${OPEN}` : `?${OPEN}`}`);
  const figure = page.locator(FULL);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator(`${FULL} astro-island`)).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  return { problems, figure };
}

function expectedCounts(params: Partial<ImitationParams>, steps: number) {
  let s = initWorld({ ...scenarioOf({ ...defaults(imitationSchema), ...params }), learners: LEARNERS });
  for (let t = 0; t < steps; t++) s = stepWorld(s).state;
  return s.learners.map((l) => ({ queries: l.queries, catastrophes: l.catastrophes }));
}

async function shownCounts(page: Page) {
  const out = [];
  for (const name of NAMES) {
    const panel = page.locator(FULL).getByRole('region', { name });
    const read = async (term: string) => Number((await panel.locator('div', { has: page.locator('dt', { hasText: term }) }).locator('dd').textContent())!.replace(/,/g, ''));
    out.push({ queries: await read('Queries'), catastrophes: await read('Catastrophes') });
  }
  return out;
}

const headline = (page: Page) => page.locator(`${FULL} .imit-headline`);

test('hydrates and responds to Step; the URL records the step', async ({ page }) => {
  const { problems } = await open(page);
  await expect(headline(page)).toHaveText(/^Step 0\./);
  await page.locator(FULL).getByRole('button', { name: 'Step', exact: true }).click();
  await page.locator(FULL).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(/^Step 2\./);
  await expect(page).toHaveURL(/[?&]imitation\.step=2(&|$)/);
  expect(await shownCounts(page)).toEqual(expectedCounts({}, 2));
  expect(problems).toEqual([]);
});

test('a link with settings, seed and step replays the same run to the same step', async ({ page }) => {
  const query = '?imitation.rule=top-k&imitation.seed=7&imitation.step=450';
  const { problems } = await open(page, query);
  await expect(headline(page)).toHaveText(/^Step 450\./);
  expect(await shownCounts(page)).toEqual(expectedCounts({ rule: 'top-k', seed: 7 }, 450));
  await expect(page.locator(FULL).getByRole('combobox', { name: 'Set rule' })).toHaveValue('top-k');
  await expect(page.locator(`${FULL} .imit-permalink a`)).toHaveText(/\?imitation\.detailsOpen=true&imitation\.rule=top-k&imitation\.seed=7&imitation\.step=450&imitation\.worldOpen=true$/);
  expect(problems).toEqual([]);
});

test('a bad link value shows a note and falls back; the widget keeps working', async ({ page }) => {
  await open(page, '?imitation.alpha=lots');
  await expect(page.getByText('This link’s value “lots” for α was not understood; using 0.01.'.replace('’', "'"))).toBeVisible();
  await page.locator(FULL).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(headline(page)).toHaveText(/^Step 1\./);
});

test('Play runs the loop, Play again pauses, and the URL keeps the step reached', async ({ page }) => {
  await open(page);
  const play = page.locator(FULL).getByRole('button', { name: 'Play' });
  await play.click();
  await expect(headline(page)).not.toHaveText(/^Step 0\./);
  await expect.poll(async () => Number(/^Step ([\d,]+)/.exec((await headline(page).textContent())!)![1]!.replace(/,/g, ''))).toBeGreaterThan(50);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const step = /^Step ([\d,]+)/.exec((await headline(page).textContent())!)![1]!.replace(/,/g, '');
  await expect(page).toHaveURL(new RegExp(`imitation\\.step=${step}(&|$)`));
  await page.reload();
  await page.locator(FULL).scrollIntoViewIfNeeded();
  await expect(headline(page)).toHaveText(new RegExp(`^Step ${Number(step).toLocaleString('en-GB')}\\.`));
});

test('Play pauses when the widget scrolls out of view', async ({ page }) => {
  await open(page);
  const play = page.locator(FULL).getByRole('button', { name: 'Play' });
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('keyboard only: a preset, +100 steps past the trigger, and the chart cursor', async ({ page }) => {
  await open(page);
  await page.locator('body').focus();
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const tabTo = async (text: string) => {
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()) === text) return;
    }
    throw new Error(`Tab never reached “${text}”`);
  };
  await tabTo('α too large: the guarantee fails');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await tabTo('+100 steps');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(/^Step 400\./);
  const counts = await shownCounts(page);
  expect(counts[0]!.catastrophes).toBeGreaterThan(0);
  expect(counts).toEqual(expectedCounts({ rule: 'alpha', alpha: 0.3, together: true }, 400));
  // The chart sits before its controls (chart beside controls), so it is reached backwards.
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('imit-time-chart'))) break;
  }
  const readout = page.locator(`${FULL} .imit-readout`);
  const last = await readout.textContent();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(/^Steps 0–/);
  await page.keyboard.press('End');
  await expect(readout).toHaveText(last!);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static first frame and the caption are there', async ({ page }) => {
    await page.goto(PATH);
    await expect(headline(page)).toHaveText(/^Step 0\. Catastrophes: conservative 0/);
    // The chart over time is the first frame; the learner panels are folded (a <details> opens without JavaScript).
    await expect(page.locator(`${FULL} svg.imit-time-chart`)).toHaveCount(1);
    await expect(page.locator(`${FULL} details.instance-disclosure > summary`)).toHaveCount(4);
    await expect(page.locator('[data-instance-id="min-distribution"] .imit-panel svg.imit-chart')).toHaveCount(2);
    await expect(page.getByText(/Without JavaScript this shows the starting state/)).toBeVisible();
  });
});

for (const width of [320, 390]) {
  test(`phone width ${width}px: no horizontal page scroll, learners stacked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?imitation.step=400');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    const boxes = await page.locator(`${FULL} .imit-panel`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes[1]!).toBeGreaterThan(boxes[0]!);
    expect(boxes[2]!).toBeGreaterThan(boxes[1]!);
  });
}

test('print hides the controls and keeps the figure and its permalink', async ({ page }) => {
  await open(page, '?imitation.step=10');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${FULL} .imit-controls`)).toBeHidden();
  await expect(page.locator(`${FULL} .imit-panels`)).toBeVisible();
  await expect(page.locator(`${FULL} .imit-permalink`)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, hydrated and run past the trigger`, () => {
    test.use({ colorScheme: scheme });
    test('no axe violations in the live widget, no NaN on screen', async ({ page }) => {
      const { problems } = await open(page, '?imitation.alpha=0.3&imitation.together=true&imitation.step=600&imitation.deceptive=lots');
      await expect(headline(page)).toHaveText(/^Step 600\./);
      const axe = await new AxeBuilder({ page }).include(FULL).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
      expect(await page.locator(FULL).textContent()).not.toMatch(/NaN|undefined/);
      expect(problems).toEqual([]);
    });
  });
}

test('keyboard only: a focused figure — its k slider, Play and Step — updates its caption and keeps its own keys', async ({ page }) => {
  const { problems } = watchPage(page);
  await page.goto(PATH);
  const fig = page.locator('.imit-figure[data-instance-id="min-distribution"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  await expect(fig.locator('.instance-fixed')).toHaveText(/^Fixed: top-k rule \(the note\)/);
  await expect(fig.getByRole('slider')).toHaveCount(1);
  const caption = fig.getByTestId('instance-caption');
  await expect(caption).toHaveText(/^At step 10 the 10 most probable models disagree: their min distribution sums to 49%/);
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await fig.getByRole('slider', { name: 'k' }).evaluate((e) => e === document.activeElement)) break;
  }
  await page.keyboard.press('Home');
  await expect(caption).toHaveText(/^At step 10 the 1 most probable models disagree: their min distribution sums to 100%/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(fig.getByRole('button', { name: 'Step', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(caption).toHaveText(/^At step 11 /);
  await expect.poll(() => new URL(page.url()).search).toBe('?min-distribution.k=1&min-distribution.learner=conservative&min-distribution.rule=top-k&min-distribution.step=11');
  expect(problems).toEqual([]);
});
