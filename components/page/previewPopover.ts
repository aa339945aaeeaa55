/**
 * Link previews, loaded on first use by previewTrigger.ts: a small non-modal popover
 * (role="tooltip", tied to the link by aria-describedby) with the target's heading and first
 * lines, a glossary definition or a reference's full entry. Same-page targets are read from the
 * DOM; other pages are fetched once each (same origin) and parsed with DOMParser.
 */

const ID = 'link-preview';
const MAX_CHARS = 260;
const HOVER_DELAY = 350;
const HIDE_DELAY = 250;

interface Preview {
  title: string;
  text: string;
}

const pages = new Map<string, Promise<Document | null>>();
let box: HTMLDivElement | undefined;
let current: HTMLAnchorElement | null = null;
let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let shownAt = 0;
let token = 0;

function page(pathname: string): Promise<Document | null> {
  if (pathname === location.pathname) return Promise.resolve(document);
  let p = pages.get(pathname);
  if (!p) {
    p = fetch(pathname, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => {
        pages.delete(pathname);
        return null;
      });
    pages.set(pathname, p);
  }
  return p;
}

/** Readable text of some nodes: margin notes, permalink marks and buttons out, maths as its MathML text. */
function textOf(nodes: Element[]): string {
  const holder = document.createElement('div');
  for (const n of nodes) holder.append(n.cloneNode(true));
  holder.querySelectorAll('.sn, .sidenote, .ref-link, .heading-anchor, .cite-button, button, script, style, astro-island, dialog, .katex-html, annotation').forEach((n) => n.remove());
  // Blocks run together in textContent; a space keeps "that." and "My" apart.
  holder.querySelectorAll('p, li, div, br, blockquote').forEach((n) => n.after(' '));
  return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max = MAX_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * What a link's preview shows, read from the target document: a reference entry in full, a
 * section's heading and first lines (a glossary entry's whole definition), or a page's title and
 * description.
 * @example previewOf(doc, 'ref-x') // { title: 'Reference', text: 'Ann Author. A Title. Venue, 2021.' } (the entry <li id="ref-x"> as text)
 */
export function previewOf(doc: Document, hash: string): Preview | null {
  const pageTitle = doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
  if (!hash) {
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return { title: pageTitle, text: clip(description) };
  }
  const el = doc.getElementById(hash);
  if (!el) return null;
  if (el.tagName === 'LI' && hash.startsWith('ref-')) return { title: 'Reference', text: textOf([el]) };
  if (!/^H[1-6]$/.test(el.tagName)) return { title: pageTitle, text: clip(textOf([el])) };
  const start = el.closest('.section-heading') ?? el;
  const following: Element[] = [];
  for (let n = start.nextElementSibling; n && following.length < 4; n = n.nextElementSibling) {
    if (n.matches('.section-heading, h1, h2, h3, h4, h5, h6')) break;
    following.push(n);
  }
  const exact = following.find((n) => n.matches('[data-preview-text]'));
  const heading = textOf([el]);
  const title = doc === document || pageTitle === heading ? heading : `${pageTitle} › ${heading}`;
  return { title, text: exact ? textOf([exact]) : clip(textOf(following)) };
}

function ensureBox(): HTMLDivElement {
  if (box?.isConnected) return box;
  box = document.createElement('div');
  box.id = ID;
  box.className = 'link-preview';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  box.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'touch') scheduleHide();
  });
  // Inside main so the preview belongs to a landmark (it is page content, not chrome).
  (document.querySelector('main') ?? document.body).append(box);
  return box;
}

function place(a: HTMLAnchorElement, el: HTMLDivElement): void {
  const r = a.getBoundingClientRect();
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const gap = 6;
  const left = Math.min(Math.max(8, r.left), innerWidth - w - 8);
  const below = r.bottom + gap + h <= innerHeight || r.top - gap - h < 0;
  const top = below ? r.bottom + gap : r.top - gap - h;
  el.style.left = `${left + scrollX}px`;
  el.style.top = `${top + scrollY}px`;
}

async function show(a: HTMLAnchorElement, touch: boolean): Promise<void> {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  const mine = ++token;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  const doc = await page(url.pathname);
  if (mine !== token || !doc) return;
  const preview = previewOf(doc, decodeURIComponent(url.hash.slice(1)));
  if (!preview || (!preview.text && !preview.title)) return;
  const el = ensureBox();
  el.replaceChildren();
  const title = document.createElement('p');
  title.className = 'link-preview-title';
  title.textContent = preview.title;
  el.append(title);
  if (preview.text) {
    const text = document.createElement('p');
    text.className = 'link-preview-text';
    text.textContent = preview.text;
    el.append(text);
  }
  if (touch) {
    const go = document.createElement('a');
    go.className = 'link-preview-go';
    go.href = a.href;
    go.textContent = 'Go to';
    el.append(go);
  }
  if (current && current !== a) current.removeAttribute('aria-describedby');
  current = a;
  a.setAttribute('aria-describedby', ID);
  el.hidden = false;
  place(a, el);
  shownAt = performance.now();
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_DELAY);
}

/** Closes the preview (Escape, scrolling, moving away, blur). */
export function hide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  token++;
  if (box) box.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

/** Pointer rests on a link: preview after a short delay. */
export function hoverStart(a: HTMLAnchorElement): void {
  clearTimeout(hideTimer);
  if (current === a) return;
  clearTimeout(showTimer);
  showTimer = setTimeout(() => void show(a, false), HOVER_DELAY);
}

/** Pointer leaves a link: close unless it moves into the preview. */
export function hoverEnd(a: HTMLAnchorElement): void {
  if (current !== a) clearTimeout(showTimer);
  else scheduleHide();
}

/** Keyboard focus on a link: preview at once. */
export function focus(a: HTMLAnchorElement): void {
  void show(a, false);
}

/** Focus leaves a link: close, unless it went into the preview (its "Go to" link). */
export function blur(e: FocusEvent): void {
  const to = e.relatedTarget as Node | null;
  if (current && e.target === current && !(to && box?.contains(to))) hide();
}

/** First tap on a link on a touch screen: preview with a "Go to" link. */
export function tap(a: HTMLAnchorElement): void {
  void show(a, true);
}

/** A press outside the link and the preview closes it. */
export function pointerDown(e: PointerEvent): void {
  const t = e.target as Node | null;
  if (!current || !t || current.contains(t) || box?.contains(t)) return;
  hide();
}

/** Scrolling closes the preview, except the scroll that focusing a link may cause as it opens. */
export function scrolled(): void {
  if (!current || !box) return;
  if (performance.now() - shownAt < 400) place(current, box);
  else hide();
}
