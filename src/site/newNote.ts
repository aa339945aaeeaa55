/**
 * `npm run new-note -- <slug> [--post <source id>] [--distills <id,id>]`: the scaffold of a note
 * with valid frontmatter (the next free `order` in its post, today's date), the imports it needs
 * and a Summary/Opinion skeleton. Pure here; src/site/newNoteCli.ts reads and writes the files.
 */
import { nearest } from './knowledgeBase';

/** What the scaffold needs to know of a note already in the knowledge base. */
export interface ExistingNote {
  slug: string;
  post: string | undefined;
  order: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter fields the scaffold reads back from an existing note (`post`, `order`): a
 * line each, as the scaffold and the notes write them.
 * @example existingNote('a', '---\npost: x\norder: 2\n---\n') // { slug: 'a', post: 'x', order: 2 }
 */
export function existingNote(slug: string, mdx: string): ExistingNote {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^${name}:\\s*["']?([^"'\\n]*?)["']?\\s*$`, 'm').exec(front)?.[1];
  return { slug, post: field('post') || undefined, order: Number(field('order') ?? 0) };
}

/** "low-stakes-alignment" → "Low stakes alignment": a placeholder title the editor replaces. */
const titleOf = (slug: string) => slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * The note's file name and text, or an error naming what is wrong and what would be valid: a
 * slug that is not kebab-case or already exists, an unknown post or distilled work.
 * @example scaffoldNote({ slug: 'x', post: 'p', existing: [{ slug: 'a', post: 'p', order: 6 }], sourceIds: ['p'], today: '2026-12-07', kbLabel: 'content', componentsFromKb: '../components' }).text // "---\ntitle: \"X\"\npost: p\norder: 7\n…"
 */
export function scaffoldNote(o: {
  slug: string;
  post?: string | undefined;
  distills?: string[] | undefined;
  existing: readonly ExistingNote[];
  sourceIds: readonly string[];
  today: string;
  /** The knowledge base's folder as the editor names it ("content"). */
  kbLabel: string;
  /** The components folder relative to the knowledge base's ("../components"). */
  componentsFromKb: string;
}): { file: string; text: string; order: number } {
  const { slug, post, distills = [], existing, sourceIds, today, kbLabel, componentsFromKb } = o;
  const file = `${kbLabel}/${slug}.mdx`;
  if (!SLUG.test(slug)) throw new Error(`new-note: the slug "${slug}" must be kebab-case (lower-case letters and digits joined by "-"), e.g. "low-stakes-alignment"; it becomes /notes/<slug>/`);
  if (existing.some((n) => n.slug === slug)) {
    let n = 2;
    while (existing.some((e) => e.slug === `${slug}-${n}`)) n++;
    throw new Error(`new-note: ${file} already exists; a note's slug is its address, so pick another (e.g. "${slug}-${n}") or edit the existing note`);
  }
  const known = new Set(sourceIds);
  if (post !== undefined && !known.has(post)) {
    throw new Error(`new-note: --post "${post}" is not a source id in ${kbLabel}/sources.json; nearest ids: ${nearest(post, known).join(', ')}. Add the post to sources.json first, or leave --post out for an editors' note`);
  }
  for (const id of distills) {
    if (!known.has(id)) throw new Error(`new-note: --distills "${id}" is not a source id in ${kbLabel}/sources.json; nearest ids: ${nearest(id, known).join(', ')}`);
  }
  const order = Math.max(0, ...existing.filter((n) => n.post === post).map((n) => n.order)) + 1;
  const whose = post ? "in its author's words" : "the editors' own text";
  const lines = [
    '---',
    `title: "${titleOf(slug)}"`,
    ...(post ? [`post: ${post}`] : []),
    `order: ${order}`,
    `distills: [${distills.join(', ')}]`,
    'mentions: []',
    'tags: ["draft"]',
    'gist: "One line for the home page card and the meta description: replace it."',
    `published: ${today}`,
    '---',
    '',
    `import Sidenote from '${componentsFromKb}/prose/Sidenote.astro';`,
    `import Ref from '${componentsFromKb}/prose/Ref.astro';`,
    '',
    '## Summary',
    '',
    `The Summary, ${whose}.`,
    '',
    '## Opinion',
    '',
    `The Opinion, ${whose}.`,
    '',
  ];
  return { file, text: lines.join('\n'), order };
}
