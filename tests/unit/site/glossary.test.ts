import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, findTerms, termAppearances } from '../../../src/site/glossary';
import { sectionsOf } from '../../../src/site/links';
import { linkTerms, rehypeGlossary } from '../../../src/markdown/rehypeGlossary';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const notes = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), title: f, body: readFileSync(join(contentDir, f), 'utf8') }));

const link = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  linkTerms(tree, GLOSSARY, new Set());
  return toHtml(tree);
};

describe('the glossary data', () => {
  it('has the terms the brief lists, with distinct anchor ids and one- or two-sentence definitions (doc example)', () => {
    expect(GLOSSARY.find((t) => t.id === 'mesa-optimizer')?.term).toBe('Mesa-optimizer');
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['lottery-ticket', 'parameter-tangent-space', 'mesa-optimizer', 'deceptive-alignment', 'inner-alignment', 'outer-alignment', 'low-stakes-setting', 'regret-bound', 'strategy-stealing', 'first-trial-probability', 'virtual-successes', 'laplaces-rule-of-succession', 'imitation-learning', 'min-distribution', 'multi-prize-lottery-ticket', 'binary-neural-network', 'edge-popup-and-biprop']) {
      expect(ids).toContain(id);
    }
    for (const t of GLOSSARY) {
      expect(t.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const sentences = t.definition.split(/(?<=[a-z0-9)”.])\.\s+(?=[A-Z])/).length;
      expect(sentences, t.id).toBeLessThanOrEqual(2);
    }
  });

  it('every term appears somewhere in the notes (so "appears in" is never empty)', () => {
    const where = termAppearances(notes, GLOSSARY);
    for (const t of GLOSSARY) expect(where.get(t.id)!.length, t.id).toBeGreaterThan(0);
  });
});

describe('findTerms', () => {
  it('finds each term once, left to right, without overlaps (doc example)', () => {
    expect(findTerms('A deceptively aligned mesa-optimizer and another mesa-optimizer.', GLOSSARY).map((m) => m.id)).toEqual(['deceptive-alignment', 'mesa-optimizer']);
  });
  it('matches case-insensitively, plurals included, on word boundaries only', () => {
    expect(findTerms('Lottery Tickets everywhere', GLOSSARY).map((m) => m.id)).toEqual(['lottery-ticket']);
    expect(findTerms('a top-kind of thing, nontop-k, lottery ticketing', GLOSSARY)).toEqual([]);
  });
  it('prefers the longest phrase at a position and skips terms already used', () => {
    const text = 'The multi-prize lottery ticket hypothesis and the lottery ticket hypothesis.';
    expect(findTerms(text, GLOSSARY).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['multi-prize-lottery-ticket', 'multi-prize lottery ticket hypothesis'],
      ['lottery-ticket-hypothesis', 'lottery ticket hypothesis'],
    ]);
    expect(findTerms(text, GLOSSARY, new Set(['multi-prize-lottery-ticket'])).map((m) => text.slice(m.start, m.end))).toEqual(['lottery ticket hypothesis', 'lottery ticket']);
  });
});

describe('termAppearances', () => {
  it('lists the note sections that name a term (doc example)', () => {
    expect(termAppearances([{ slug: 'a', title: 'A', body: '## Summary\n\nA top-k set.' }], GLOSSARY).get('top-k-set')).toEqual([
      { slug: 'a', title: 'A', section: 'summary', sectionTitle: 'Summary' },
    ]);
  });
  it('cuts notes at headings with Astro’s ids (doc example of sectionsOf)', () => {
    expect(sectionsOf('Intro.\n\n## Summary\n\nText.').map((s) => s.id)).toEqual(['', 'summary']);
  });
});

describe('the glossary linker', () => {
  it('links the first use of a term only, keeping the words as written', () => {
    expect(link('<p>A Mesa-Optimizer here.</p><p>Another mesa-optimizer.</p>')).toBe(
      '<p>A <a href="/glossary/#mesa-optimizer" class="glossary-term">Mesa-Optimizer</a> here.</p><p>Another mesa-optimizer.</p>',
    );
  });

  it('leaves headings, links, maths and margin notes alone, and links the next plain use instead', () => {
    const html = [
      '<div class="section-heading"><h2 id="x">Inner alignment</h2></div>',
      '<p><a href="https://example.org">inner alignment</a> <span class="katex">inner alignment</span>',
      '<span class="sn"><span class="sidenote">inner alignment</span></span> <code>inner alignment</code></p>',
      '<p>Then inner alignment.</p>',
    ].join('');
    const out = link(html);
    expect(out.match(/glossary-term/g)).toHaveLength(1);
    expect(out).toContain('<p>Then <a href="/glossary/#inner-alignment" class="glossary-term">inner alignment</a>.</p>');
  });

  it('does not enter MDX components (margin notes, references, widgets) before they render', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            // An MDX <Sidenote> as remark-mdx hands it to rehype.
            { type: 'mdxJsxTextElement', name: 'Sidenote', attributes: [], children: [{ type: 'text', value: 'outer alignment' }] } as never,
            { type: 'text', value: ' and outer alignment.' },
          ],
        },
      ],
    };
    rehypeGlossary()(tree, { path: '/site/content/note.mdx' });
    const p = tree.children[0] as Element;
    expect((p.children[0] as unknown as { children: { value: string }[] }).children[0]!.value).toBe('outer alignment');
    expect(toHtml(p.children.slice(1) as never)).toBe(' and <a href="/glossary/#outer-alignment" class="glossary-term">outer alignment</a>.');
  });

  it('runs only on notes (content/*.mdx) unless told otherwise', () => {
    const tree = fromHtml('<p>regret bounds</p>', { fragment: true });
    rehypeGlossary()(tree, { path: '/site/src/pages/other.md' });
    expect(toHtml(tree)).toBe('<p>regret bounds</p>');
    rehypeGlossary({ include: () => true })(tree, {});
    expect(toHtml(tree)).toContain('href="/glossary/#regret-bound"');
  });
});
