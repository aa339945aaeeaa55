/**
 * RSS items for the site's feed and each post's: every note credited by its own post (or the
 * editors), published on its edition's date, with the date of the version it now is as
 * <atom:updated> (RSS 2.0 has no element for it), so a reader learns of a revision.
 */
import type { LoadedNote } from './notes';

type FeedNote = { note: { data: { title: string; gist: string; tags: string[]; published: string } } } & Pick<LoadedNote, 'slug' | 'version'> & { post: { author: string } | null };

export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' };

/** Midnight UTC of an ISO date, as RFC 3339. */
const rfc3339 = (iso: string) => `${iso}T00:00:00Z`;

/**
 * One feed item per note.
 * @example feedItems([note], 'Editors of X')[0].customData // "<atom:updated>2026-12-03T00:00:00Z</atom:updated>"
 */
export function feedItems(notes: readonly FeedNote[], editors: string) {
  return notes.map(({ note, slug, post, version }) => ({
    title: note.data.title,
    description: note.data.gist,
    link: `/notes/${slug}/`,
    pubDate: new Date(rfc3339(note.data.published)),
    categories: note.data.tags,
    author: post ? post.author : editors,
    customData: `<atom:updated>${rfc3339(version.date)}</atom:updated>`,
  }));
}
