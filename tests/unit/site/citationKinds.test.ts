/**
 * Every citation format for each kind of note — a post's note (one author, several authors), an
 * editors' note — and each revision state, so no note is ever cited with another's credit or an
 * unnamed version. The unrevised post note's formats are pinned in citation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citableFromData, creditLine, figureBibtex, figurePlainText, toBibtex, toPlainText, versionLine, type Citable } from '~site/citation';

const xu: Citable = {
  key: 'low-stakes-alignment',
  title: 'Low-stakes alignment (Paul Christiano)',
  author: 'Mark Xu',
  authors: ['Mark Xu'],
  kind: 'post',
  series: 'Intermittent Distillations #3',
  url: 'https://distillations.example.org/notes/low-stakes-alignment/',
  published: '2026-11-26',
  originalYear: '2021',
  originalUrl: 'https://www.lesswrong.com/posts/jnHxfXgyQj3ALsD5a/intermittent-distillations-3',
};
const fixturePost: Citable = {
  key: 'toy-bandits',
  title: 'Bandits in a shoebox',
  author: 'Ada Quillfeather and Brin Okonkwo-Hale',
  authors: ['Ada Quillfeather', 'Brin Okonkwo-Hale'],
  kind: 'post',
  series: 'Field Notes on Toy Models #2',
  url: 'https://fixture.example.org/notes/toy-bandits/',
  published: '2026-11-30',
  originalYear: '2019',
  originalUrl: 'https://example.com/fixture/field-notes-on-toy-models-2',
  editors: 'Editors of Fixture Distillations',
};
const editors: Citable = {
  key: 'reading-guide',
  title: 'How this knowledge base credits its notes',
  author: 'Editors of Fixture Distillations',
  kind: 'editors',
  series: 'Fixture Distillations',
  url: 'https://fixture.example.org/notes/reading-guide/',
  published: '2026-12-01',
  originalYear: '2026',
  originalUrl: null,
  editors: 'Editors of Fixture Distillations',
};
const revised = (c: Citable): Citable => ({ ...c, revised: '2026-12-04' });
const opinion = { id: 'opinion', title: 'Opinion' };
const fig = { id: 'turn', title: 'Low-stakes model', parameters: 'stakes 10', url: 'http://127.0.0.1:4321/notes/x/?fixture-turn.stakes=10' };

describe("a post's note by other authors", () => {
  it('BibTeX: its own authors (and-joined, family first), its post, its year; never Mark Xu', () => {
    const bib = toBibtex(fixturePost, opinion);
    expect(bib).toMatch(/^@misc\{quillfeather-toy-bandits-opinion,\n/);
    expect(bib).toContain('author       = {Quillfeather, Ada and Okonkwo-Hale, Brin}');
    expect(bib).toContain('howpublished = {Field Notes on Toy Models \\#2, annotated edition}');
    expect(bib).toContain('year         = {2019}');
    expect(bib).toContain('Annotated edition, 30 November 2026, of the post at \\url{https://example.com/fixture/field-notes-on-toy-models-2}');
    expect(bib).not.toMatch(/Xu|2021/);
  });
  it('plain text, credit line and figure credit name its authors and year', () => {
    expect(toPlainText(fixturePost)).toBe(
      'Ada Quillfeather and Brin Okonkwo-Hale (2019), “Bandits in a shoebox”. In Field Notes on Toy Models #2; annotated edition, 30 November 2026. https://fixture.example.org/notes/toy-bandits/.',
    );
    expect(creditLine(fixturePost)).toBe('Ada Quillfeather and Brin Okonkwo-Hale, 2019 · annotated edition, 30 November 2026');
    expect(figurePlainText(fixturePost, 'Fixture Distillations', fig)).toBe(
      'Editors of Fixture Distillations (2026), “Low-stakes model” (stakes 10) [interactive figure]. In the annotated edition, 30 November 2026, of Ada Quillfeather and Brin Okonkwo-Hale (2019), “Bandits in a shoebox”, Field Notes on Toy Models #2. http://127.0.0.1:4321/notes/x/?fixture-turn.stakes=10.',
    );
  });
});

describe("an editors' note", () => {
  it('BibTeX: the editors as one corporate author, the note’s own year, no edition-of-a-post', () => {
    const bib = toBibtex(editors, opinion, '2026-12-05');
    expect(bib).toMatch(/^@misc\{editors-reading-guide-opinion,\n/);
    expect(bib).toContain('author       = {{Editors of Fixture Distillations}}');
    expect(bib).toContain('howpublished = {Fixture Distillations}');
    expect(bib).toContain('year         = {2026}');
    expect(bib).toContain(`note         = {Section "Opinion". Editors' note, 1 December 2026. Accessed 2026-12-05}`);
    expect(bib).not.toMatch(/annotated edition|of the post/i);
  });
  it('plain text, credit line and figure citation credit the editors and date the note by itself', () => {
    expect(toPlainText(editors)).toBe('Editors of Fixture Distillations (2026), “How this knowledge base credits its notes”. Fixture Distillations, editors’ note, 1 December 2026. https://fixture.example.org/notes/reading-guide/.');
    expect(creditLine(editors)).toBe('Editors of Fixture Distillations · editors’ note, 1 December 2026');
    const text = figurePlainText(editors, 'Fixture Distillations', fig);
    expect(text).toContain('In the editors’ note “How this knowledge base credits its notes”, 1 December 2026, Fixture Distillations.');
    expect(figureBibtex(editors, 'Fixture Distillations', fig)).not.toContain('\\url');
  });
});

describe('revision state: every format names the version it cites', () => {
  it('unrevised: the edition’s date, and nothing about a revision', () => {
    for (const c of [xu, fixturePost, editors]) {
      expect(toBibtex(c)).not.toContain('revised');
      expect(toPlainText(c)).not.toContain('revised');
      expect(creditLine(c)).not.toContain('revised');
      expect(versionLine(c)).toBe(`the version of ${c === editors ? '1 December' : c === xu ? '26 November' : '30 November'} 2026 (the edition, not revised since)`);
    }
  });
  it("revised post note: BibTeX note, plain text, byline and figures name the latest revision; the text keeps its post's year", () => {
    const c = revised(xu);
    const bib = toBibtex(c, opinion);
    expect(bib).toContain('Annotated edition, 26 November 2026, revised 4 December 2026, of the post at \\url{');
    expect(bib).toContain('year         = {2021}');
    expect(toPlainText(c)).toContain('In Intermittent Distillations #3; annotated edition, 26 November 2026, revised 4 December 2026. https://');
    expect(creditLine(c)).toBe('Mark Xu, 2021 · annotated edition, 26 November 2026 · revised 4 December 2026');
    expect(figurePlainText(c, 'Intermittent Distillations', fig)).toContain('In the annotated edition, 26 November 2026, revised 4 December 2026, of Mark Xu (2021)');
    expect(figureBibtex(c, 'Intermittent Distillations', fig)).toContain('revised 4 December 2026');
    expect(versionLine(c)).toBe('the version of 4 December 2026 (latest revision; first published 26 November 2026)');
  });
  it("revised editors' note: the editors, its own year, and the revision", () => {
    const c = revised(editors);
    expect(toBibtex(c)).toContain(`Editors' note, 1 December 2026, revised 4 December 2026`);
    expect(toPlainText(c)).toContain('editors’ note, 1 December 2026, revised 4 December 2026.');
    expect(creditLine(c)).toBe('Editors of Fixture Distillations · editors’ note, 1 December 2026 · revised 4 December 2026');
    expect(figurePlainText(c, 'Fixture Distillations', fig)).toContain('“How this knowledge base credits its notes”, 1 December 2026, revised 4 December 2026');
  });
});

describe('citableFromData (what the cite dialog and figure menu read from the page)', () => {
  it('round-trips every field NoteLayout writes, moving the URL to the served origin', () => {
    const c = revised(fixturePost);
    const data = {
      citeKey: c.key, citeTitle: c.title, citeAuthor: c.author, citeAuthors: JSON.stringify(c.authors), citeKind: c.kind, citeSeries: c.series,
      citeUrl: c.url, citePublished: c.published, citeRevised: c.revised!, citeYear: c.originalYear!, citeOriginal: c.originalUrl!, citeEditors: c.editors,
    };
    expect(citableFromData(data, 'http://127.0.0.1:4321')).toEqual({ ...c, url: 'http://127.0.0.1:4321/notes/toy-bandits/' });
    expect(citableFromData({ ...data, citeRevised: '', citeKind: 'editors' }, 'http://x')).toMatchObject({ revised: null, kind: 'editors' });
    expect(citableFromData({}, 'http://x')).toBeNull();
  });
});
