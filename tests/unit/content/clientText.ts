/**
 * Recovers the client's words from an annotated note, so a test can hold them to the client's
 * original text. Editors may only wrap spans (in <Ref> or in `$…$`) and insert <Sidenote> and
 * <WidgetPlace> elements; everything else in the MDX body must be the client's, character for
 * character, up to whitespace.
 */

/** An inline-maths span the editors added, and the client's characters it stands for. */
export type MathWrap = readonly [mdx: string, client: string];

/** Frontmatter fields a test needs, read from the note's YAML header (flow lists only). */
export interface Frontmatter {
  title: string;
  distills: string[];
  mentions: string[];
}

/** Splits an MDX file into its frontmatter block and its body. */
export function splitFrontmatter(mdx: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('splitFrontmatter: expected a leading --- frontmatter block');
  return { yaml: m[1]!, body: mdx.slice(m[0].length) };
}

/** Reads title, distills and mentions; a missing or non-flow list fails loudly rather than reading as empty. */
export function readFrontmatter(yaml: string): Frontmatter {
  const field = (key: string) => {
    const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(yaml);
    return m ? m[1]!.trim() : null;
  };
  const list = (key: string, required: boolean): string[] => {
    const raw = field(key);
    if (raw === null) {
      if (required) throw new Error(`readFrontmatter: expected "${key}:", found none`);
      return [];
    }
    const m = /^\[(.*)\]$/.exec(raw);
    if (!m) throw new Error(`readFrontmatter: expected "${key}: [a, b]", received ${JSON.stringify(raw)}`);
    return m[1]!.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
  };
  const title = field('title');
  if (title === null) throw new Error('readFrontmatter: expected "title:", found none');
  return { title: JSON.parse(title) as string, distills: list('distills', true), mentions: list('mentions', false) };
}

/** Every `<Ref id="…">` key used in a note body. */
export function refIds(body: string): string[] {
  return [...body.matchAll(/<Ref\s+id="([^"]+)"\s*>/g)].map((m) => m[1]!);
}

/** Paragraph-preserving whitespace normalisation: blocks split on blank lines, runs of spaces collapsed. */
export function normalise(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** The live widgets, as placed in a note: a self-closing element on its own line (`<Priors />`). */
export const WIDGET_ELEMENT = /^[ \t]*<(?:Priors|Imitation|Pruning|LowStakes|Tangent)\b[^>]*\/>[ \t]*$/gm;

/**
 * The client's text of a note: imports, <Sidenote>, <WidgetPlace> and widget elements dropped, <Ref>
 * unwrapped, the editors' maths unwrapped, a line that is only a `[Title](url)` link turned back
 * into its title. Throws if an editors' maths span is listed but never used, so the list can't go stale.
 */
export function extractClientText(body: string, mathWraps: readonly MathWrap[] = []): string {
  let text = body
    .replace(/^import\s.+;\s*$/gm, '')
    .replace(/<Sidenote(?:\s[^>]*)?>[\s\S]*?<\/Sidenote>/g, '')
    .replace(/<WidgetPlace(?:\s[^>]*)?>[\s\S]*?<\/WidgetPlace>/g, '')
    .replace(WIDGET_ELEMENT, '')
    .replace(/<Ref\s+id="[^"]+"\s*>([\s\S]*?)<\/Ref>/g, '$1')
    .replace(/^\[([^\]\n]+)\]\(https?:\/\/[^)\s]+\)[ \t]*$/gm, '$1');
  for (const [mdx, client] of mathWraps) {
    if (!text.includes(mdx)) throw new Error(`extractClientText: editors' maths ${JSON.stringify(mdx)} is listed but not in the note`);
    text = text.split(mdx).join(client);
  }
  return normalise(text);
}

/** The client's post cut into its sections, keyed by each `# ` heading (the post's own header is dropped). */
export function clientSections(post: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = post.split(/^# (.+)$/m);
  // parts = [before, heading1, text1, heading2, text2, …]; the first heading is the post's title.
  for (let i = 3; i < parts.length; i += 2) {
    const heading = parts[i]!.trim();
    if (sections.has(heading)) throw new Error(`clientSections: heading ${JSON.stringify(heading)} appears twice`);
    sections.set(heading, normalise(parts[i + 1] ?? ''));
  }
  return sections;
}
