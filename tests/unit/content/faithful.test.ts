import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientSections, extractClientText, type MathWrap, normalise, readFrontmatter, refIds, splitFrontmatter } from './clientText';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const contentDir = join(root, 'content');
// The client's text lives in shared/ beside the clone (here and in CI); the committed copy is the
// fallback, and must not drift from the original when both exist.
const sharedPost = join(root, '..', 'shared', 'notes', 'intermittent-distillations-3.md');
const fixturePost = join(root, 'tests', 'fixtures', 'notes', 'intermittent-distillations-3.md');
const post = readFileSync(existsSync(sharedPost) ? sharedPost : fixturePost, 'utf8');
const sections = clientSections(post);

const sources = JSON.parse(readFileSync(join(contentDir, 'sources.json'), 'utf8')) as { id: string }[];
const sourceIds = new Set(sources.map((s) => s.id));
const anchors = JSON.parse(readFileSync(join(contentDir, 'anchors.json'), 'utf8')) as Record<string, string[]>;

/**
 * Inline maths the editors added around the client's characters (rule (a) of the brief): each
 * entry is the span as written in the MDX and the client's characters it renders. `log(N)` is the
 * one span whose characters change (to `\log(N)`, so KaTeX sets "log" upright).
 */
const EDITORS_MATH: Record<string, readonly MathWrap[]> = {
  'report-on-semi-informative-priors': [
    ['$(M + 1)/(N + 2)$', '(M + 1)/(N + 2)'],
    ['$p$', 'p'],
    ['$M$', 'M'],
    ['$N$', 'N'],
  ],
  'formal-solution-to-the-inner-alignment-problem': [
    ['$\\log(N)$', 'log(N)'],
    ['$N$', 'N'],
  ],
};

const notes = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const slug = file.replace(/\.mdx$/, '');
    const { yaml, body } = splitFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
    return { slug, body, front: readFrontmatter(yaml) };
  });

describe('the client text source', () => {
  it('has the six sections the notes distil', () => {
    expect([...sections.keys()]).toHaveLength(6);
    expect(notes).toHaveLength(6);
  });

  it('the committed fixture is identical to shared/notes when both exist', () => {
    if (!existsSync(sharedPost)) return;
    expect(readFileSync(fixturePost, 'utf8')).toBe(readFileSync(sharedPost, 'utf8'));
  });
});

describe.each(notes)('$slug', ({ slug, body, front }) => {
  it("keeps every word of the client's section", () => {
    const client = sections.get(front.title);
    expect(client, `no section "# ${front.title}" in the client's post`).toBeDefined();
    expect(extractClientText(body, EDITORS_MATH[slug])).toBe(client);
  });

  it('links only to known sources, each listed in mentions or distills', () => {
    const listed = new Set([...front.mentions, ...front.distills]);
    for (const id of [...front.mentions, ...front.distills]) expect(sourceIds, `frontmatter key "${id}"`).toContain(id);
    for (const id of refIds(body)) {
      expect(sourceIds, `<Ref id="${id}">`).toContain(id);
      expect(listed, `<Ref id="${id}"> missing from mentions/distills`).toContain(id);
    }
  });

  it('links internally only to notes and anchors that exist', () => {
    const links = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
    for (const link of links) {
      const m = /^(\/notes\/([a-z0-9-]+)\/)(?:#([a-z0-9-]+))?$/.exec(link);
      expect(m, `internal link ${link} should be /notes/<slug>/ or /notes/<slug>/#anchor`).not.toBeNull();
      const [, page, target, anchor] = m!;
      expect(notes.map((n) => n.slug), link).toContain(target);
      if (anchor) expect(anchors[page!], link).toContain(anchor);
    }
  });

  it('keeps each margin note short (at most four sentences) and labelled', () => {
    for (const m of body.matchAll(/<Sidenote(\s[^>]*)?>([\s\S]*?)<\/Sidenote>/g)) {
      expect(m[1] ?? '', 'Sidenote without a label').toMatch(/label="[^"]+"/);
      // Maths counts as a word (keeping a full stop written inside it); tags as spaces. A sentence
      // ends at . ? or ! (perhaps closing a parenthesis) before a space and a capital or quote.
      const prose = m[2]!.replace(/\$([^$]*)\$/g, (_, tex: string) => (/\.\s*$/.test(tex) ? 'X.' : 'X')).replace(/<[^>]+>/g, ' ');
      const sentences = prose.split(/(?<=[.?!])\)?\s+(?=[A-Z“(])/).filter((s) => s.trim());
      expect(sentences.length, `Sidenote "${prose.slice(0, 60)}…"`).toBeLessThanOrEqual(4);
    }
  });
});

describe('widget places', () => {
  const bodyOf = (slug: string) => notes.find((n) => n.slug === slug)!.body;
  // A note holds its WidgetPlace until the live widget replaces it; either marks the place.
  const placeOf = (body: string, name: string, component: string) => {
    // The full model: a tag with no `controls` (focused instances sit at their claims elsewhere).
    const widget = body.search(new RegExp(`^<${component}\\b(?:(?!controls=)[^>])*/>`, 'm'));
    return widget >= 0 ? widget : body.indexOf(`<WidgetPlace name="${name}">`);
  };

  it('the priors calculator follows the paragraph that ends with the tool sentence', () => {
    const b = bodyOf('report-on-semi-informative-priors');
    // The full model is the bare <Priors />; configured figures (<Priors id=… />) may sit before it.
    const full = b.search(/^<Priors\s*\/>/m);
    const i = full >= 0 ? full : placeOf(b, 'Semi-informative priors calculator', 'Priors');
    expect(i).toBeGreaterThan(0);
    const before = normalise(
      b
        .slice(0, i)
        .replace(/<Sidenote(?:\s[^>]*)?>[\s\S]*?<\/Sidenote>/g, '')
        .replace(/^<Priors\s[^>]*\/>$/gm, ''),
    );
    expect(before.endsWith('allows you to input your own parameters and see what you get.')).toBe(true);
  });

  it('the conservative imitator follows the top-k paragraph, inside the Summary', () => {
    const b = bodyOf('formal-solution-to-the-inner-alignment-problem');
    const i = placeOf(b, 'The conservative imitator', 'Imitation');
    expect(i).toBeGreaterThan(b.indexOf('top-k models sorted by posterior probability'));
    expect(i).toBeLessThan(b.indexOf('## Opinion'));
  });

  it('the first tangent-space figure follows the paragraph on the linear approximation, inside the Summary', () => {
    const b = bodyOf('updating-the-lottery-ticket-hypothesis');
    // The figures at the claim (narrow and wide networks) come first; the full model sits in the Opinion.
    const i = b.search(/^<Tangent\b/m);
    expect(placeOf(b, 'The parameter tangent space', 'Tangent')).toBeGreaterThan(b.indexOf('## Opinion'));
    expect(i).toBeGreaterThan(0);
    const before = normalise(b.slice(0, i).replace(/<Sidenote(?:\s[^>]*)?>[\s\S]*?<\/Sidenote>/g, ''));
    expect(before.endsWith('the linear approximation works quite well.')).toBe(true);
    expect(i).toBeLessThan(b.indexOf('## Opinion'));
  });

  it('the pruning demo closes the Summary of the multi-prize note', () => {
    const b = bodyOf('multi-prize-lottery-ticket-hypothesis');
    const i = placeOf(b, 'Pruning a random network', 'Pruning');
    expect(i).toBeGreaterThan(b.indexOf('demonstrate SOTA results'));
    expect(i).toBeLessThan(b.indexOf('## Opinion'));
  });
});

describe('extractClientText (the check itself can fail)', () => {
  const note = notes.find((n) => n.slug === 'mundane-solutions')!;
  const client = sections.get(note.front.title)!;

  it('catches a changed client word, even a "corrected" typo', () => {
    const fixed = note.body.replace('Universaliity Unwrapped', 'Universality Unwrapped');
    expect(fixed).not.toBe(note.body);
    expect(extractClientText(fixed)).not.toBe(client);
  });

  it('catches a word added or dropped outside an annotation', () => {
    expect(extractClientText(note.body.replace('when a war', 'win a war'))).not.toBe(client);
    expect(extractClientText(note.body.replace('fundamentally loyal', 'loyal'))).not.toBe(client);
  });

  it('catches editors\' maths that is not declared', () => {
    expect(extractClientText(note.body.replace('a war,', 'a $war$,'))).not.toBe(client);
  });

  it('ignores edits inside annotations and Ref wrappers', () => {
    const edited = note.body.replace(/(<Sidenote label="[^"]+">)/, '$1Changed editors’ words. ');
    expect(edited).not.toBe(note.body);
    expect(extractClientText(edited)).toBe(client);
  });

  it('refuses a declared maths span the note no longer uses', () => {
    expect(() => extractClientText(note.body, [['$x$', 'x']])).toThrow(/listed but not in the note/);
  });
});
