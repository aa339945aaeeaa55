import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const NOTE = '/notes/mundane-solutions/';
const TARGET = '/notes/updating-the-lottery-ticket-hypothesis/';

/** Records every request to the search index or Pagefind's code. */
function watchPagefind(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) seen.push(r.url());
  });
  return seen;
}

test('the index is fetched only when search opens; `/` opens it', async ({ page }) => {
  const pagefind = watchPagefind(page);
  await page.goto(NOTE, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(pagefind).toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect.poll(() => pagefind.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('`/` typed into a field does not open search; Ctrl-K does from anywhere else', async ({ page }) => {
  await page.goto(NOTE);
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await page.locator('body').press('Control+k');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').press('/');
  await expect(dialog.getByRole('searchbox')).toHaveValue('/');
});

test('the header button shows the shortcut and opens search by keyboard', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Search/ });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  await expect(button.locator('kbd')).toHaveText('/');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search the notes' })).toBeVisible();
});

test('a phrase is found; Enter lands on the note and section with the hit highlighted', async ({ page }) => {
  await page.goto(NOTE);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await dialog.getByRole('searchbox').fill('parameter tangent space');
  const first = dialog.getByRole('link').first();
  await expect(first).toContainText('Updating the Lottery Ticket Hypothesis');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/found/);
  const href = await first.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${TARGET}\\?q=parameter\\+tangent\\+space#[a-z0-9-]+$`));
  const anchor = href!.split('#')[1]!;
  await dialog.getByRole('searchbox').press('Enter');
  await page.waitForURL(`**${TARGET}#${anchor}`);
  // q is dropped from the address once the hits are marked, so a copied link stays clean.
  expect(new URL(page.url()).search).toBe('');
  const marks = page.locator('mark.search-hit-mark');
  await expect(marks.first()).toBeInViewport();
  // A phrase that runs across a link is marked piece by piece.
  expect((await marks.allTextContents()).join('')).toMatch(/^(parameter\s+tangent\s+space)+$/i);
  // The hit is in the section the result named, not elsewhere on the page.
  const inSection = await marks.first().evaluate((m, id) => {
    const heading = document.getElementById(id)!;
    const headings = [...document.querySelectorAll('main h2, main h3')];
    const next = headings[headings.indexOf(heading) + 1];
    return !!(heading.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) && (!next || !!(next.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_PRECEDING));
  }, anchor);
  expect(inSection).toBe(true);
});

test('results work by keyboard: arrows move through links, Enter opens the focused one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await page.keyboard.type('lottery');
  const links = dialog.getByRole('link');
  // The list for the whole word, not for a prefix typed on the way.
  await expect(links.nth(1)).toHaveAttribute('href', /\?q=lottery(#|$)/);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = (await links.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => `${u.pathname}${u.hash}` === href.replace(/\?[^#]*/, ''));
});

test('an unknown word says so; the open dialog has no axe violations', async ({ page }) => {
  await page.goto(NOTE);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await dialog.getByRole('searchbox').fill('zzqqxx');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzqqxx”.');
  await dialog.getByRole('searchbox').fill('imitation');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.search-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
