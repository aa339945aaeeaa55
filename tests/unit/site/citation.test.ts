import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bibtexName, creditLine, escapeBibtex, figureBibtex, figurePlainText, sectionUrl, textFragmentUrl, toBibtex, toPlainText, type Citable } from '~site/citation';

const note: Citable = {
  key: 'low-stakes-alignment',
  title: 'Low-stakes alignment (Paul Christiano)',
  author: 'Mark Xu',
  series: 'Intermittent Distillations #3',
  url: 'https://distillations.example.org/notes/low-stakes-alignment/',
  published: '2026-11-26',
  originalYear: '2021',
  originalUrl: 'https://www.lesswrong.com/posts/jnHxfXgyQj3ALsD5a/intermittent-distillations-3',
};
const opinion = { id: 'opinion', title: 'Opinion' };

describe('BibTeX', () => {
  it('names the section and its URL with fragment', () => {
    const bib = toBibtex(note, opinion, '2026-11-27');
    expect(bib).toMatch(/^@misc\{xu-low-stakes-alignment-opinion,\n/);
    expect(bib).toContain('url          = {https://distillations.example.org/notes/low-stakes-alignment/#opinion}');
    expect(bib).toContain('title        = {Low-stakes alignment (Paul Christiano): Opinion}');
    expect(bib).toContain('author       = {Xu, Mark}');
    expect(bib).toContain('howpublished = {Intermittent Distillations \\#3, annotated edition}');
    expect(bib).toContain('year         = {2021}');
    expect(bib).not.toMatch(/year\s*=\s*\{2026\}/);
    expect(bib).toContain('Section "Opinion"');
    expect(bib).toContain('Annotated edition, 26 November 2026, of the post at \\url{https://www.lesswrong.com/posts/jnHxfXgyQj3ALsD5a/intermittent-distillations-3}');
    expect(bib).toContain('Accessed 2026-11-27');
  });
  it('cites the whole note without a fragment', () => {
    const bib = toBibtex(note);
    expect(bib).toMatch(/^@misc\{xu-low-stakes-alignment,/);
    expect(bib).toContain('url          = {https://distillations.example.org/notes/low-stakes-alignment/}');
    expect(bib).not.toContain('Section');
  });
  it("leaves the year out, rather than use the edition's, when the original's year is unconfirmed", () => {
    const bib = toBibtex({ ...note, originalYear: null });
    expect(bib).not.toMatch(/^\s*year\s*=/m);
    expect(bib).toContain('Annotated edition, 26 November 2026');
  });
  it('has balanced braces for any title (BibTeX would reject the file otherwise)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (title, sectionTitle) => {
        const bib = toBibtex({ ...note, title }, { id: 'x', title: sectionTitle });
        let depth = 0;
        for (let i = 0; i < bib.length; i++) {
          if (bib[i] === '\\') { i++; continue; }
          if (bib[i] === '{') depth++;
          if (bib[i] === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
  it('escapes BibTeX specials and puts the family name first', () => {
    expect(escapeBibtex('50% & #3 {x}_')).toBe('50\\% \\& \\#3 \\{x\\}\\_');
    expect(bibtexName('Mark Xu')).toBe('Xu, Mark');
    expect(bibtexName('Plato')).toBe('Plato');
  });
});

describe('plain-text citation and permalinks', () => {
  it('names author, title, section, series, year and the section URL', () => {
    expect(toPlainText(note, opinion)).toBe(
      'Mark Xu (2021), “Low-stakes alignment (Paul Christiano)”, section “Opinion”. In Intermittent Distillations #3; annotated edition, 26 November 2026. https://distillations.example.org/notes/low-stakes-alignment/#opinion.',
    );
    expect(toPlainText({ ...note, originalYear: null })).toMatch(/^Mark Xu, “Low-stakes/);
  });
  it('credits the author with the original year and the edition with its own date', () => {
    expect(creditLine(note)).toBe('Mark Xu, 2021 · annotated edition, 26 November 2026');
    expect(creditLine({ ...note, originalYear: null })).toBe('Mark Xu · annotated edition, 26 November 2026');
  });
  it('encodes the fragment', () => {
    expect(sectionUrl(note, { id: 'a b', title: 'A B' })).toBe(`${note.url}#a%20b`);
  });
});

describe('text fragments', () => {
  it('quotes a short passage whole', () => {
    expect(textFragmentUrl('https://x/n/', 'the tangent space is our set')).toBe('https://x/n/#:~:text=the%20tangent%20space%20is%20our%20set');
  });
  it('cuts a long passage to its first and last words, replacing any fragment', () => {
    const url = textFragmentUrl('https://x/n/#summary', 'one two three four five six seven eight nine ten');
    expect(url).toBe('https://x/n/#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
  it('encodes the characters text-fragment syntax reserves', () => {
    expect(textFragmentUrl('https://x/', 'low-stakes, really & truly')).toBe('https://x/#:~:text=low%2Dstakes%2C%20really%20%26%20truly');
  });
});

describe('figure citations', () => {
  const fig = { id: 'priors', title: 'Semi-informative priors calculator', parameters: 'from 2020 to 2036; ftp 1/300; 100% weights', url: 'http://127.0.0.1:4321/notes/low-stakes-alignment/?priors.ftp=1%2F300' };
  it('credits the editors with the edition’s year, and the text to its author with the original’s year', () => {
    const text = figurePlainText(note, 'Intermittent Distillations', fig, '2026-11-29');
    expect(text).toBe(
      'Editors of Intermittent Distillations (2026), “Semi-informative priors calculator” (from 2020 to 2036; ftp 1/300; 100% weights) [interactive figure]. In the annotated edition, 26 November 2026, of Mark Xu (2021), “Low-stakes alignment (Paul Christiano)”, Intermittent Distillations #3. http://127.0.0.1:4321/notes/low-stakes-alignment/?priors.ftp=1%2F300. Accessed 2026-11-29.',
    );
  });
  it('BibTeX: a corporate author, the edition’s year, the state’s permalink, the parameters and the text’s year in the note', () => {
    const bib = figureBibtex(note, 'Intermittent Distillations', fig, '2026-11-29');
    expect(bib).toMatch(/^@misc\{fig-low-stakes-alignment-priors,\n/);
    expect(bib).toContain('author       = {{Editors of Intermittent Distillations}}');
    expect(bib).toContain('title        = {Semi-informative priors calculator (Low-stakes alignment (Paul Christiano))}');
    expect(bib).toContain('year         = {2026}');
    expect(bib).toContain('url          = {http://127.0.0.1:4321/notes/low-stakes-alignment/?priors.ftp=1%2F300}');
    expect(bib).toContain('parameters: from 2020 to 2036; ftp 1/300; 100\\% weights');
    expect(bib).toContain('of Mark Xu (2021), "Low-stakes alignment (Paul Christiano)", Intermittent Distillations \\#3');
    expect(bib).toContain('Accessed 2026-11-29');
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });
  it('leaves the text’s year out when unconfirmed, never borrowing the edition’s', () => {
    const text = figurePlainText({ ...note, originalYear: null }, 'Intermittent Distillations', fig);
    expect(text).toContain('of Mark Xu, “Low-stakes');
    expect(figureBibtex({ ...note, originalYear: null }, 'Intermittent Distillations', fig)).toContain('of Mark Xu, "Low-stakes');
  });
});
