import type { Element, Root, RootContent } from 'hast';
import { formatIsoDate } from '../site/sources';

/** A revision as the frontmatter gives it to plugins (dates may be parsed YAML timestamps). */
interface RawRevision {
  date?: unknown;
  sections?: unknown;
}
interface FileData {
  data?: { astro?: { frontmatter?: { revisions?: RawRevision[] } } };
}

const isoOf = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d ?? ''));

/**
 * Heading id → the latest revision that touched it (its number in date order, as the
 * "Updates and corrections" list numbers them, and its date).
 * @example revisedSections([{ date: '2026-12-03', sections: ['opinion'] }]).get('opinion') // { n: 1, date: '2026-12-03' }
 */
export function revisedSections(revisions: readonly RawRevision[] | undefined): Map<string, { n: number; date: string }> {
  const out = new Map<string, { n: number; date: string }>();
  const sorted = [...(revisions ?? [])].map((r) => ({ ...r, date: isoOf(r.date) })).sort((a, b) => a.date.localeCompare(b.date));
  sorted.forEach((r, i) => {
    for (const id of Array.isArray(r.sections) ? r.sections : []) out.set(String(id), { n: i + 1, date: r.date });
  });
  return out;
}

/**
 * Wraps every h2/h3 of a note in a `.section-heading` block with a permalink anchor and a cite
 * button. The anchor and button sit beside the heading, not inside it, so the heading's text (and
 * the table of contents built from it) stays exactly the client's words.
 * The cite button is `needs-js`: without JavaScript it would do nothing, so CSS hides it unless the
 * head script marked the page `js` before first paint (revealing it later would move the page).
 * A section a revision touched (the note's frontmatter `revisions`) says so beside its cite
 * button, linking to the revision in "Updates and corrections".
 */
export function rehypeSectionHeadings() {
  return (tree: Root, file: FileData) => {
    wrap(tree, revisedSections(file.data?.astro?.frontmatter?.revisions));
  };
}

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function wrap(parent: Root | Element, revised: Map<string, { n: number; date: string }>): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties?.id === 'string') {
      const id = node.properties.id;
      const title = textOf(node).trim();
      const block: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['section-heading', `section-heading--${node.tagName}`] },
        children: [
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Permalink to section “${title}”` },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'button',
            properties: {
              type: 'button',
              className: ['cite-button', 'needs-js'],
              dataCiteSection: id,
              dataCiteTitle: title,
              ariaLabel: `Cite section “${title}”`,
            },
            children: [{ type: 'text', value: 'Cite' }],
          },
          ...(revised.has(id) ? [revisedMark(id, title, revised.get(id)!)] : []),
        ],
      };
      children[i] = block;
    } else if (node.tagName !== 'div' || !(node.properties?.className as string[] | undefined)?.includes('section-heading')) {
      wrap(node, revised);
    }
  }
}

function revisedMark(id: string, title: string, r: { n: number; date: string }): Element {
  const date = formatIsoDate(r.date);
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['revised-mark'], href: `#revision-${r.n}`, dataRevisedSection: id, ariaLabel: `revised ${date}: section “${title}”, see Updates and corrections` },
    children: [{ type: 'text', value: `revised ${date}` }],
  };
}
