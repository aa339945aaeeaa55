import type { Element, Root, RootContent } from 'hast';

/**
 * Wraps every h2/h3 of a note in a `.section-heading` block with a permalink anchor and a cite
 * button. The anchor and button sit beside the heading, not inside it, so the heading's text (and
 * the table of contents built from it) stays exactly the client's words.
 * The cite button is `needs-js`: without JavaScript it would do nothing, so CSS hides it unless the
 * head script marked the page `js` before first paint (revealing it later would move the page).
 */
export function rehypeSectionHeadings() {
  return (tree: Root) => {
    wrap(tree);
  };
}

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function wrap(parent: Root | Element): void {
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
        ],
      };
      children[i] = block;
    } else if (node.tagName !== 'div' || !(node.properties?.className as string[] | undefined)?.includes('section-heading')) {
      wrap(node);
    }
  }
}
