import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { GLOSSARY } from '../../src/site/glossary';

const LTH = '/notes/updating-the-lottery-ticket-hypothesis/';
const MPT = '/notes/multi-prize-lottery-ticket-hypothesis/';
const tooltip = (page: Page) => page.locator('#link-preview[role="tooltip"]');

test.describe('link previews', () => {
  test('focusing a glossary link shows its definition, tied to the link; Escape closes it and focus stays', async ({ page }) => {
    await page.goto(LTH);
    const link = page.locator('.note-body a.glossary-term').first();
    await link.focus();
    await expect(tooltip(page)).toBeVisible();
    const def = GLOSSARY.find((t) => t.id === 'parameter-tangent-space')!;
    await expect(tooltip(page)).toContainText('Parameter tangent space');
    await expect(tooltip(page)).toContainText(def.definition);
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby', /.+/);
    await expect(link).toBeFocused();
  });

  test('hovering a link to another note’s section shows that section’s heading and first lines, and moving away closes it', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(LTH);
    const link = page.locator(`.sidenote a[href="${MPT}#opinion"]`);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page).locator('.link-preview-title')).toHaveText(/^Multi-Prize Lottery Ticket Hypothesis.* › Opinion$/);
    await expect(tooltip(page).locator('.link-preview-text')).toHaveText(/^“Multi-prize” is a really weird way to describe a lottery ticket\. .* something like that\. My main issue/);
    // Near the link, not over the page.
    const l = (await link.boundingBox())!;
    const t = (await tooltip(page).boundingBox())!;
    expect(Math.abs(t.y - (l.y + l.height)) < 40 || Math.abs(t.y + t.height - l.y) < 40).toBe(true);
    await page.mouse.move(5, 5);
    await expect(tooltip(page)).toBeHidden();
  });

  test('a reference mark previews the reference’s full entry', async ({ page }) => {
    await page.goto(LTH);
    const mark = page.locator('a.ref-link[href="#ref-frankle-carbin-lth"]').first();
    await mark.focus();
    await expect(tooltip(page).locator('.link-preview-title')).toHaveText('Reference');
    const entry = (await page.locator('#ref-frankle-carbin-lth').textContent())!.replace(/\s+/g, ' ').trim();
    await expect(tooltip(page).locator('.link-preview-text')).toHaveText(entry);
  });

  test('a link to a whole note previews its title and gist (glossary “appears in”)', async ({ page }) => {
    await page.goto('/glossary/');
    const link = page.locator('section.glossary-entry', { has: page.locator('h2#regret-bound') }).locator('.glossary-appears li > a').first();
    await expect(link).toHaveAttribute('href', '/notes/low-stakes-alignment/');
    await link.focus();
    await expect(tooltip(page).locator('.link-preview-title')).toHaveText('Low-stakes alignment (Paul Christiano)');
    await expect(tooltip(page).locator('.link-preview-text')).toHaveText(/^When no single decision can be catastrophic, online training on an outer-aligned objective suffices/);
  });

  test('scrolling closes a hover preview', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(LTH);
    const link = page.locator('.note-body a.glossary-term').first();
    await link.hover();
    await expect(tooltip(page)).toBeVisible();
    await page.waitForTimeout(500);
    await page.mouse.wheel(0, 300);
    await expect(tooltip(page)).toBeHidden();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`an open preview has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(LTH);
      await page.locator('.note-body a.glossary-term').first().focus();
      await expect(tooltip(page)).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    });
  }

  test('the target page is fetched once, only when a preview needs it', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch') fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(LTH);
    expect(fetched).toEqual([]);
    const link = page.locator('.note-body a.glossary-term').first();
    await link.focus();
    await expect(tooltip(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await link.blur();
    await link.focus();
    await expect(tooltip(page)).toBeVisible();
    expect(fetched.filter((p) => p === '/glossary/')).toHaveLength(1);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  test('a first tap shows the preview with a “Go to” link; a second tap follows the link', async ({ page }) => {
    await page.goto(LTH);
    const link = page.locator('.note-body a.glossary-term').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText('Parameter tangent space');
    await expect(page).toHaveURL(new RegExp(`${LTH}$`));
    await expect(tooltip(page).getByRole('link', { name: 'Go to' })).toHaveAttribute('href', /\/glossary\/#parameter-tangent-space$/);
    await link.tap();
    await expect(page).toHaveURL(/\/glossary\/#parameter-tangent-space$/);
  });

  test('a tap elsewhere closes the preview', async ({ page }) => {
    await page.goto(LTH);
    const link = page.locator('.note-body a.glossary-term').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(tooltip(page)).toBeVisible();
    await page.locator('h1').tap();
    await expect(tooltip(page)).toBeHidden();
  });
});
