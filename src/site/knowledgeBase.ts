/**
 * The knowledge base's content model, framework-free so it is tested without a build: which
 * post a note belongs to, how notes group and order, which version of a note a citation names,
 * and the author mistakes the schema cannot see (they span notes or files), each reported as one
 * line naming the file, the field and what would be valid.
 */
import { sectionsOf } from './links';

export interface Revision {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  summary: string;
  /** Heading ids of the sections the revision touched. */
  sections: string[];
}

/** A note as the model needs it: where it lives, its frontmatter (source ids as strings) and its MDX body. */
export interface NoteInput {
  slug: string;
  /** The file as the editor knows it, e.g. "content/low-stakes-alignment.mdx". */
  file: string;
  data: {
    title: string;
    post?: string | undefined;
    order: number;
    distills: string[];
    mentions: string[];
    published: string;
    revisions: Revision[];
  };
  body: string;
}

/** Key of the editors' notes group (notes without `post`). */
export const EDITORS = '';

/** Headings the note layout adds to every note (and the revision list when a note has one). */
export const LAYOUT_SECTION_IDS = ['updates-and-corrections', 'linked-from', 'references', 'cite-this-note'];

/** The group a note belongs to: its post's source id, or EDITORS. */
/** Just what grouping needs of a note, so Astro's entries (references, not ids) fit too. */
export interface Groupable {
  data: { post?: string | undefined; order: number };
}

export const groupOf = (n: Groupable) => n.data.post ?? EDITORS;

/**
 * The version of a note a citation names: the latest revision's date, else the edition's date.
 * @example noteVersion({ published: '2026-11-26', revisions: [{ date: '2026-12-03', summary: 's', sections: [] }] }) // { date: '2026-12-03', revised: '2026-12-03' }
 */
export function noteVersion(data: Pick<NoteInput['data'], 'published' | 'revisions'>): { date: string; revised: string | null } {
  const revised = data.revisions.map((r) => r.date).sort().at(-1) ?? null;
  return { date: revised ?? data.published, revised };
}

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The `n` candidates closest to `id` by edit distance (ties alphabetical).
 * @example nearest('christiano-low-stake-alignment', ['christiano-low-stakes-alignment', 'jacot-ntk']) // ['christiano-low-stakes-alignment', 'jacot-ntk']
 */
export function nearest(id: string, candidates: Iterable<string>, n = 3): string[] {
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(id, c) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, n)
    .map((x) => x.c);
}

/** Heading ids of a note's MDX (as Astro gives them), without the layout's own. */
export function sectionIds(body: string): string[] {
  return sectionsOf(body).map((s) => s.id).filter(Boolean);
}

const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none)');
const groupName = (g: string) => (g === EDITORS ? "the editors' notes" : `post "${g}"`);

/** Internal links of an MDX body (Markdown and HTML), in order: every target starting with "/". */
function internalLinks(body: string): string[] {
  const text = body.replace(/^---\n[\s\S]*?\n---\n/, '');
  const md = [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => ({ at: m.index, href: m[1]! }));
  const html = [...text.matchAll(/\bhref="(\/[^"]*)"/g)].map((m) => ({ at: m.index, href: m[1]! }));
  return [...md, ...html].sort((a, b) => a.at - b.at).map((l) => l.href);
}

/**
 * Every mistake in a knowledge base the schema cannot catch, one line each: unknown source ids
 * (distills, mentions, post, <Ref id>) with the nearest existing ids, a <Ref> to a work the note
 * does not list, duplicate orders within a post, revisions naming a section the note does not
 * have or dated before the edition, and links to notes or #fragments that do not exist.
 * @example checkKnowledgeBase({ notes: [note], sourceIds: ['a'], sourcesFile: 'content/sources.json' }) // [] when all is well
 */
export function checkKnowledgeBase({ notes, sourceIds, sourcesFile }: { notes: readonly NoteInput[]; sourceIds: Iterable<string>; sourcesFile: string }): string[] {
  const known = new Set(sourceIds);
  const problems: string[] = [];
  const unknownSource = (file: string, field: string, id: string) =>
    problems.push(`${file}: ${field}: unknown source id "${id}", not in ${sourcesFile}; nearest ids: ${list(nearest(id, known))}`);
  const slugs = new Map(notes.map((n) => [n.slug, n]));
  const posts = new Set(notes.map((n) => n.data.post).filter((p): p is string => !!p));

  for (const n of notes) {
    const { file, data } = n;
    if (data.post !== undefined && !known.has(data.post)) {
      problems.push(`${file}: post: unknown source id "${data.post}", not in ${sourcesFile}; nearest ids: ${list(nearest(data.post, known))} (leave "post" out for an editors' note)`);
    }
    data.distills.forEach((id, i) => { if (!known.has(id)) unknownSource(file, `distills[${i}]`, id); });
    data.mentions.forEach((id, i) => { if (!known.has(id)) unknownSource(file, `mentions[${i}]`, id); });
    const listed = new Set([...data.distills, ...data.mentions]);
    for (const m of n.body.matchAll(/<Ref\s+id="([^"]*)"/g)) {
      const id = m[1]!;
      if (!known.has(id)) unknownSource(file, `body, <Ref id="${id}">`, id);
      else if (!listed.has(id)) problems.push(`${file}: body, <Ref id="${id}">: the work is not in the note's references; add "${id}" to mentions (or distills)`);
    }
    const own = sectionIds(n.body);
    data.revisions.forEach((r, i) => {
      if (r.date < data.published) problems.push(`${file}: revisions[${i}].date: ${r.date} is before the edition it revises (published ${data.published}); use ${data.published} or later`);
      r.sections.forEach((id, j) => {
        if (!own.includes(id)) {
          problems.push(`${file}: revisions[${i}].sections[${j}]: no section "${id}" in this note; its section ids: ${list(nearest(id, own, own.length))}`);
        }
      });
    });
    for (const href of internalLinks(n.body)) {
      const note = /^\/notes\/([^/#?]*)\/?(?:#(.*))?$/.exec(href);
      const post = /^\/posts\/([^/#?]*)\/?(?:#.*)?$/.exec(href);
      if (note) {
        const [, slug, hash] = note;
        const target = slugs.get(slug!);
        if (!target) problems.push(`${file}: body, link "${href}": no note "${slug}"; nearest notes: ${list(nearest(slug!, slugs.keys()))}`);
        else if (!href.startsWith(`/notes/${slug}/`)) problems.push(`${file}: body, link "${href}": a note's address ends with a slash; write "/notes/${slug}/${hash ? `#${hash}` : ''}"`);
        else if (hash !== undefined) {
          const ids = [...sectionIds(target.body), ...LAYOUT_SECTION_IDS.filter((id) => id !== 'updates-and-corrections' || target.data.revisions.length > 0)];
          if (!ids.includes(hash)) problems.push(`${file}: body, link "${href}": note "${slug}" has no section "${hash}"; nearest section ids: ${list(nearest(hash, ids))}`);
        }
      } else if (post) {
        if (!posts.has(post[1]!)) problems.push(`${file}: body, link "${href}": no post page "${post[1]}" (a post has a page once a note names it); posts: ${list([...posts].sort())}`);
      }
    }
  }

  const byGroupOrder = new Map<string, NoteInput>();
  for (const n of [...notes].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${groupOf(n)}\n${n.data.order}`;
    const first = byGroupOrder.get(key);
    if (!first) {
      byGroupOrder.set(key, n);
      continue;
    }
    const taken = new Set(notes.filter((m) => groupOf(m) === groupOf(n)).map((m) => m.data.order));
    let free = 1;
    while (taken.has(free)) free++;
    problems.push(`${n.file}: order: ${n.data.order} is already the order of ${first.file} in ${groupName(groupOf(n))}; orders are unique within a post; the first free order there is ${free}`);
  }
  return problems;
}

/** Throws one error listing every mistake (one line each), or returns quietly. */
export function assertKnowledgeBase(input: Parameters<typeof checkKnowledgeBase>[0]): void {
  const problems = checkKnowledgeBase(input);
  if (problems.length === 1) throw new Error(problems[0]);
  if (problems.length > 1) throw new Error(`${problems.length} mistakes in the knowledge base:\n  ${problems.join('\n  ')}`);
}

/** One group of the home page: a post (with its record) or the editors' notes, its notes in order. */
export interface Group<N> {
  /** The post's source id, or EDITORS. */
  key: string;
  notes: N[];
}

/**
 * Notes grouped by post, each group in `order`; posts ordered by `postRank` (e.g. the post's
 * confirmed date, then title), the editors' notes last.
 * @example groupNotes([a, b], (id) => id).map((g) => g.key) // ["intermittent-distillations-3", ""]
 */
export function groupNotes<N extends Groupable>(notes: readonly N[], postRank: (postId: string) => string): Group<N>[] {
  const groups = new Map<string, N[]>();
  for (const n of notes) groups.set(groupOf(n), [...(groups.get(groupOf(n)) ?? []), n]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === EDITORS ? 1 : b === EDITORS ? -1 : postRank(a).localeCompare(postRank(b)) || a.localeCompare(b)))
    .map(([key, ns]) => ({ key, notes: ns.sort((x, y) => x.data.order - y.data.order) }));
}
