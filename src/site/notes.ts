import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './readingTime';
import { authorNames, confirmedYear, joinAuthors, type SourceRecord } from './sources';
import { KB_LABEL, siteConfig } from './kb';
import { assertKnowledgeBase, EDITORS, groupNotes, noteVersion, type Revision } from './knowledgeBase';
import type { Citable } from './citation';

export type NoteEntry = CollectionEntry<'notes'>;

/** A post as its pages show and cite it: the record in sources.json, its authors and confirmed year. */
export interface Post {
  id: string;
  record: SourceRecord;
  title: string;
  /** Each author as printed (handles dropped). */
  authors: string[];
  /** "A", "A and B"; the editors' name when sources.json confirms no author. */
  author: string;
  /** Confirmed year, or null: never replaced by another date. */
  year: string | null;
  /** The home page's lede for the group, from site.json. */
  lede: string | undefined;
  href: string;
}

function postOf(record: SourceRecord): Post {
  const authors = authorNames(record);
  return {
    id: record.id,
    record,
    title: record.title,
    authors,
    author: joinAuthors(authors) || 'an author not confirmed',
    year: confirmedYear(record),
    lede: siteConfig().posts[record.id]?.lede,
    href: `/posts/${record.id}/`,
  };
}

/**
 * The knowledge base, checked: every note with what its pages need resolved, in groups (each
 * post, then the editors' notes). A mistake an author can make (an unknown source id or post, a
 * duplicate order, a revision of a missing section, a broken link) fails here, before any page
 * renders, with one line per mistake naming the file and the field (src/site/knowledgeBase.ts).
 */
export async function loadKnowledgeBase() {
  const site = siteConfig();
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data as SourceRecord]));
  const entries = await getCollection('notes');
  const file = (n: NoteEntry) => n.filePath ?? `${KB_LABEL}/${n.id}.mdx`;
  assertKnowledgeBase({
    notes: entries.map((n) => ({
      slug: n.id,
      file: file(n),
      data: { ...n.data, distills: n.data.distills.map((r) => r.id), mentions: n.data.mentions.map((r) => r.id) },
      body: n.body ?? '',
    })),
    sourceIds: sources.keys(),
    sourcesFile: `${KB_LABEL}/sources.json`,
  });
  const posts = new Map([...new Set(entries.map((n) => n.data.post).filter((p): p is string => !!p))].map((id) => [id, postOf(sources.get(id)!)]));
  // Posts in the order they were written (confirmed date; undated last), then by title.
  const rank = (id: string) => {
    const p = posts.get(id)!;
    return `${p.year ? p.record.date : '9999'} ${p.title}`;
  };
  const groups = groupNotes(entries, rank);
  const resolve = (refs: { id: string }[]) => refs.map((r) => sources.get(r.id)!);

  const notes = groups.flatMap((group) =>
    group.notes.map((note, i) => {
      const post = group.key === EDITORS ? null : posts.get(group.key)!;
      const version = noteVersion(note.data);
      const revisions: Revision[] = [...note.data.revisions].sort((a, b) => a.date.localeCompare(b.date));
      const cite: Omit<Citable, 'url'> = post
        ? {
            key: note.id,
            title: note.data.title,
            author: post.author,
            authors: post.authors,
            kind: 'post',
            series: post.title,
            published: note.data.published,
            revised: version.revised,
            originalYear: post.year,
            originalUrl: post.record.url,
            editors: site.editors,
          }
        : {
            key: note.id,
            title: note.data.title,
            author: site.editors,
            kind: 'editors',
            series: site.title,
            published: note.data.published,
            revised: version.revised,
            // An editors' note is dated by itself.
            originalYear: note.data.published.slice(0, 4),
            originalUrl: null,
            editors: site.editors,
          };
      const prev = group.notes[i - 1];
      const next = group.notes[i + 1];
      return {
        note,
        slug: note.id,
        file: file(note),
        post,
        distilled: resolve(note.data.distills),
        references: resolve(note.data.mentions),
        /** The post's record (null for an editors' note). */
        original: post?.record ?? null,
        /** The year the note's text is cited by: its post's confirmed year (null if unconfirmed), or an editors' note's own. */
        originalYear: cite.originalYear,
        cite,
        version,
        revisions,
        minutes: readingMinutes(note.body ?? ''),
        hasMath: /\$[^$]+\$/.test(note.body ?? ''),
        // Previous and next stay within the note's post (or the editors' notes).
        prev: prev ? { slug: prev.id, title: prev.data.title } : undefined,
        next: next ? { slug: next.id, title: next.data.title } : undefined,
      };
    }),
  );
  return {
    site,
    notes,
    groups: groups.map((g) => ({ key: g.key, post: g.key === EDITORS ? null : posts.get(g.key)!, notes: notes.filter((n) => (n.post?.id ?? EDITORS) === g.key) })),
  };
}

export type LoadedNote = Awaited<ReturnType<typeof loadKnowledgeBase>>['notes'][number];
export type NoteGroup = Awaited<ReturnType<typeof loadKnowledgeBase>>['groups'][number];

/** The notes, each post's in its order, then the editors' notes. */
export async function loadNotes() {
  return (await loadKnowledgeBase()).notes;
}

/** The date a page's content last changed: the latest version date of its notes. */
export const lastModified = (notes: readonly Pick<LoadedNote, 'version'>[]) => notes.map((n) => n.version.date).sort().at(-1) ?? null;
