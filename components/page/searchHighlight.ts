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

/**
 * Wraps each match of `re` in <mark class="search-hit-mark"> and returns the marks in document
 * order. Matches are found in the section's text as a whole, so a phrase that runs across a
 * link or an emphasis is still found (one mark per text node it covers).
 */
function markMatches(nodes: Text[], re: RegExp): HTMLElement[] {
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const pieces: [Text, number, number][] = [];
  for (const m of text.matchAll(new RegExp(re.source, 'gi'))) {
    const from = m.index;
    const to = from + m[0].length;
    nodes.forEach((n, i) => {
      const s = starts[i]!;
      const e = s + n.data.length;
      if (e > from && s < to && m[0].length > 0) pieces.push([n, Math.max(from, s) - s, Math.min(to, e) - s]);
    });
  }
  const marks: HTMLElement[] = [];
  // Last piece first: splitting a node keeps its head in place, so earlier offsets stay valid.
  for (const [node, a, b] of pieces.reverse()) {
    const hit = node.splitText(a);
    hit.splitText(b - a);
    const mark = document.createElement('mark');
    mark.className = 'search-hit-mark';
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
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
  let marks = markMatches(sectionTextNodes(scope, heading), new RegExp(escapeRe(phrase).replace(/ /g, '\\s+')));
  if (marks.length === 0 && words.length > 0) {
    marks = markMatches(sectionTextNodes(scope, heading), new RegExp(`\\b(${words.map(escapeRe).join('|')})\\w*`));
  }
  const first = marks[0];
  if (!first) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
}
