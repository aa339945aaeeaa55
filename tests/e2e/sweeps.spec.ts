import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { evaluateScenario, parseScenario } from '../../src/compute/priors/index';
import { watchPage } from '../helpers/watch';

const PRIORS = '/notes/report-on-semi-informative-priors/';
const calendar = (ftp: number, vs: number) => evaluateScenario(parseScenario({ rules: [{ kind: 'calendar', ftp, virtualSuccesses: vs }] })).probability;
const pct = (p: number) => `${Number((100 * p).toPrecision(2))}%`;

async function hydratePriors(page: Page) {
  await page.locator('section.priors').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="PriorsIsland"]:has(section.priors)')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  // The sweep is folded behind a disclosure (its open state goes into the URL).
  await page.locator('section.priors summary', { hasText: 'Sweep' }).click();
}

test('priors sweep: keyboard reads the points, Enter sets the calculator and the URL; the report’s cells are drawn; no axe violations', async ({ page }) => {
  const problems = watchPage(page).problems;
  await page.goto(PRIORS, { waitUntil: 'networkidle' });
  await hydratePriors(page);
  const sweep = page.getByTestId('priors-sweep');
  const readout = sweep.getByTestId('sweep-readout');
  await expect(readout).toHaveText(`ftp 1/300, vs 1: pr(AGI by 2036) ${pct(calendar(1 / 300, 1))}; report (§4.2 table): 4.2%`);
  await expect(sweep.locator('.sweep-mark')).toHaveCount(19);
  const chart = sweep.getByRole('group');
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(`ftp 1/3000, vs 1: pr(AGI by 2036) ${pct(calendar(1 / 3000, 1))}; report (§4.2 table): 0.52%`);
  await page.keyboard.press('ArrowDown');
  await expect(readout).toHaveText(`ftp 1/3000, vs 0.5: pr(AGI by 2036) ${pct(calendar(1 / 3000, 0.5))}`);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/priors\.ftp=0\.5/);
  await expect(page).toHaveURL(/priors\.vs=0\.5/);
  await expect(page.getByTestId('priors-p-calendar')).toHaveText(`${(100 * calendar(0.5, 0.5)).toFixed(1)}%`);
  // a click chooses the nearest point too
  const box = (await sweep.locator('.sweep-target svg').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(page).not.toHaveURL(/priors\.ftp=0\.5(&|$)/);
  const axe = await new AxeBuilder({ page }).include('[data-testid="priors-sweep"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

test('priors sweep follows the target year from a link', async ({ page }) => {
  await page.goto(`${PRIORS}?priors.to=2100`, { waitUntil: 'networkidle' });
  await hydratePriors(page);
  const readout = page.getByTestId('priors-sweep').getByTestId('sweep-readout');
  await expect(readout).toHaveText(`ftp 1/300, vs 1: pr(AGI by 2100) ${pct(evaluateScenario(parseScenario({ to: 2100, rules: [{ kind: 'calendar' }] })).probability)}`);
});

const IMITATION = '/notes/formal-solution-to-the-inner-alignment-problem/';

test('imitation sweep: streams, cancels and resumes; the keyboard chooses α and the URL follows; the demonstrator’s prior is marked', async ({ page }) => {
  const problems = watchPage(page).problems;
  // A paused fake clock holds the sweep after each point (it yields with setTimeout), so Cancel
  // can be pressed mid-sweep however fast the machine is.
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
  await page.clock.pauseAt(new Date('2026-01-01T00:00:01Z'));
  await page.goto(`${IMITATION}?imitation.sweepOpen=true`); // the sweep is folded by default
  await page.locator('.imit-figure[data-instance-id="imitation"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.imit-figure[data-instance-id="imitation"] astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  const sweep = page.getByTestId('imitation-sweep');
  const status = sweep.getByTestId('imitation-sweep-status');
  await expect(status).toHaveText(/^Computing: \d+ of 17 points…$/);
  await sweep.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(status).toHaveText(/^Cancelled with \d+ of 17 points\.$/);
  const stopped = await status.textContent();
  await page.clock.runFor(2_000);
  await expect(status).toHaveText(stopped!);
  await sweep.getByRole('button', { name: 'Resume sweep' }).click();
  await expect(async () => {
    await page.clock.runFor(100);
    await expect(status).toHaveText('17 points, cached for these settings.', { timeout: 100 });
  }).toPass({ timeout: 30_000 });
  await expect(sweep.locator('.sweep-reference text')).toHaveText('w(πᵈ) = 0.05');
  await sweep.getByRole('group').focus();
  await page.keyboard.press('End');
  await expect(sweep.getByTestId('sweep-readout')).toHaveText(/^α 0\.5, queries, conservative: count /);
  await page.keyboard.press('ArrowUp');
  await expect(sweep.getByTestId('sweep-readout')).toHaveText(/^α 0\.5, catastrophes, conservative: count [1-9]/);
  await page.keyboard.press('Enter');
  await page.clock.runFor(1_000); // the URL is written debounced
  await expect(page).toHaveURL(/imitation\.alpha=0\.5/);
  // choosing a point changes α, not the sweep: it stays, from the cache
  await expect(status).toHaveText('17 points, cached for these settings.');
  await expect(sweep.getByTestId('sweep-current')).toHaveCount(1);
  expect(problems).toEqual([]);
});

const PRUNING = '/notes/multi-prize-lottery-ticket-hypothesis/';

test('pruning sweep: runs in its own worker on demand, streams a point, cancels; the keyboard chooses k', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchPage(page).problems;
  await page.goto(`${PRUNING}?pruning.width=8&pruning.depth=1&pruning.sweepOpen=true`);
  await page.locator('.prune-figure[data-instance-id="pruning"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.prune-figure[data-instance-id="pruning"] astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  const sweep = page.getByTestId('pruning-sweep');
  const status = sweep.getByTestId('pruning-sweep-status');
  await sweep.getByRole('combobox', { name: 'Sweep over' }).selectOption('keep');
  await expect(status).toHaveText('Not run yet: 10 points, 30 trainings in a worker.');
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(status).toHaveText(/^Training: [1-9]\d* of 10 points…$/, { timeout: 90_000 });
  await sweep.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(status).toHaveText(/^Cancelled with [1-9]\d* of 10 points\.$/);
  const stopped = await status.textContent();
  await page.waitForTimeout(1500);
  await expect(status).toHaveText(stopped!);
  await sweep.getByRole('group').focus();
  await page.keyboard.press('Home');
  await expect(sweep.getByTestId('sweep-readout')).toHaveText(/^k 0\.1, biprop, pruned: test accuracy \d+\.\d% \(\d+\.\d%–\d+\.\d%\)$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pruning\.keep=0\.1/);
  expect(problems).toEqual([]);
});
