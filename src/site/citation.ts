/**
 * Citations of a note or of one of its sections: BibTeX, a plain-text reference and a permalink.
 * Pure and framework-free, used at build time (.bib files, the no-JavaScript cite block) and by
 * the page's cite dialog, so the two can never disagree.
 *
 * Two dates, never confused: the author's text is cited with the original post's year
 * (`originalYear`, Mark Xu 2021); this annotated edition's own date (`published`) is stated
 * beside it as the edition's, so a reference manager never records a 2021 post as 2026 work.
 * An editors' note (`kind: 'editors'`) is the editors' own text: credited to them, dated by
 * itself. Every format names the version it cites: the latest revision (`revised`) when there
 * is one, else the edition's date.
 */
import { formatIsoDate } from './sources';

export interface Citable {
  /** The note's title, e.g. "Low-stakes alignment (Paul Christiano)". */
  title: string;
  /** The text's author(s) as printed ("Mark Xu", "A and B"); for an editors' note, the editors. */
  author: string;
  /** Each author's name, for BibTeX's "and" list (default: `author` alone). */
  authors?: string[] | undefined;
  /** Whose text it is: a post's (default), annotated by the editors, or the editors' own note. */
  kind?: 'post' | 'editors' | undefined;
  /** ISO date of the latest revision, when the editors have revised the note. */
  revised?: string | null | undefined;
  /** The editors as credited, for figures (default: "Editors of <site title>"). */
  editors?: string | undefined;
  /** The series the note belongs to, e.g. "Intermittent Distillations #3". */
  series: string;
  /** Absolute URL of the note page, without fragment. */
  url: string;
  /** Date this annotated edition was published (ISO YYYY-MM-DD). */
  published: string;
  /** Confirmed year of the author's original text ("2021"), or null when no source confirms it. */
  originalYear: string | null;
  /** The original post, when known. */
  originalUrl?: string | null;
  /** A short machine key for the note (its slug). */
  key: string;
}

export interface Section {
  id: string;
  title: string;
}

/** The URL of a section: the page URL with its heading id as fragment. */
export function sectionUrl(c: Pick<Citable, 'url'>, section?: Section | null): string {
  return section ? `${c.url}#${encodeURIComponent(section.id)}` : c.url;
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '$': '\\$',
  '#': '\\#',
  '_': '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};
/**
 * Escapes the characters BibTeX treats specially, keeping the text readable. One pass, so a
 * replacement's own braces (`\textbackslash{}`) are never escaped again.
 * @example escapeBibtex('50% & #3') // "50\\% \\& \\#3"
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^“”‘’]/g, (c) => BIBTEX_ESCAPES[c]!);
}

const isEditors = (c: Pick<Citable, 'kind'>) => c.kind === 'editors';
/** ", revised 3 December 2026" when revised, else "": the version named beside the edition's date. */
const revisedPart = (c: Pick<Citable, 'revised'>) => (c.revised ? `, revised ${formatIsoDate(c.revised)}` : '');
/** The year an editors' note is cited by: its own (the edition's) year. */
const ownYear = (c: Pick<Citable, 'published'>) => c.published.slice(0, 4);

/**
 * The version a citation names, in words: the latest revision, else the edition's date.
 * @example versionLine({ published: '2026-11-26', revised: '2026-12-03' }) // "the version of 3 December 2026 (latest revision; first published 26 November 2026)"
 */
export function versionLine(c: Pick<Citable, 'published' | 'revised'>): string {
  return c.revised
    ? `the version of ${formatIsoDate(c.revised)} (latest revision; first published ${formatIsoDate(c.published)})`
    : `the version of ${formatIsoDate(c.published)} (the edition, not revised since)`;
}

/** "Mark Xu" → "Xu, Mark": BibTeX's unambiguous family-name-first form. */
export function bibtexName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  return `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
}

/**
 * A BibTeX @misc entry for the note, or for one section of it.
 * @example toBibtex(note, { id: 'opinion', title: 'Opinion' }) // "@misc{xu-low-stakes-alignment-opinion, … url = {…#opinion} …}"
 */
export function toBibtex(c: Citable, section?: Section | null, accessed?: string): string {
  const key = `${keyPrefix(c)}-${c.key}${section ? `-${section.id}` : ''}`.replace(/[^A-Za-z0-9:_-]/g, '-');
  const title = section ? `${c.title}: ${section.title}` : c.title;
  const edition = isEditors(c)
    ? `Editors' note, ${formatIsoDate(c.published)}${revisedPart(c)}`
    : `Annotated edition, ${formatIsoDate(c.published)}${revisedPart(c)}${c.originalUrl ? `, of the post at \\url{${c.originalUrl}}` : ''}`;
  const noteParts = [section ? `Section "${escapeBibtex(section.title)}"` : null, edition, accessed ? `Accessed ${accessed}` : null].filter(Boolean);
  const fields: [string, string][] = [
    // The editors are one corporate name: braced, so BibTeX never reads "Editors of …" as a person.
    ['author', isEditors(c) ? `{{${escapeBibtex(c.author)}}}` : `{${(c.authors ?? [c.author]).map((a) => escapeBibtex(bibtexName(a))).join(' and ')}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', isEditors(c) ? `{${escapeBibtex(c.series)}}` : `{${escapeBibtex(c.series)}, annotated edition}`],
  ];
  // No confirmed year: leave the field out rather than date the author's words to the edition.
  const year = isEditors(c) ? ownYear(c) : c.originalYear;
  if (year) fields.push(['year', `{${year}}`]);
  fields.push(['url', `{${sectionUrl(c, section)}}`]);
  if (noteParts.length > 0) fields.push(['note', `{${noteParts.join('. ')}}`]);
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(12)} = ${v}`).join(',\n')}\n}\n`;
}

/** The BibTeX key's prefix: the first author's family name in ASCII ("xu"), or "editors". */
function keyPrefix(c: Citable): string {
  if (isEditors(c)) return 'editors';
  const first = (c.authors ?? [c.author])[0] ?? '';
  const family = first.trim().split(/\s+/).at(-1) ?? '';
  return family.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'anon';
}

/**
 * A plain-text reference: author and the original's year, title, section, series, the edition
 * and its date, URL (with fragment).
 * @example toPlainText(note, { id: 'summary', title: 'Summary' }) // "Mark Xu (2021), “…”, section “Summary”. In Intermittent Distillations #3; annotated edition, 26 November 2026. https://…#summary"
 */
export function toPlainText(c: Citable, section?: Section | null, accessed?: string): string {
  const sectionPart = section ? `, section “${section.title}”` : '';
  const accessedPart = accessed ? ` Accessed ${accessed}.` : '';
  if (isEditors(c)) {
    return `${c.author} (${ownYear(c)}), “${c.title}”${sectionPart}. ${c.series}, editors’ note, ${formatIsoDate(c.published)}${revisedPart(c)}. ${sectionUrl(c, section)}.${accessedPart}`;
  }
  const yearPart = c.originalYear ? ` (${c.originalYear})` : '';
  return `${c.author}${yearPart}, “${c.title}”${sectionPart}. In ${c.series}; annotated edition, ${formatIsoDate(c.published)}${revisedPart(c)}. ${sectionUrl(c, section)}.${accessedPart}`;
}

/**
 * A link to a passage of the page as a text fragment (`#:~:text=start,end`), which browsers that
 * support it scroll to and highlight. Long passages are cut to their first and last words.
 * @example textFragmentUrl('https://x/n/', 'the tangent space is our set') // "https://x/n/#:~:text=the%20tangent%20space%20is%20our%20set"
 */
export function textFragmentUrl(pageUrl: string, passage: string, maxWords = 8): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return pageUrl;
  // Text fragments reserve '-', ',' and '&' as syntax, so they must be percent-encoded.
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const spec =
    words.length <= maxWords
      ? enc(words.join(' '))
      : `${enc(words.slice(0, Math.ceil(maxWords / 2)).join(' '))},${enc(words.slice(-Math.floor(maxWords / 2)).join(' '))}`;
  return `${pageUrl.replace(/#.*$/, '')}#:~:text=${spec}`;
}

/**
 * How a note is credited on its header and on cards: the author with the original's year, then
 * this edition and its date, so the page never presents the edition's date as the author's.
 * @example creditLine({ author: 'Mark Xu', originalYear: '2021', published: '2026-11-26' }) // "Mark Xu, 2021 · annotated edition, 26 November 2026"
 */
export function creditLine(c: Pick<Citable, 'author' | 'originalYear' | 'published' | 'kind' | 'revised'>): string {
  const revised = c.revised ? ` · revised ${formatIsoDate(c.revised)}` : '';
  if (isEditors(c)) return `${c.author} · editors’ note, ${formatIsoDate(c.published)}${revised}`;
  return `${c.author}${c.originalYear ? `, ${c.originalYear}` : ''} · annotated edition, ${formatIsoDate(c.published)}${revised}`;
}

/** One figure of a note in a given state: a widget's chart and data, as a link reproduces them. */
export interface Figure {
  /** Short machine id, e.g. "pr-agi"; joins the note's key in the BibTeX key. */
  id: string;
  /** The figure's name, e.g. "Semi-informative priors calculator". */
  title: string;
  /** Its parameters in words, e.g. "from 2020 to 2036, ftp 1/300". */
  parameters: string;
  /** The permalink with the figure's state (on the served origin, as every copied link). */
  url: string;
}

/**
 * Who made a figure: the editors of this annotated edition (the author wrote the text, not the
 * live models), named after the site. BibTeX keeps it as one corporate name in braces.
 * @example FIGURE_AUTHOR('Intermittent Distillations') // "Editors of Intermittent Distillations"
 */
export const FIGURE_AUTHOR = (siteTitle: string) => `Editors of ${siteTitle}`;

/** The edition's year (YYYY of `published`): a figure is the edition's work, dated by it. */
const editionYear = (c: Pick<Citable, 'published'>) => c.published.slice(0, 4);

/**
 * What a figure is part of, in words: the edition, its date, and the author's text with the
 * original's year (left out when unconfirmed), so neither date stands for the other.
 * @example figureSource(note) // "the annotated edition, 26 November 2026, of Mark Xu (2021), “Low-stakes…”, Intermittent Distillations #3"
 */
function figureSource(c: Citable): string {
  if (isEditors(c)) return `the editors’ note “${c.title}”, ${formatIsoDate(c.published)}${revisedPart(c)}, ${c.series}`;
  const yearPart = c.originalYear ? ` (${c.originalYear})` : '';
  return `the annotated edition, ${formatIsoDate(c.published)}${revisedPart(c)}, of ${c.author}${yearPart}, “${c.title}”, ${c.series}`;
}

/** Who a figure is credited to: the editors as the note names them, else "Editors of <site title>". */
const figureAuthor = (c: Citable, siteTitle: string) => c.editors ?? FIGURE_AUTHOR(siteTitle);

/**
 * A plain-text reference to a figure in its state: the editors and the edition's year, the
 * figure's name and parameters, the note it belongs to (the author's text with its own year, as
 * toPlainText cites it), the permalink with the state.
 * @example figurePlainText(note, 'Intermittent Distillations', fig) // "Editors of Intermittent Distillations (2026), “Calculator” (from 2020 to 2036) [interactive figure]. In the annotated edition, 26 November 2026, of Mark Xu (2021), “…”, Intermittent Distillations #3. https://…?priors.to=2036."
 */
export function figurePlainText(c: Citable, siteTitle: string, fig: Figure, accessed?: string): string {
  const accessedPart = accessed ? ` Accessed ${accessed}.` : '';
  return `${figureAuthor(c, siteTitle)} (${editionYear(c)}), “${fig.title}” (${fig.parameters}) [interactive figure]. In ${figureSource(c)}. ${fig.url}.${accessedPart}`;
}

/**
 * A BibTeX @misc entry for a figure in its state: the editors as a corporate author, the
 * edition's year, the permalink with the state; `note` names the parameters and the author's
 * text with the original's year, as toBibtex does for the note.
 * @example figureBibtex(note, 'Intermittent Distillations', fig) // "@misc{fig-low-stakes-alignment-pr-agi, author = {{Editors of …}}, year = {2026}, …}"
 */
export function figureBibtex(c: Citable, siteTitle: string, fig: Figure, accessed?: string): string {
  const key = `fig-${c.key}-${fig.id}`.replace(/[^A-Za-z0-9:_-]/g, '-');
  const noteParts = [
    `Interactive figure; parameters: ${escapeBibtex(fig.parameters)}`,
    `In ${escapeBibtex(figureSource(c))}${c.originalUrl ? `, the post at \\url{${c.originalUrl}}` : ''}`,
    accessed ? `Accessed ${accessed}` : null,
  ].filter(Boolean);
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(figureAuthor(c, siteTitle))}}}`],
    ['title', `{${escapeBibtex(`${fig.title} (${c.title})`)}}`],
    ['howpublished', `{${escapeBibtex(c.series)}, annotated edition}`],
    ['year', `{${editionYear(c)}}`],
    ['url', `{${fig.url}}`],
    ['note', `{${noteParts.join('. ')}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(12)} = ${v}`).join(',\n')}\n}\n`;
}

// citableFromData lives in its own module so every page's cite script can read the article's data
// without loading these formatters; re-exported for callers that need both.
export { citableFromData } from './citableData';
