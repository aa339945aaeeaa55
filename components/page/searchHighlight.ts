/**
 * Arriving from a search result (`?q=…#section`): marks the query's words in that section,
 * scrolls the first mark into view, and drops `q` from the address so a copied link stays clean.
 */

const SKIP = 'script, style, mark, .katex, .heading-anchor, .cite-button, button, astro-island, .toc';

/**
 * What to look for: the whole phrase first; if the section lacks it, each word of 3+ letters.
 * @example searchTerms('  Parameter tangent  space ') // { phrase: 'parameter tangent space', words: ['parameter', 'tangent', 'space'] }
 */
export function searchTerms(q: string): { phrase: string; words: string[] } {
  const phrase = q.trim().replace(/\s+/g, ' ').toLowerCase();
  return { phrase, words: [...new Set(phrase.split(' ').filter((w) => w.length >= 3))] };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text nodes of the section that starts at `heading` (up to the next h2/h3), or of `root` when there is none. */
function sectionTextNodes(root: Element, heading: Element | null): Text[] {
  const headings = [...root.querySelectorAll('h2, h3')];
  const next = heading ? headings[headings.indexOf(heading) + 1] ?? null : headings[0] ?? null;
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (heading && !(heading.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (next && next.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    if (t.parentElement?.closest(SKIP) || !t.data.trim()) continue;
    out.push(t);
  }
  return out;
}

/** Wraps each match of `re` in the given text nodes in <mark class="search-hit-mark">; returns the marks. */
function markMatches(nodes: Text[], re: RegExp): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    let rest: Text = node;
    for (;;) {
      re.lastIndex = 0;
      const m = re.exec(rest.data);
      if (!m) break;
      const hit = rest.splitText(m.index);
      rest = hit.splitText(m[0].length);
      const mark = document.createElement('mark');
      mark.className = 'search-hit-mark';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.push(mark);
    }
  }
  return marks;
}

export function highlightFromUrl(): void {
  const url = new URL(location.href);
  const q = url.searchParams.get('q') ?? '';
  url.searchParams.delete('q');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const root = document.querySelector('.note-body') ?? document.querySelector('main');
  const { phrase, words } = searchTerms(q);
  if (!root || !phrase) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  const scope = heading && !root.contains(heading) ? document.querySelector('main')! : root;
  let marks = markMatches(sectionTextNodes(scope, heading), new RegExp(escapeRe(phrase).replace(/ /g, '\\s+'), 'i'));
  if (marks.length === 0 && words.length > 0) {
    marks = markMatches(sectionTextNodes(scope, heading), new RegExp(`\\b(${words.map(escapeRe).join('|')})\\w*`, 'i'));
  }
  const first = marks[0];
  if (!first) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
}
