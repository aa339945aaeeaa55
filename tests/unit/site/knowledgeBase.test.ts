/**
 * The content model and every author mistake it catches: each message names the file, the field
 * and what would be valid. The build calls the same check (src/site/notes.ts) before any page renders.
 */
import { describe, expect, it } from 'vitest';
import { assertKnowledgeBase, checkKnowledgeBase, editDistance, EDITORS, groupNotes, nearest, noteVersion, sectionIds, type NoteInput } from '~site/knowledgeBase';

const SOURCES = ['intermittent-distillations-3', 'christiano-low-stakes-alignment', 'christiano-mundane-solutions', 'quillfeather-field-notes-2', 'jacot-ntk'];
const body = (extra = '') => `import Ref from '../components/prose/Ref.astro';\n\n## Summary\n\nText.${extra}\n\n## Opinion\n\nMore.\n`;
const note = (slug: string, data: Partial<NoteInput['data']> = {}, extra = ''): NoteInput => ({
  slug,
  file: `content/${slug}.mdx`,
  data: { title: slug, post: 'intermittent-distillations-3', order: 1, distills: [], mentions: [], published: '2026-11-26', revisions: [], ...data },
  body: body(extra),
});
const check = (notes: NoteInput[]) => checkKnowledgeBase({ notes, sourceIds: SOURCES, sourcesFile: 'content/sources.json' });

describe('a knowledge base without mistakes', () => {
  it('passes: two posts, an editors’ note, links to notes, sections and post pages, a revision', () => {
    const notes = [
      note('a', { order: 1, distills: ['christiano-low-stakes-alignment'] }, ' See [b](/notes/b/#opinion) and [the post](/posts/quillfeather-field-notes-2/).'),
      note('b', { order: 2, revisions: [{ date: '2026-12-01', summary: 'Fixed.', sections: ['opinion'] }] }, ' Back to [a](/notes/a/#cite-this-note), [its updates](/notes/b/#updates-and-corrections).'),
      note('c', { post: 'quillfeather-field-notes-2', order: 1, mentions: ['jacot-ntk'] }, ' <Ref id="jacot-ntk">NTK</Ref>.'),
      note('d', { post: undefined, order: 1 }),
    ];
    expect(check(notes)).toEqual([]);
    expect(() => assertKnowledgeBase({ notes, sourceIds: SOURCES, sourcesFile: 'content/sources.json' })).not.toThrow();
  });
});

describe('each author mistake, by name', () => {
  it('an unknown source id in distills (a typo of a real one) names the file, the field and the nearest ids', () => {
    expect(check([note('a', { distills: ['christiano-low-stake-alignment'] })])).toEqual([
      'content/a.mdx: distills[0]: unknown source id "christiano-low-stake-alignment", not in content/sources.json; nearest ids: christiano-low-stakes-alignment, christiano-mundane-solutions, intermittent-distillations-3',
    ]);
  });
  it('an unknown id in mentions, and in a <Ref> of the body', () => {
    expect(check([note('a', { mentions: ['jacot-nkt'] })])[0]).toMatch(/^content\/a\.mdx: mentions\[0\]: unknown source id "jacot-nkt", not in content\/sources\.json; nearest ids: jacot-ntk,/);
    expect(check([note('a', {}, ' <Ref id="jakot-ntk">x</Ref>')])[0]).toMatch(/^content\/a\.mdx: body, <Ref id="jakot-ntk">: unknown source id "jakot-ntk", .*nearest ids: jacot-ntk/);
  });
  it('a <Ref> to a work the note does not list (its reference mark would point nowhere)', () => {
    expect(check([note('a', {}, ' <Ref id="jacot-ntk">x</Ref>')])).toEqual([
      `content/a.mdx: body, <Ref id="jacot-ntk">: the work is not in the note's references; add "jacot-ntk" to mentions (or distills)`,
    ]);
  });
  it('an unknown post, with the nearest ids and how to write an editors’ note instead', () => {
    expect(check([note('a', { post: 'intermittent-distillation-3' })])).toEqual([
      `content/a.mdx: post: unknown source id "intermittent-distillation-3", not in content/sources.json; nearest ids: intermittent-distillations-3, christiano-mundane-solutions, quillfeather-field-notes-2 (leave "post" out for an editors' note)`,
    ]);
  });
  it('a duplicate order within a post, with the first free order; the same order in another post is fine', () => {
    const notes = [note('a', { order: 1 }), note('b', { order: 2 }), note('c', { order: 1 }), note('d', { order: 1, post: 'quillfeather-field-notes-2' }), note('e', { order: 1, post: undefined })];
    expect(check(notes)).toEqual(['content/c.mdx: order: 1 is already the order of content/a.mdx in post "intermittent-distillations-3"; orders are unique within a post; the first free order there is 3']);
    expect(check([note('x', { post: undefined }), note('y', { post: undefined })])[0]).toContain("in the editors' notes");
  });
  it('a revision naming a section the note does not have lists the note’s section ids', () => {
    expect(check([note('a', { revisions: [{ date: '2026-12-01', summary: 'Fixed.', sections: ['opinion', 'opnion'] }] })])).toEqual([
      'content/a.mdx: revisions[0].sections[1]: no section "opnion" in this note; its section ids: opinion, summary',
    ]);
  });
  it('a revision dated before the edition it revises', () => {
    expect(check([note('a', { revisions: [{ date: '2026-11-01', summary: 'x', sections: [] }] })])).toEqual([
      'content/a.mdx: revisions[0].date: 2026-11-01 is before the edition it revises (published 2026-11-26); use 2026-11-26 or later',
    ]);
  });
  it('a link to a note that does not exist, with the nearest slugs', () => {
    expect(check([note('low-stakes-alignment'), note('b', { order: 2 }, ' See [x](/notes/low-stakes-alignmnt/).')])).toEqual([
      'content/b.mdx: body, link "/notes/low-stakes-alignmnt/": no note "low-stakes-alignmnt"; nearest notes: low-stakes-alignment, b',
    ]);
  });
  it('a #fragment the target note does not have, with its nearest section ids; HTML links too', () => {
    expect(check([note('a'), note('b', { order: 2 }, ' See <a href="/notes/a/#opinon">x</a>.')])).toEqual([
      'content/b.mdx: body, link "/notes/a/#opinon": note "a" has no section "opinon"; nearest section ids: opinion, summary, linked-from',
    ]);
    // "Updates and corrections" exists only on a revised note.
    expect(check([note('a'), note('b', { order: 2 }, ' [u](/notes/a/#updates-and-corrections)')])[0]).toContain('note "a" has no section "updates-and-corrections"');
  });
  it('a note link without its trailing slash, and a post page no note makes', () => {
    expect(check([note('a'), note('b', { order: 2 }, ' [a](/notes/a)')])).toEqual(['content/b.mdx: body, link "/notes/a": a note\'s address ends with a slash; write "/notes/a/"']);
    expect(check([note('a', {}, ' [p](/posts/jacot-ntk/)')])).toEqual(['content/a.mdx: body, link "/posts/jacot-ntk/": no post page "jacot-ntk" (a post has a page once a note names it); posts: intermittent-distillations-3']);
  });
  it('several mistakes fail once, one line each', () => {
    const notes = [note('a', { distills: ['nope'] }), note('b', { post: 'nada' })];
    expect(() => assertKnowledgeBase({ notes, sourceIds: SOURCES, sourcesFile: 'content/sources.json' })).toThrow(
      /^2 mistakes in the knowledge base:\n  content\/a\.mdx: distills\[0\]: unknown source id "nope".*\n  content\/b\.mdx: post: unknown source id "nada"/,
    );
    expect(() => assertKnowledgeBase({ notes: [notes[0]!], sourceIds: SOURCES, sourcesFile: 'content/sources.json' })).toThrow(/^content\/a\.mdx: distills\[0\]/);
  });
});

describe('groups, order and versions', () => {
  it('groups notes by post in each post’s order, posts ranked, editors’ notes last', () => {
    const notes = [note('e', { post: undefined, order: 1 }), note('b', { order: 2 }), note('c', { post: 'quillfeather-field-notes-2', order: 1 }), note('a', { order: 1 })];
    const rank = (id: string) => (id === 'quillfeather-field-notes-2' ? '2019' : '2021');
    const groups = groupNotes(notes, rank);
    expect(groups.map((g) => [g.key, g.notes.map((n) => n.slug)])).toEqual([
      ['quillfeather-field-notes-2', ['c']],
      ['intermittent-distillations-3', ['a', 'b']],
      [EDITORS, ['e']],
    ]);
  });
  it('the version is the latest revision, whatever order the frontmatter lists them in, else the edition', () => {
    const revisions = [{ date: '2026-12-09', summary: 'b', sections: [] }, { date: '2026-12-01', summary: 'a', sections: [] }];
    expect(noteVersion({ published: '2026-11-26', revisions })).toEqual({ date: '2026-12-09', revised: '2026-12-09' });
    expect(noteVersion({ published: '2026-11-26', revisions: [] })).toEqual({ date: '2026-11-26', revised: null });
  });
  it('section ids are the headings’ GitHub slugs, as Astro gives them', () => {
    expect(sectionIds('## Summary\n\nx\n\n### The *low-stakes* case\n\n## Summary\n')).toEqual(['summary', 'the-low-stakes-case', 'summary-1']);
  });
  it('nearest ids by edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearest('jacot-nkt', SOURCES, 1)).toEqual(['jacot-ntk']);
    expect(nearest('ab', ['ba', 'ab', 'abc'])).toEqual(['ab', 'abc', 'ba']);
  });
});
