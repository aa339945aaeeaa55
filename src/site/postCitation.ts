import type { Citable } from './citation';
import type { NoteGroup } from './notes';

/**
 * The citation of a post's annotated edition as a whole: its authors and confirmed year, first
 * published with its earliest note, its version the latest change to any of its notes.
 */
export function postCitable(group: Pick<NoteGroup, 'post' | 'notes'>, siteTitle: string, editors: string): Omit<Citable, 'url'> {
  const post = group.post!;
  const published = group.notes.map((n) => n.note.data.published).sort()[0]!;
  const latest = group.notes.map((n) => n.version.date).sort().at(-1)!;
  return {
    key: post.id,
    title: post.title,
    author: post.author,
    authors: post.authors,
    kind: 'post',
    series: siteTitle,
    published,
    revised: latest > published ? latest : null,
    originalYear: post.year,
    originalUrl: post.record.url,
    editors,
  };
}
