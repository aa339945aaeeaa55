import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The date a built page declares its content last changed (`<meta name="dcterms.modified">`), or null. */
export function pageModified(html: string): string | null {
  return /<meta\s+name="dcterms\.modified"\s+content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? null;
}

/**
 * The sitemap integration's `serialize`: each URL's `lastmod` is the date its built page
 * declares (a note: its latest revision, else its edition; a post page or the home page: the
 * latest of their notes), read from dist/ after the pages are written. Pages that declare none
 * (tags, glossary) get no lastmod rather than a guess.
 * @example lastmodFromPages('dist/')({ url: 'https://x.org/notes/a/' }) // { url: …, lastmod: '2026-12-03' }
 */
export function lastmodFromPages(distDir: string) {
  return <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
    const file = join(distDir, decodeURIComponent(new URL(item.url).pathname), 'index.html');
    if (!existsSync(file)) return item;
    const date = pageModified(readFileSync(file, 'utf8'));
    return date ? { ...item, lastmod: date } : item;
  };
}
