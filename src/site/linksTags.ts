/**
 * Tags pages: each tag of a note's frontmatter gets /tags/<tag-slug>/.
 */

/**
 * A tag's URL segment: lower case, accents dropped, runs of anything but letters and digits
 * turned into one hyphen.
 * @example tagSlug('Paul Christiano') // "paul-christiano"
 */
export function tagSlug(tag: string): string {
  const slug = tag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new Error(`tagSlug: expected a tag with a letter or digit, received ${JSON.stringify(tag)}`);
  return slug;
}

/** A tag with its URL segment and the notes that carry it. */
export interface TagGroup<N> {
  tag: string;
  slug: string;
  notes: N[];
}

/**
 * Groups notes by tag, tags sorted alphabetically, notes kept in the order given. Two tags that
 * differ only in case or punctuation would share a page, so that fails instead of merging silently.
 * @example groupByTag([{ tags: ['b', 'a'] }, { tags: ['a'] }]).map((g) => [g.tag, g.notes.length]) // [["a", 2], ["b", 1]]
 */
export function groupByTag<N extends { tags: readonly string[] }>(notes: readonly N[]): TagGroup<N>[] {
  const bySlug = new Map<string, TagGroup<N>>();
  for (const note of notes) {
    for (const tag of new Set(note.tags)) {
      const slug = tagSlug(tag);
      const group = bySlug.get(slug);
      if (group && group.tag !== tag) throw new Error(`groupByTag: expected distinct tag slugs, received "${group.tag}" and "${tag}" (both "${slug}")`);
      if (group) group.notes.push(note);
      else bySlug.set(slug, { tag, slug, notes: [note] });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'en'));
}
