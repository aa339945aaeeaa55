/**
 * Schema.org pieces every page builds the same way, so a note is credited identically on its own
 * page, the home page and its post's page: by its post's authors, or by the editors.
 */
import type { LoadedNote, Post } from './notes';

const person = (name: string) => ({ '@type': 'Person', name });

/** A post's authors as schema.org Persons (one object for one author, as before, else a list). */
export function postAuthorsLd(post: Pick<Post, 'authors'>) {
  return post.authors.length === 1 ? person(post.authors[0]!) : post.authors.map(person);
}

/** Who wrote a note's text: its post's authors, or the editors as an organisation. */
export function noteAuthorLd(item: Pick<LoadedNote, 'post'>, editors: string) {
  return item.post ? postAuthorsLd(item.post) : { '@type': 'Organization', name: editors };
}

/** A note as one part of a collection: its headline, URL, author and the year its text is cited by. */
export function notePartLd(item: LoadedNote, site: URL, editors: string) {
  return {
    '@type': 'ScholarlyArticle',
    headline: item.note.data.title,
    url: new URL(`/notes/${item.slug}/`, site).href,
    author: noteAuthorLd(item, editors),
    ...(item.originalYear ? { datePublished: item.post ? item.originalYear : item.note.data.published } : {}),
  };
}
