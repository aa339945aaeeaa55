/**
 * The fixture knowledge base (tests/fixtures/kb, built by `npm run build:fixture` into
 * dist-fixture/ and served on its own port): Mark Xu's post with one note, a second, fictional
 * post by another author in another year with two notes (one embedding a configured widget
 * instance, one revised twice), and an editors' note. Each note is cited as itself; no page
 * credits Mark Xu for text he did not write. Few tests, each reading several things from one load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_DIST, FIXTURE_URL } from '../helpers/chromium';
import { builtPages } from '../helpers/pages';
import { watchPage } from '../helpers/watch';

test.use({ baseURL: FIXTURE_URL });
test.beforeAll(() => {
  if (!existsSync(`${FIXTURE_DIST}/index.html`)) throw new Error('No fixture build in dist-fixture/: run `npm run build:fixture` first (npm run test:e2e does).');
});

const XU_NOTE = '/notes/mundane-solutions/';
const XU_POST = '/posts/intermittent-distillations-3/';
const ORIGIN = 'https://fixture.example.org';
type Ld = Record<string, unknown>;
const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Ld;
const metas = (page: Page, name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));

test('home: each post a group in order (title, author, year, its notes), then the editors’ notes, each card credited by its own post', async ({ page }) => {
  const { problems } = watchPage(page);
  await page.goto('/');
  const groups = page.locator('.post-group');
  await expect(groups.locator('> h2')).toHaveText(['Field Notes on Toy Models #2', 'Intermittent Distillations #3', 'Editors’ notes']);
  await expect(groups.nth(0).locator('.post-meta')).toContainText('Ada Quillfeather, 2019 · 2 notes');
  await expect(groups.nth(1).locator('.post-meta')).toContainText('Mark Xu, 2021 · 1 note');
  await expect(groups.nth(0).locator('.card h3')).toHaveText(['Bandits in a shoebox (Brin Okonkwo-Hale)', 'Slow turns and fast learners (Cass Delacroix-Yu)']);
  const credit = (i: number) => groups.nth(i).locator('.card .meta', { hasText: /edition|editors’ note/ });
  await expect(credit(0)).toHaveText([
    /^Ada Quillfeather, 2019 · annotated edition, 30 November 2026 · revised 4 December 2026 · \d+ min read$/,
    /^Ada Quillfeather, 2019 · annotated edition, 30 November 2026 · \d+ min read$/,
  ]);
  await expect(credit(1)).toHaveText([/^Mark Xu, 2021 · annotated edition, 26 November 2026 · \d+ min read$/]);
  await expect(credit(2)).toHaveText([/^Editors of Fixture Distillations · editors’ note, 1 December 2026 · \d+ min read$/]);
  // A collection of several authors' texts names no author for itself; each part names its own.
  expect(await metas(page, 'citation_author')).toEqual([]);
  const ld = await jsonLd(page);
  const parts = (ld.hasPart as Ld[]).map((p) => [new URL(p.url as string).pathname, (p.author as Ld).name, p.datePublished]);
  expect(parts).toEqual([
    ['/notes/toy-bandits/', 'Ada Quillfeather', '2019'],
    ['/notes/toy-turns/', 'Ada Quillfeather', '2019'],
    [XU_NOTE, 'Mark Xu', '2021'],
    ['/notes/reading-guide/', 'Editors of Fixture Distillations', '2026-12-01'],
  ]);
  await expect(page.locator('.site-footer')).not.toContainText('Mark Xu');
  expect(problems).toEqual([]);
});

test('no page, .bib file or feed credits Mark Xu for text he did not write', async ({ request }) => {
  const pages = builtPages(FIXTURE_DIST);
  expect(pages).toEqual(expect.arrayContaining(['/', XU_NOTE, XU_POST, '/posts/quillfeather-field-notes-2/', '/notes/toy-bandits/', '/notes/toy-turns/', '/notes/reading-guide/']));
  for (const path of pages) {
    const html = readFileSync(`${FIXTURE_DIST}${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
    const authors = [...html.matchAll(/<meta name="citation_author" content="([^"]*)"/g)].map((m) => m[1]);
    if (![XU_NOTE, XU_POST].includes(path)) expect(authors, path).not.toContain('Mark Xu');
    // Every JSON-LD node credited to Mark Xu is his note, his post, or the original he wrote.
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Ld;
      const credited = JSON.stringify(n.author ?? '').includes('Mark Xu');
      if (credited) {
        const id = String(n.url ?? n['@id'] ?? n.name);
        expect(id.includes(XU_NOTE) || id.includes(XU_POST) || id.includes('lesswrong.com') || n.name === 'Intermittent Distillations #3', `${path}: ${id}`).toBe(true);
      }
      Object.values(n).forEach(visit);
    };
    for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) visit(JSON.parse(m[1]!));
    // Cards and bylines: a credit line naming him belongs to his note.
    for (const card of html.matchAll(/<article class="card"[^>]*>([\s\S]*?)<\/article>/g)) {
      if (card[1]!.includes('Mark Xu, 2021')) expect(card[1], path).toContain(`href="${XU_NOTE}"`);
    }
    if (path !== XU_NOTE) expect(/class="meta byline"[^>]*>[^<]*Mark Xu/.test(html), path).toBe(false);
  }
  for (const slug of ['toy-bandits', 'toy-turns', 'reading-guide']) {
    const bib = await (await request.get(`/notes/${slug}.bib`)).text();
    expect(bib).not.toMatch(/Xu|2021/);
  }
  const feed = await (await request.get('/rss.xml')).text();
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  expect(items).toHaveLength(4);
  for (const item of items) if (item.includes('Mark Xu')) expect(item).toContain(`${XU_NOTE}</link>`);
});

test('a revised post note: byline, updates and corrections, revised sections, and every citation names its post, author, year and version', async ({ page }) => {
  const { problems } = watchPage(page);
  await page.goto('/notes/toy-bandits/');
  await expect(page.locator('.note-header .kicker')).toHaveText('Field Notes on Toy Models #2');
  await expect(page.locator('.byline')).toContainText('Notes by Ada Quillfeather, 2019 · annotated edition, 30 November 2026 · revised 4 December 2026');
  const updates = page.locator('.revisions li');
  await expect(updates).toHaveText([
    '4 December 2026: Added a margin note to the Summary on where the box comes from. Sections: Summary.',
    '2 December 2026: Corrected the number of arms in the Opinion (two, not three). Sections: Opinion.',
  ]);
  await expect(updates.first().getByRole('link', { name: 'Summary' })).toHaveAttribute('href', '#summary');
  await expect(page.locator('[data-toc-link="updates-and-corrections"]')).toHaveCount(1);
  // Beside each touched section's cite action: which revision changed it.
  const mark = (id: string) => page.locator(`.revised-mark[data-revised-section="${id}"]`);
  await expect(mark('summary')).toHaveText('revised 4 December 2026');
  await expect(mark('summary')).toHaveAttribute('href', '#revision-2');
  await expect(mark('opinion')).toHaveAttribute('href', '#revision-1');
  await expect(page.locator('.revised-mark')).toHaveCount(2);

  expect(await metas(page, 'citation_author')).toEqual(['Ada Quillfeather']);
  expect(await metas(page, 'citation_publication_date')).toEqual(['2019']);
  expect(await metas(page, 'citation_series_title')).toEqual(['Field Notes on Toy Models #2']);
  expect(await metas(page, 'dcterms.modified')).toEqual(['2026-12-04']);
  const [text, edition] = (await jsonLd(page))['@graph'] as Ld[];
  expect(text!.author).toEqual({ '@type': 'Person', name: 'Ada Quillfeather' });
  expect(text!.datePublished).toBe('2019');
  expect((text!.isPartOf as Ld).name).toBe('Field Notes on Toy Models #2');
  expect(edition).toMatchObject({ '@type': 'WebPage', datePublished: '2026-11-30', dateModified: '2026-12-04' });

  await page.getByRole('button', { name: 'Cite section “Opinion”' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-cite-version]')).toHaveText('Cites the version of 4 December 2026 (latest revision; first published 30 November 2026).');
  const bib = await dialog.getByLabel('BibTeX').inputValue();
  expect(bib).toMatch(/^@misc\{quillfeather-toy-bandits-opinion,/);
  expect(bib).toContain('author       = {Quillfeather, Ada}');
  expect(bib).toContain('year         = {2019}');
  expect(bib).toContain('Annotated edition, 30 November 2026, revised 4 December 2026, of the post at \\url{https://example.com/fixture/field-notes-on-toy-models-2}');
  expect(await dialog.getByLabel('Citation').inputValue()).toMatch(/^Ada Quillfeather \(2019\), “Bandits in a shoebox \(Brin Okonkwo-Hale\)”, section “Opinion”\. In Field Notes on Toy Models #2; annotated edition, 30 November 2026, revised 4 December 2026\. http/);
  await page.keyboard.press('Escape');
  // Previous and next stay within the post.
  await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/notes/toy-turns/');
  expect(problems).toEqual([]);
});

test("an editors' note is credited to the editors and dated by itself; the unrevised note in the other post names its edition's date", async ({ page, request }) => {
  const { problems } = watchPage(page);
  await page.goto('/notes/reading-guide/');
  await expect(page.locator('.note-header .kicker')).toHaveText('Editors’ note');
  await expect(page.locator('.byline')).toContainText('By Editors of Fixture Distillations · editors’ note, 1 December 2026 ·');
  await expect(page.locator('.revisions')).toHaveCount(0);
  expect(await metas(page, 'citation_author')).toEqual(['Editors of Fixture Distillations']);
  expect(await metas(page, 'citation_publication_date')).toEqual(['2026']);
  const [text] = (await jsonLd(page))['@graph'] as Ld[];
  expect(text!.author).toEqual({ '@type': 'Organization', name: 'Editors of Fixture Distillations' });
  expect(text!.datePublished).toBe('2026-12-01');
  await page.getByRole('button', { name: 'Cite this note', exact: true }).click();
  const dialog = page.getByRole('dialog');
  expect(await dialog.getByLabel('Citation').inputValue()).toMatch(/^Editors of Fixture Distillations \(2026\), “How this knowledge base credits its notes”\. Fixture Distillations, editors’ note, 1 December 2026\. http/);
  expect(await dialog.getByLabel('BibTeX').inputValue()).toContain('author       = {{Editors of Fixture Distillations}}');
  await expect(dialog.locator('[data-cite-version]')).toHaveText('Cites the version of 1 December 2026 (the edition, not revised since).');
  await page.keyboard.press('Escape');
  await expect(page.locator('.pager a')).toHaveCount(0);
  // Mark Xu's note in the same build keeps its own credit, exactly as on the main site.
  const xu = await (await request.get(XU_NOTE)).text();
  expect(xu).toContain('<meta name="citation_author" content="Mark Xu">');
  expect(xu).toContain('<meta name="citation_publication_date" content="2021">');
  const bib = await (await request.get('/notes/mundane-solutions.bib')).text();
  expect(bib).toContain('author       = {Xu, Mark}');
  expect(bib).toContain(`Annotated edition, 26 November 2026, of the post at \\url{https://www.lesswrong.com/posts/jnHxfXgyQj3ALsD5a/intermittent-distillations-3}`);
  expect(problems).toEqual([]);
});

test('post pages, per-post feeds and the sitemap: each post its notes, its citation and its dates', async ({ page, request }) => {
  await page.goto('/posts/quillfeather-field-notes-2/');
  await expect(page.locator('h1')).toHaveText('Field Notes on Toy Models #2');
  await expect(page.locator('.card h3 a')).toHaveText(['Bandits in a shoebox (Brin Okonkwo-Hale)', 'Slow turns and fast learners (Cass Delacroix-Yu)']);
  expect(await metas(page, 'citation_author')).toEqual(['Ada Quillfeather']);
  expect(await metas(page, 'citation_publication_date')).toEqual(['2019']);
  await expect(page.locator('.cite-static p').first()).toHaveText(`Ada Quillfeather (2019), “Field Notes on Toy Models #2”. In Fixture Distillations; annotated edition, 30 November 2026, revised 4 December 2026. ${ORIGIN}/posts/quillfeather-field-notes-2/.`);
  const ld = await jsonLd(page);
  expect((ld.isBasedOn as Ld).author).toEqual({ '@type': 'Person', name: 'Ada Quillfeather' });
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute('href', `${ORIGIN}/posts/quillfeather-field-notes-2/rss.xml`);

  const feed = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  const toy = await feed('/posts/quillfeather-field-notes-2/rss.xml');
  expect(toy.map((i) => /<link>([^<]*)<\/link>/.exec(i)![1])).toEqual([`${ORIGIN}/notes/toy-bandits/`, `${ORIGIN}/notes/toy-turns/`]);
  expect(toy[0]).toContain('<atom:updated>2026-12-04T00:00:00Z</atom:updated>');
  expect(toy[0]).toContain('<pubDate>Mon, 30 Nov 2026 00:00:00 GMT</pubDate>');
  expect(toy[1]).toContain('<atom:updated>2026-11-30T00:00:00Z</atom:updated>');
  expect((await feed('/posts/intermittent-distillations-3/rss.xml')).map((i) => /<link>([^<]*)<\/link>/.exec(i)![1])).toEqual([`${ORIGIN}${XU_NOTE}`]);

  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const lastmod = (path: string) => new RegExp(`<loc>${ORIGIN}${path}</loc><lastmod>([^<]*)</lastmod>`).exec(sitemap)?.[1];
  expect(lastmod('/notes/toy-bandits/')).toMatch(/^2026-12-04/);
  expect(lastmod('/notes/toy-turns/')).toMatch(/^2026-11-30/);
  expect(lastmod('/posts/quillfeather-field-notes-2/')).toMatch(/^2026-12-04/);
  expect(lastmod('/')).toMatch(/^2026-12-04/);
});

test('the widget note: a configured instance, and the figure cited from its own post', async ({ page }) => {
  const { problems } = watchPage(page);
  await page.goto('/notes/toy-turns/');
  const figure = page.locator('.ls-figure');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  await figure.getByRole('button', { name: /Download, reproduce, cite/ }).click();
  const plain = await figure.locator('[data-figure-cite="plain"]').inputValue();
  expect(plain).toMatch(/^Editors of Fixture Distillations \(2026\), /);
  expect(plain).toContain('In the annotated edition, 30 November 2026, of Ada Quillfeather (2019), “Slow turns and fast learners (Cass Delacroix-Yu)”, Field Notes on Toy Models #2.');
  expect(plain).toContain('fixture-turn.');
  expect(await figure.locator('[data-figure-cite="bibtex"]').inputValue()).not.toContain('Xu');
  expect(problems).toEqual([]);
});
