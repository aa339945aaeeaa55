import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../helpers/pages';
import { watchPage } from '../helpers/watch';

const pages = builtPages();
const notePages = pages.filter((p) => p.startsWith('/notes/'));

/** Opens a page, recording console errors, page errors and requests that leave the machine. */
async function visit(page: Page, path: string) {
  const { problems } = watchPage(page);
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  return { problems, status: response?.status() ?? 0 };
}

/** Whether the page's background is dark (relative luminance below one half). */
async function pageIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
  });
}

test('the build has the home page, six notes and a 404 page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(notePages).toHaveLength(6);
});

/**
 * Every heading of a note has an id and a visible anchor; every internal link on the page
 * resolves, and so does its fragment. Run on the page the light-theme test has open (the links do
 * not depend on the theme), rather than loading each page a third time.
 */
async function checkHeadingsAndLinks(page: Page, request: APIRequestContext, path: string) {
  const headings = await page.$$eval('main :is(h2, h3)', (hs) =>
    hs.map((h) => {
      const anchor = h.parentElement?.querySelector<HTMLAnchorElement>(':scope > a.heading-anchor');
      return { id: h.id, text: h.textContent, anchor: anchor?.getAttribute('href') ?? null, visible: !!anchor && anchor.getBoundingClientRect().width > 0 };
    }),
  );
  for (const h of headings.filter(() => path.startsWith('/notes/'))) {
    expect(h.id, `heading “${h.text}” has an id`).not.toBe('');
    expect(h.anchor, `heading “${h.text}” has an anchor`).toBe(`#${h.id}`);
    expect(h.visible, `anchor of “${h.text}” is visible`).toBe(true);
  }
  const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const base = new URL(page.url());
  const internal = [...new Set(links.filter((l) => new URL(l).origin === base.origin))];
  for (const link of internal) {
    const url = new URL(link);
    const target = `${url.pathname}${url.search}`;
    let html: string;
    if (url.pathname === base.pathname) html = await page.content();
    else {
      const res = await request.get(target);
      expect(res.status(), `${link} resolves`).toBe(200);
      html = await res.text();
    }
    if (url.hash && url.hash.length > 1 && !url.hash.startsWith('#:~:')) {
      const id = decodeURIComponent(url.hash.slice(1));
      expect(html.includes(`id="${id}"`), `fragment ${url.hash} exists on ${url.pathname}`).toBe(true);
    }
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      const title = scheme === 'light'
        ? `${path}: no errors, no outside requests, no KaTeX errors, no axe violations; every heading has an id and a visible anchor; internal links and fragments resolve`
        : `${path}: no errors, no outside requests, no KaTeX errors, no axe violations`;
      test(title, async ({ page, request }) => {
        const { problems, status } = await visit(page, path);
        if (path !== '/404.html') expect(status).toBe(200);
        expect(problems).toEqual([]);
        await expect(page.locator('.katex-error')).toHaveCount(0);
        expect(await pageIsDark(page)).toBe(scheme === 'dark');
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
        if (scheme === 'light') await checkHeadingsAndLinks(page, request, path);
      });
    }
  });
}

test.describe('citing', () => {
  test('the cite action on a section gives BibTeX and a citation with the section URL', async ({ page }) => {
    const path = notePages[0]!;
    await visit(page, path);
    await page.getByRole('button', { name: 'Cite section “Opinion”' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // What a reader copies opens where they are: the preview server's origin, not the canonical one.
    const url = new URL(`${path}#opinion`, page.url()).href;
    expect(url).not.toContain('example.org');
    await expect(dialog.getByLabel('Permalink')).toHaveValue(url);
    const bibtex = await dialog.getByLabel('BibTeX').inputValue();
    expect(bibtex).toMatch(/^@misc\{xu-[a-z0-9-]+-opinion,/);
    expect(bibtex).toContain(`url          = {${url}}`);
    expect(bibtex).toContain('author       = {Xu, Mark}');
    expect(bibtex).toContain('year         = {2021}');
    expect(bibtex).toMatch(/Annotated edition, \d{1,2} \w+ 20\d\d/);
    const citation = await dialog.getByLabel('Citation').inputValue();
    expect(citation).toContain(`section “Opinion”`);
    expect(citation).toMatch(/^Mark Xu \(2021\), /);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('each note serves a .bib file with an entry per section', async ({ request }) => {
    for (const path of notePages) {
      const res = await request.get(`${path.replace(/\/$/, '')}.bib`);
      expect(res.status()).toBe(200);
      const bib = await res.text();
      expect(bib.match(/^@misc\{/gm)?.length).toBeGreaterThanOrEqual(3);
      expect(bib).toContain(`#opinion}`);
      // The canonical origin stays in the .bib file; the author's words are dated by the post.
      expect(bib).toContain('url          = {https://distillations.example.org/notes/');
      expect(bib.match(/^\s*year\s*=\s*\{(\d+)\}/gm)?.every((y) => y.includes('2021'))).toBe(true);
    }
  });

  test('home cards credit Mark Xu’s 2021 text and date the annotated edition apart', async ({ page }) => {
    await page.goto('/');
    const credits = page.locator('.card .meta', { hasText: 'annotated edition' });
    await expect(credits).toHaveCount(6);
    for (const text of await credits.allTextContents()) expect(text).toMatch(/^Mark Xu, 2021 · annotated edition, \d{1,2} \w+ 20\d\d · \d+ min read$/);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2021');
  });

  test('selecting a passage offers a text-fragment link to it', async ({ page }) => {
    await visit(page, notePages[0]!);
    await page.evaluate(() => {
      const p = document.querySelector('.note-body p')!;
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Link to this passage' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('dialog').getByLabel('Permalink')).toHaveValue(/#:~:text=/);
  });
});

test.describe('reading', () => {
  test('the theme toggle persists across pages and the stored theme applies before paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Read the theme at the first moment the document exists, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
      });
    });
    await page.goto(notePages[1]!);
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
    expect(await pageIsDark(page)).toBe(true);
  });

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, notePages[1]!);
    await page.locator('#opinion').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('opinion')!.scrollIntoView({ block: 'start' }));
    await expect(page.locator('[data-toc-link="opinion"]')).toHaveAttribute('aria-current', 'true');
  });

  test('previous and next link the notes in order', async ({ page }) => {
    await page.goto(notePages[0]!);
    const order: string[] = [];
    await page.goto('/');
    const cards = await page.$$eval('.card h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(cards).toHaveLength(6);
    await page.goto(cards[0]!);
    for (let i = 1; i < cards.length; i++) {
      await page.getByRole('link', { name: /^Next/ }).click();
      order.push(new URL(page.url()).pathname);
    }
    expect(order).toEqual(cards.slice(1));
    await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  });

  // One load of each page for three checks that used to load every page once each: the metadata
  // in <head> and the byline do not depend on the viewport, so they are read at 320 px too.
  test('no horizontal scrolling at 320 px; every page carries citation_title, JSON-LD and a canonical URL; notes carry citation_* tags, JSON-LD and a canonical URL', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);

      await expect(page.locator('meta[name="citation_title"]'), path).toHaveAttribute('content', /.+/);
      await expect(page.locator('meta[name="citation_public_url"]'), path).toHaveAttribute('content', /^https?:\/\//);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@context'], path).toBe('https://schema.org');
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', /^https?:\/\//);
      if (!notePages.includes(path)) continue;

      for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url']) {
        await expect(page.locator(`meta[name="${name}"]`)).toHaveAttribute('content', /.+/);
      }
      await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2021');
      await expect(page.locator('meta[name="citation_online_date"]')).toHaveCount(0);
      const [text, edition] = ld['@graph'];
      expect(text['@type']).toBe('ScholarlyArticle');
      expect(text.author.name).toBe('Mark Xu');
      expect(text.datePublished).toBe('2021');
      expect(edition['@type']).toBe('WebPage');
      expect(edition.datePublished).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(edition.mainEntity['@id']).toBe(text['@id']);
      await expect(page.locator('.note-header .meta')).toContainText(/Mark Xu, 2021 · annotated edition, \d{1,2} \w+ 20\d\d/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    }
  });

  test('margin notes expand inline on a phone and sit in the margin on a wide screen', async ({ page }) => {
    const path = notePages.find((p) => p.includes('semi-informative')) ?? notePages[0]!;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    const first = page.locator('.sidenote').first();
    test.skip((await first.count()) === 0, 'this note has no margin notes yet');
    await expect(first).toBeHidden();
    await page.locator('.sn-ref').first().click();
    await expect(first).toBeVisible();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.reload();
    const box = await page.locator('.sidenote').first().boundingBox();
    const body = await page.locator('.note-body').boundingBox();
    expect(box!.x).toBeGreaterThan(body!.x + body!.width);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('notes are fully readable and citable', async ({ page }) => {
    for (const path of notePages) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('#summary')).toBeVisible();
      await expect(page.locator('#opinion')).toBeVisible();
      await expect(page.locator('.cite-static pre')).toContainText('@misc{');
      await expect(page.locator('.cite-button:visible')).toHaveCount(0);
    }
  });
});

test.describe('keyboard', () => {
  for (const path of ['/', ...notePages.slice(0, 2)]) {
    test(`${path}: every control is reachable by Tab and visibly focused`, async ({ page }) => {
      await visit(page, path);
      const interactive = await page.$$eval('a[href], button:not([hidden]), input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])', (els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').length,
      );
      const seen = new Set<string>();
      for (let i = 0; i < interactive + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
          const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          return { key: `${el.tagName}:${label}:${r.x}:${r.y}`, label, indicator, visible: r.width > 0 && r.height > 0 };
        });
        if (!info) continue;
        seen.add(info.key);
        expect(info.visible, `${info.label} is visible when focused`).toBe(true);
        expect(info.indicator, `${info.label} shows a focus indicator`).toBe(true);
      }
      expect(seen.size).toBeGreaterThanOrEqual(Math.min(interactive, 3));
    });
  }
});
