import GithubSlugger from 'github-slugger';

/**
 * Links between notes, read from the notes' MDX source at build time (the rendered HTML of one
 * note is not available while another is being rendered, and backlinks need all of them).
 */

/** A note as the link extraction needs it: its slug, its title and its MDX body. */
export interface NoteText {
  slug: string;
  title: string;
  body: string;
}

/** One link from a note to another note (or a section of it), with where and how it is cited. */
export interface NoteLink {
  /** Slug of the note linked to. */
  to: string;
  /** Fragment of the link without "#", or "" for the whole note. */
  hash: string;
  /** Id of the section heading the link sits under in the citing note ("" before the first heading). */
  section: string;
  /** That heading's text. */
  sectionTitle: string;
  /** The sentence containing the link, as plain text. */
  sentence: string;
  /** True when the link is in an editors' margin note rather than the client's text. */
  inAnnotation: boolean;
}

/** A note's incoming links from one other note. */
export interface Backlink {
  from: string;
  fromTitle: string;
  citations: Pick<NoteLink, 'section' | 'sectionTitle' | 'sentence' | 'inAnnotation'>[];
}

const NOTE_HREF = /^\/notes\/([a-z0-9-]+)\/(?:#([A-Za-z0-9_-]+))?$/;
// Sentinels bracket the link's words through the plain-text conversion, so the sentence that holds
// them can be found afterwards; private-use characters never occur in the notes.
const OPEN = '\uE000';
const CLOSE = '\uE001';
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|al|vs|cf|etc|Fig|approx)|\b[A-Z])\.$/;

/**
 * MDX (the subset the notes use) to plain text: components' and links' words kept, tags, maths
 * delimiters, TeX commands, emphasis and list markers dropped, whitespace collapsed.
 * @example mdxToPlainText('A *low-stakes* <Ref id="x">setting</Ref> with $\\alpha$.') // "A low-stakes setting with alpha."
 */
export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\$\$([\s\S]*?)\$\$|\$([^$\n]*)\$/g, (_, a: string | undefined, b: string | undefined) => texToText(a ?? b ?? ''))
    .replace(/(^|\s)[-*+]\s+/gm, '$1')
    .replace(/(\*\*|\*)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function texToText(tex: string): string {
  return tex
    .replace(/\\(?:displaystyle|left|right|,|;|!|quad)/g, ' ')
    .replace(/\\(?:mathrm|text|mathbb|operatorname)\{([^}]*)\}/g, '$1')
    .replace(/\\([A-Za-z]+)/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The sentence of a plain text that contains the character at `index`: from after the previous
 * sentence end (". ", "? ", "! ", optionally followed by a closing quote) to the next.
 * @example sentenceAt('One. Two three. Four.', 6) // "Two three."
 */
export function sentenceAt(text: string, index: number): string {
  const ends = /[.!?][”’")]*(?=\s|$)/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(ends)) {
    const stop = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    if (stop <= index) start = stop;
    else {
      end = stop;
      break;
    }
  }
  return text.slice(start, end).trim();
}

interface Span {
  start: number;
  end: number;
}

/** Every `<Sidenote …>…</Sidenote>` span of an MDX text (margin notes never nest). */
function sidenoteSpans(mdx: string): (Span & { innerStart: number; innerEnd: number })[] {
  return [...mdx.matchAll(/<Sidenote\b[^>]*>([\s\S]*?)<\/Sidenote>/g)].map((m) => {
    const innerStart = m.index + m[0].indexOf('>') + 1;
    return { start: m.index, end: m.index + m[0].length, innerStart, innerEnd: innerStart + m[1]!.length };
  });
}

/**
 * Every link from a note's MDX body to a note page (`/notes/<slug>/` or `/notes/<slug>/#id`),
 * in Markdown (`[words](/notes/x/)`) or HTML (`<a href="/notes/x/">`), in the client's text or in
 * a margin note, each with its section (heading ids as Astro gives them: GitHub slugs) and the
 * sentence that contains it. A margin note's sentence is taken from the margin note alone.
 * @example extractNoteLinks('## Opinion\n\nSee [the other note](/notes/b/#summary). More.')[0] // { to: 'b', hash: 'summary', section: 'opinion', sectionTitle: 'Opinion', sentence: 'See the other note.', inAnnotation: false }
 */
export function extractNoteLinks(body: string): NoteLink[] {
  const text = body.replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  const out: NoteLink[] = [];
  let section = '';
  let sectionTitle = '';
  // Blocks are separated by blank lines; headings are blocks of their own in the notes.
  for (const block of text.split(/\n[ \t]*\n/)) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(block.trim());
    if (heading && !block.trim().includes('\n')) {
      sectionTitle = mdxToPlainText(heading[2]!);
      section = slugger.slug(sectionTitle);
      continue;
    }
    const sidenotes = sidenoteSpans(block);
    const links = [
      ...[...block.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)].map((m) => ({ index: m.index, length: m[0].length, words: m[1]!, href: m[2]! })),
      ...[...block.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ index: m.index, length: m[0].length, words: m[2]!, href: m[1]! })),
    ].sort((a, b) => a.index - b.index);
    for (const link of links) {
      const target = NOTE_HREF.exec(link.href);
      if (!target) continue;
      const marked = (from: number, to: number) =>
        `${block.slice(from, link.index)}${OPEN}${link.words}${CLOSE}${block.slice(link.index + link.length, to)}`;
      const inside = sidenotes.find((s) => link.index >= s.innerStart && link.index < s.innerEnd);
      let context: string;
      if (inside) context = marked(inside.innerStart, inside.innerEnd);
      else {
        // The client's sentence, with the margin notes that interrupt it taken out.
        const before = sidenotes.filter((s) => s.end <= link.index);
        const after = sidenotes.filter((s) => s.start >= link.index + link.length);
        const cut = (s: string, spans: Span[], offset: number) =>
          spans.reduceRight((acc, sp) => acc.slice(0, sp.start - offset) + acc.slice(sp.end - offset), s);
        const head = cut(block.slice(0, link.index), before, 0);
        const tail = cut(block.slice(link.index + link.length), after, link.index + link.length);
        context = `${head}${OPEN}${link.words}${CLOSE}${tail}`;
      }
      const plain = mdxToPlainText(context);
      const at = plain.indexOf(OPEN);
      out.push({
        to: target[1]!,
        hash: target[2] ?? '',
        section,
        sectionTitle,
        sentence: sentenceAt(plain, at).replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), ''),
        inAnnotation: Boolean(inside),
      });
    }
  }
  return out;
}

/**
 * The notes that link to `slug`, in the order given, each with its distinct citing sentences;
 * a note's links to itself are not backlinks.
 * @example backlinksTo('b', [{ slug: 'a', title: 'A', body: 'See [b](/notes/b/).' }])[0]?.citations[0]?.sentence // "See b."
 */
export function backlinksTo(slug: string, notes: readonly NoteText[]): Backlink[] {
  const out: Backlink[] = [];
  for (const note of notes) {
    if (note.slug === slug) continue;
    const seen = new Set<string>();
    const citations: Backlink['citations'] = [];
    for (const link of extractNoteLinks(note.body)) {
      if (link.to !== slug) continue;
      const key = `${link.section}\n${link.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ section: link.section, sectionTitle: link.sectionTitle, sentence: link.sentence, inAnnotation: link.inAnnotation });
    }
    if (citations.length > 0) out.push({ from: note.slug, fromTitle: note.title, citations });
  }
  return out;
}

/** One section of a note's MDX body: its heading id and text, and its MDX up to the next heading. */
export interface NoteSection {
  id: string;
  title: string;
  mdx: string;
}

/**
 * A note's MDX body cut at its headings (ids as Astro gives them: GitHub slugs); text before the
 * first heading has id "". Import lines are dropped.
 * @example sectionsOf('Intro.\n\n## Summary\n\nText.').map((s) => s.id) // ["", "summary"]
 */
export function sectionsOf(body: string): NoteSection[] {
  const text = body.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^\s*(?:import|export)\s.*$/gm, '');
  const slugger = new GithubSlugger();
  const out: NoteSection[] = [{ id: '', title: '', mdx: '' }];
  for (const line of text.split('\n')) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const title = mdxToPlainText(heading[2]!);
      out.push({ id: slugger.slug(title), title, mdx: '' });
    } else out[out.length - 1]!.mdx += `${line}\n`;
  }
  return out.filter((s) => s.id !== '' || s.mdx.trim() !== '');
}
