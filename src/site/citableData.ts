import type { Citable } from './citation';

/**
 * The note's citation data as NoteLayout writes it on the article (`data-cite-*`), for the cite
 * dialog and the figure menu, with the URL moved to the origin the page is served from.
 * @example citableFromData(article.dataset, location.origin)
 */
export function citableFromData(d: Record<string, string | undefined>, origin: string): Citable | null {
  if (!d.citeKey || !d.citeUrl) return null;
  const u = new URL(d.citeUrl);
  return {
    key: d.citeKey,
    title: d.citeTitle ?? '',
    author: d.citeAuthor ?? '',
    authors: d.citeAuthors ? (JSON.parse(d.citeAuthors) as string[]) : undefined,
    kind: d.citeKind === 'editors' ? 'editors' : 'post',
    series: d.citeSeries ?? '',
    url: `${origin}${u.pathname}${u.search}`,
    published: d.citePublished ?? '',
    revised: d.citeRevised || null,
    originalYear: d.citeYear || null,
    originalUrl: d.citeOriginal || null,
    editors: d.citeEditors || undefined,
  };
}
