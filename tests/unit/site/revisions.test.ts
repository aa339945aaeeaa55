import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSectionHeadings, revisedSections } from '../../../src/markdown/rehypeSectionHeadings';
import { lastmodFromPages, pageModified } from '../../../src/markdown/lastmod';
import { feedItems } from '~site/feed';

const heading = (id: string, text: string): Element => ({ type: 'element', tagName: 'h2', properties: { id }, children: [{ type: 'text', value: text }] });

describe('revised sections', () => {
  it('maps each touched section to the latest revision that touched it, numbered in date order (YAML dates or strings)', () => {
    const map = revisedSections([
      { date: '2026-12-09', sections: ['opinion'] },
      { date: new Date('2026-12-02T00:00:00Z'), sections: ['summary', 'opinion'] },
    ]);
    expect(Object.fromEntries(map)).toEqual({ summary: { n: 1, date: '2026-12-02' }, opinion: { n: 2, date: '2026-12-09' } });
    expect(revisedSections(undefined).size).toBe(0);
  });
  it('the heading plugin puts a "revised <date>" mark after the cite button of a touched section only', () => {
    const tree: Root = { type: 'root', children: [heading('summary', 'Summary'), heading('opinion', 'Opinion')] };
    rehypeSectionHeadings()(tree, { data: { astro: { frontmatter: { revisions: [{ date: '2026-12-04', sections: ['opinion'] }] } } } });
    const blocks = tree.children as Element[];
    expect(blocks.map((b) => (b.children as Element[]).map((c) => c.tagName))).toEqual([['h2', 'a', 'button'], ['h2', 'a', 'button', 'a']]);
    const mark = (blocks[1]!.children as Element[])[3]!;
    expect(mark.properties).toMatchObject({ className: ['revised-mark'], href: '#revision-1', dataRevisedSection: 'opinion' });
    expect(mark.children).toEqual([{ type: 'text', value: 'revised 4 December 2026' }]);
  });
});

describe('dates for machines: sitemap lastmod and feed items', () => {
  it("reads the page's declared modification date into the sitemap entry, and none where a page declares none", () => {
    const dist = mkdtempSync(join(tmpdir(), 'lastmod-'));
    try {
      mkdirSync(join(dist, 'notes', 'a'), { recursive: true });
      mkdirSync(join(dist, 'tags'), { recursive: true });
      writeFileSync(join(dist, 'notes', 'a', 'index.html'), '<head><meta name="dcterms.modified" content="2026-12-04"></head>');
      writeFileSync(join(dist, 'tags', 'index.html'), '<head></head>');
      const serialize = lastmodFromPages(dist);
      expect(serialize({ url: 'https://x.org/notes/a/' })).toEqual({ url: 'https://x.org/notes/a/', lastmod: '2026-12-04' });
      expect(serialize({ url: 'https://x.org/tags/' })).toEqual({ url: 'https://x.org/tags/' });
      expect(serialize({ url: 'https://x.org/missing/' })).toEqual({ url: 'https://x.org/missing/' });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
    expect(pageModified('<meta name="dcterms.modified" content="not a date">')).toBeNull();
  });
  it('a feed item is credited by its post (or the editors) and carries the version date as atom:updated', () => {
    const data = { title: 'T', gist: 'G', tags: ['x'], published: '2026-11-30' };
    const post = { author: 'Ada Quillfeather' };
    const [a, b] = feedItems(
      [
        { note: { data }, slug: 'a', post, version: { date: '2026-12-04', revised: '2026-12-04' } },
        { note: { data }, slug: 'b', post: null, version: { date: '2026-11-30', revised: null } },
      ] as unknown as Parameters<typeof feedItems>[0],
      'Editors of X',
    );
    expect(a).toMatchObject({ link: '/notes/a/', author: 'Ada Quillfeather', pubDate: new Date('2026-11-30T00:00:00Z'), customData: '<atom:updated>2026-12-04T00:00:00Z</atom:updated>' });
    expect(b).toMatchObject({ author: 'Editors of X', customData: '<atom:updated>2026-11-30T00:00:00Z</atom:updated>' });
  });
});
