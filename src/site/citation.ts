/**
 * Citations of a note or of one of its sections: BibTeX, a plain-text reference and a permalink.
 * Pure and framework-free, used at build time (.bib files, the no-JavaScript cite block) and by
 * the page's cite dialog, so the two can never disagree.
 *
 * Two dates, never confused: the author's text is cited with the original post's year
 * (`originalYear`, Mark Xu 2021); this annotated edition's own date (`published`) is stated
 * beside it as the edition's, so a reference manager never records a 2021 post as 2026 work.
 */
import { formatIsoDate } from './sources';

export interface Citable {
  /** The note's title, e.g. "Low-stakes alignment (Paul Christiano)". */
  title: string;
  author: string;
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
  const key = `xu-${c.key}${section ? `-${section.id}` : ''}`.replace(/[^A-Za-z0-9:_-]/g, '-');
  const title = section ? `${c.title}: ${section.title}` : c.title;
  const noteParts = [
    section ? `Section "${escapeBibtex(section.title)}"` : null,
    `Annotated edition, ${formatIsoDate(c.published)}${c.originalUrl ? `, of the post at \\url{${c.originalUrl}}` : ''}`,
    accessed ? `Accessed ${accessed}` : null,
  ].filter(Boolean);
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(bibtexName(c.author))}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', `{${escapeBibtex(c.series)}, annotated edition}`],
  ];
  // No confirmed year: leave the field out rather than date the author's words to the edition.
  if (c.originalYear) fields.push(['year', `{${c.originalYear}}`]);
  fields.push(['url', `{${sectionUrl(c, section)}}`]);
  if (noteParts.length > 0) fields.push(['note', `{${noteParts.join('. ')}}`]);
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(12)} = ${v}`).join(',\n')}\n}\n`;
}

/**
 * A plain-text reference: author and the original's year, title, section, series, the edition
 * and its date, URL (with fragment).
 * @example toPlainText(note, { id: 'summary', title: 'Summary' }) // "Mark Xu (2021), “…”, section “Summary”. In Intermittent Distillations #3; annotated edition, 26 November 2026. https://…#summary"
 */
export function toPlainText(c: Citable, section?: Section | null, accessed?: string): string {
  const yearPart = c.originalYear ? ` (${c.originalYear})` : '';
  const sectionPart = section ? `, section “${section.title}”` : '';
  const accessedPart = accessed ? ` Accessed ${accessed}.` : '';
  return `${c.author}${yearPart}, “${c.title}”${sectionPart}. In ${c.series}; annotated edition, ${formatIsoDate(c.published)}. ${sectionUrl(c, section)}.${accessedPart}`;
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
export function creditLine(c: Pick<Citable, 'author' | 'originalYear' | 'published'>): string {
  return `${c.author}${c.originalYear ? `, ${c.originalYear}` : ''} · annotated edition, ${formatIsoDate(c.published)}`;
}
