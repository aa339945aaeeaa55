import { expect, test } from '@playwright/test';
import { GLOSSARY } from '../../src/site/glossary';

const MPT = '/notes/multi-prize-lottery-ticket-hypothesis/';
const LTH = '/notes/updating-the-lottery-ticket-hypothesis/';
const INNER = '/notes/formal-solution-to-the-inner-alignment-problem/';

test.describe('backlinks', () => {
  test('the multi-prize note lists the lottery-ticket note with the sentence that links to it, and vice versa', async ({ page }) => {
    await page.goto(MPT);
    const section = page.locator('section.backlinks');
    await expect(section.getByRole('heading', { name: 'Linked from' })).toHaveAttribute('id', 'linked-from');
    await expect(section.locator('.heading-anchor')).toHaveAttribute('href', '#linked-from');
    await expect(section.getByRole('link', { name: 'Updating the Lottery Ticket Hypothesis (John Wentworth)', exact: true })).toHaveAttribute('href', LTH);
    await expect(section.locator('q')).toHaveText(/^A stronger claim, .* is the subject of the multi-prize lottery ticket paper: see the note on it, and Xu’s opinion there\.$/);
    const place = section.locator('a.backlink-place');
    await expect(place).toHaveAttribute('href', `${LTH}#opinion`);
    await place.click();
    await expect(page).toHaveURL(new RegExp(`${LTH}#opinion$`));
    // The cited sentence is really in the section the backlink points to.
    await expect(page.locator('.note-body')).toContainText('see the note on it');

    await page.goto(LTH);
    const back = page.locator('section.backlinks');
    await expect(back.locator(':scope > ul > li > a')).toHaveAttribute('href', MPT);
    await expect(back.locator('q')).toHaveText('For a different update to the original hypothesis, see the note on Wentworth’s post.');
  });

  test('the two Christiano notes list each other; a note nobody links to says so', async ({ page }) => {
    await page.goto('/notes/mundane-solutions/');
    await expect(page.locator('section.backlinks').getByRole('link', { name: 'Low-stakes alignment (Paul Christiano)', exact: true })).toBeVisible();
    await page.goto('/notes/low-stakes-alignment/');
    await expect(page.locator('section.backlinks').getByRole('link', { name: 'Mundane solutions to exotic problems (Paul Christiano)', exact: true })).toBeVisible();
    await page.goto('/notes/report-on-semi-informative-priors/');
    await expect(page.locator('section.backlinks')).toContainText('No other note links here yet.');
  });

  test('the top-k set and the MAP trick link each other in the inner-alignment note', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(INNER);
    const toOpinion = page.locator('.sidenote a[href="#opinion"]', { hasText: 'the MAP trick' });
    await expect(toOpinion).toHaveCount(1);
    const toSummary = page.locator('.sidenote a[href="#summary"]', { hasText: 'the summary' });
    await expect(toSummary).toHaveCount(1);
    await expect(page.locator('.sidenote', { has: page.locator('a[href="#opinion"]') })).toContainText('MAP) model is always in');
    await expect(page.locator('.sidenote', { has: page.locator('a[href="#summary"]') })).toContainText('top-k set');
  });
});

test.describe('tags', () => {
  test('/tags/ lists every tag with its count, and a tag page lists exactly its notes as cards', async ({ page }) => {
    await page.goto('/tags/');
    const lottery = page.getByRole('link', { name: 'lottery tickets (2 notes)' });
    await expect(lottery).toHaveAttribute('href', '/tags/lottery-tickets/');
    await expect(page.getByRole('link', { name: 'Paul Christiano (2 notes)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'pruning (1 note)' })).toBeVisible();
    await lottery.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('lottery tickets');
    const cards = await page.$$eval('.card h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(cards).toEqual([LTH, MPT]);
  });

  test('tags on a note link to their pages', async ({ page }) => {
    await page.goto('/notes/low-stakes-alignment/');
    const tags = page.getByRole('list', { name: 'Tags' }).first();
    await expect(tags.getByRole('link')).toHaveText(['outer alignment', 'low-stakes setting', 'Paul Christiano']);
    await tags.getByRole('link', { name: 'Paul Christiano' }).click();
    await expect(page).toHaveURL(/\/tags\/paul-christiano\/$/);
    await expect(page.locator('.card h2 a')).toHaveText(['Mundane solutions to exotic problems (Paul Christiano)', 'Low-stakes alignment (Paul Christiano)']);
  });
});

test.describe('glossary', () => {
  test('every entry has a heading with its stable id, a visible anchor, a definition and where it appears', async ({ page }) => {
    await page.goto('/glossary/');
    for (const t of GLOSSARY) {
      const h = page.locator(`h2#${t.id}`);
      await expect(h).toHaveText(t.term);
      await expect(page.locator(`.section-heading:has(> h2#${t.id}) > a.heading-anchor`)).toHaveAttribute('href', `#${t.id}`);
      const entry = page.locator('section.glossary-entry', { has: h });
      await expect(entry.locator('.glossary-definition')).toHaveText(t.definition);
      expect(await entry.locator('.glossary-appears a').count(), t.id).toBeGreaterThan(0);
    }
  });

  test('the first use of a term in a note links to its entry, once, and not in headings or margin notes', async ({ page }) => {
    await page.goto(LTH);
    const links = page.locator('.note-body a.glossary-term');
    const first = links.first();
    await expect(first).toHaveText('parameter tangent space');
    await expect(first).toHaveAttribute('href', '/glossary/#parameter-tangent-space');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await expect(page.locator('.note-body :is(h2, h3, .sidenote) a.glossary-term')).toHaveCount(0);
    // The term's first occurrence in the client's text is the linked one.
    const firstUse = await page.evaluate(() => {
      const body = document.querySelector('.note-body')!.cloneNode(true) as HTMLElement;
      body.querySelectorAll('.sn, .katex, .section-heading').forEach((n) => n.remove());
      const text = body.textContent!.toLowerCase();
      const link = body.querySelector('a.glossary-term[href$="#parameter-tangent-space"]')!;
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEndBefore(link);
      return { total: text.split('parameter tangent space').length - 1, before: before.toString().toLowerCase().includes('parameter tangent space') };
    });
    expect(firstUse.before).toBe(false);
    expect(firstUse.total).toBeGreaterThan(0);
    await first.click();
    await expect(page).toHaveURL(/\/glossary\/#parameter-tangent-space$/);
    await expect(page.locator('#parameter-tangent-space')).toBeInViewport();
  });
});
