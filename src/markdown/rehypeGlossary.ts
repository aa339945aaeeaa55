import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { GLOSSARY, findTerms, type GlossaryTerm } from '../site/glossary';

interface Options {
  terms?: readonly GlossaryTerm[];
  /** Which files to link: by default the notes, content/<slug>.mdx. */
  include?: (path: string) => boolean;
}

// Where a glossary link would be wrong: headings keep the client's words bare, links can't nest,
// maths is KaTeX markup, and components (margin notes, references, widgets) are the editors'.
const SKIP_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'script', 'style', 'svg', 'button', 'label', 'figure']);
const SKIP_CLASSES = ['katex', 'katex-display', 'math', 'math-inline', 'math-display', 'section-heading', 'sn', 'sidenote'];
const SKIP_TYPES = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'raw']);

function skipped(node: Element): boolean {
  if (SKIP_TAGS.has(node.tagName)) return true;
  const cls: unknown = node.properties?.className;
  const list: string[] = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
  return list.some((c) => SKIP_CLASSES.includes(c));
}

/**
 * Rehype plugin: links the first use of each glossary term in a note to its entry on /glossary/,
 * at build time, so the MDX source (the client's words) is untouched. Case-insensitive, on word
 * boundaries, at most once per term per note; headings, links, maths, margin notes, references
 * and widgets are left alone.
 * @example unified().use(rehypeGlossary, { include: () => true }) turns <p>A mesa-optimizer.</p> into <p>A <a href="/glossary/#mesa-optimizer" class="glossary-term">mesa-optimizer</a>.</p>
 */
export function rehypeGlossary(options: Options = {}) {
  const terms = options.terms ?? GLOSSARY;
  const include = options.include ?? ((path: string) => /[\\/]content[\\/][^\\/]+\.mdx$/.test(path));
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!include(path)) return;
    linkTerms(tree, terms, new Set());
  };
}

/**
 * Links the first use of each term under `parent`, in document order, skipping the places listed
 * above; `used` holds the terms already linked (the caller's note) and is updated.
 * @example linkTerms(tree, GLOSSARY, new Set()) // mutates tree; a second call links nothing new
 */
export function linkTerms(parent: Root | Element, terms: readonly GlossaryTerm[], used: Set<string>): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (SKIP_TYPES.has(node.type)) continue;
    if (node.type === 'element') {
      if (!skipped(node)) linkTerms(node, terms, used);
      continue;
    }
    if (node.type !== 'text') continue;
    const matches = findTerms(node.value, terms, used);
    if (matches.length === 0) continue;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const m of matches) {
      used.add(m.id);
      if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) } satisfies Text);
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `/glossary/#${m.id}`, className: ['glossary-term'] },
        children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
      });
      at = m.end;
    }
    if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
    children.splice(i, 1, ...(parts as RootContent[]));
    i += parts.length - 1;
  }
}
