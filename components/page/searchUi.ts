/**
 * The search dialog's behaviour, loaded on first open: queries Pagefind (imported from
 * /pagefind/pagefind.js only now, so no page pays for the index before search opens) and shows
 * one link per matching section — note title, section title, excerpt with <mark>ed hits.
 * A plain list of links rather than Pagefind's stock UI: lighter, and links are natively
 * accessible; ↑/↓ move between the input and the links, Enter opens one.
 */

interface PagefindSubResult { title: string; url: string; excerpt: string; locations: number[] }
interface PagefindData { url: string; meta: { title?: string }; excerpt: string; sub_results: PagefindSubResult[] }
interface PagefindResult { data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, opts?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** One row of the result list: a section of a note. */
export interface SearchHit { href: string; note: string; section: string | null; excerpt: string }

const MAX_PAGES = 8;
const MAX_SECTIONS_PER_PAGE = 3;

/**
 * The link for a hit: the section's URL with the query in `q`, which searchHighlight.ts turns
 * into <mark>s on arrival (then drops from the URL). Widget keys are `<id>.<param>`, so `q` is free.
 * @example hitHref('/notes/x/#summary', 'tangent space') === '/notes/x/?q=tangent+space#summary'
 */
export function hitHref(url: string, query: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('q', query);
  return `${u.pathname}${u.search}${u.hash}`;
}

/** A page's matching sections, most hits first; the part before the first heading counts as the note itself. */
export function hitsOf(data: PagefindData, query: string): SearchHit[] {
  const note = data.meta.title ?? data.url;
  const subs = data.sub_results.length > 0 ? [...data.sub_results] : [{ title: note, url: data.url, excerpt: data.excerpt, locations: [0] }];
  subs.sort((a, b) => b.locations.length - a.locations.length);
  return subs.slice(0, MAX_SECTIONS_PER_PAGE).map((s) => ({
    href: hitHref(s.url, query),
    note,
    section: s.url.includes('#') && s.title !== note ? s.title : null,
    excerpt: s.excerpt,
  }));
}

/** Pagefind's excerpt as DOM: its text, with only its <mark> elements kept (nothing else is trusted). */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const n of doc.body.firstChild?.childNodes ?? []) {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 22 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Wires the dialog rendered by Search.astro. */
export function attachSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const ready = loadPagefind().catch(() => {
    status.textContent = 'Search is unavailable: its index could not be loaded.';
    return null;
  });

  // Only the latest keystroke's search may render: an older one finishing late would replace
  // the list (and the focused link) under the reader.
  let latest = 0;
  let shown: string | null = null;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    const pf = await ready;
    if (!pf || mine !== latest || query === shown) return;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      shown = query;
      return;
    }
    const search = await pf.debouncedSearch(query, {}, 120);
    if (!search || mine !== latest) return;
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine !== latest) return;
    shown = query;
    const hits = pages.flatMap((d) => hitsOf(d, query));
    list.replaceChildren(
      ...hits.map((h) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = h.href;
        a.className = 'search-hit';
        const title = document.createElement('span');
        title.className = 'search-hit-title';
        title.textContent = h.section ? `${h.note} › ${h.section}` : h.note;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-hit-excerpt';
        excerpt.append(...excerptNodes(h.excerpt));
        a.append(title, excerpt);
        li.append(a);
        return li;
      }),
    );
    status.textContent = hits.length === 0 ? `No results for “${query}”.` : `${hits.length} section${hits.length === 1 ? '' : 's'} found.`;
  };
  input.addEventListener('input', () => void run());
  if (input.value) void run();

  dialog.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (all.length === 0) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      (next < 0 ? input : all[next]!).focus();
    } else if (e.key === 'Enter' && e.target === input) {
      // The form is method=dialog: Enter would only close it. Open the first result instead.
      e.preventDefault();
      const first = all[0];
      if (first) location.assign(first.href);
    }
  });
  // A click on the backdrop (the dialog element itself, outside the form) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
}
