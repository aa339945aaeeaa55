import { expect, test, type Locator, type Page } from '@playwright/test';

/** Scrolls a widget into view (they hydrate client:visible) and waits for its island to hydrate. */
async function hydrate(page: Page, island: string, widget: Locator) {
  await widget.scrollIntoViewIfNeeded();
  // A note may hold several figures of one widget: wait for this one's island.
  await expect(widget.locator(`astro-island[component-url*="${island}"]`)).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

/** What a printed widget shows: visible controls (should be none), pictures, and the printed permalink text. */
async function printed(widget: Locator) {
  return widget.evaluate((el) => {
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const controls = [...el.querySelectorAll('button, input, select, textarea')].filter(shown).map((e) => e.outerHTML.slice(0, 80));
    const pictures = [...el.querySelectorAll('svg, canvas, img')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 40 && r.height > 40; }).length;
    const link = [...el.querySelectorAll<HTMLAnchorElement>('[class*="permalink"] a')].find(shown);
    const after = link ? getComputedStyle(link, '::after').content : '';
    return { controls, pictures, linkText: link?.textContent ?? '', href: link?.href ?? '', after };
  });
}

test('a printed note: no chrome, the notes and the references with their addresses', async ({ page }) => {
  await page.goto('/notes/low-stakes-alignment/');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.site-footer', '.toc', '.pager', '.search-button', '.heading-anchor']) {
    await expect(page.locator(sel).first(), `${sel} is hidden in print`).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#opinion')).toBeVisible();
  const refs = page.locator('.references li');
  await expect(refs.first()).toBeVisible();
  const printedUrls = await refs.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
  expect(printedUrls.length).toBeGreaterThan(0);
  for (const c of printedUrls) expect(c).toMatch(/<https?:\/\//);
});

test('the priors widget prints its current state as a picture with its permalink, without controls', async ({ page }) => {
  await page.goto('/notes/report-on-semi-informative-priors/');
  const widget = page.locator('[data-instance-id="priors"]');
  await hydrate(page, 'PriorsIsland', widget);
  await widget.getByRole('button', { name: 'High' }).click();
  await expect(page).toHaveURL(/priors\.start=2000/);
  const headline = await widget.getByTestId('priors-headline').locator('strong').textContent();
  await page.emulateMedia({ media: 'print' });
  const p = await printed(widget);
  expect(p.controls).toEqual([]);
  expect(p.pictures).toBeGreaterThanOrEqual(1);
  expect(p.href).toContain('priors.start=2000');
  expect(p.linkText).toContain('priors.start=2000');
  // The link text is the URL already: it is not printed a second time after it.
  expect(p.after).toMatch(/^(none|normal|"")$/);
  await expect(widget.getByTestId('priors-headline').locator('strong')).toHaveText(headline!);
});

test('the imitation widget prints its current step as a picture with its permalink, without controls', async ({ page }) => {
  await page.goto('/notes/formal-solution-to-the-inner-alignment-problem/?imitation.step=10&imitation.detailsOpen=true'); // the learner panels are folded by default
  const widget = page.locator('.imit-figure[data-instance-id="imitation"]');
  await hydrate(page, 'ImitationIsland', widget);
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page).toHaveURL(/imitation\.step=11/);
  await page.emulateMedia({ media: 'print' });
  const p = await printed(widget);
  expect(p.controls).toEqual([]);
  expect(p.pictures).toBeGreaterThanOrEqual(3);
  expect(p.href).toContain('imitation.step=11');
  expect(p.linkText).toContain('imitation.step=11');
  expect(p.after).toMatch(/^(none|normal|"")$/);
});

test('the pruning widget prints its picture and permalink without controls', async ({ page }) => {
  await page.goto('/notes/multi-prize-lottery-ticket-hypothesis/');
  const widget = page.locator('.prune-figure[data-instance-id="pruning"]');
  await hydrate(page, 'PruningIsland', widget);
  await page.emulateMedia({ media: 'print' });
  const p = await printed(widget);
  expect(p.controls).toEqual([]);
  expect(p.pictures).toBeGreaterThanOrEqual(1);
  expect(p.href).toContain('/notes/multi-prize-lottery-ticket-hypothesis/');
  // Not checked here: whether its permalink is printed twice (the widget is still in progress).
});
