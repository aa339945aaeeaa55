/**
 * The part of link previews that loads with the page: a few listeners that decide whether a link
 * gets a preview and load the rest (previewPopover.ts) on first use, so a reader who never hovers
 * a link downloads nothing more. Kept small: every byte here counts against the 5 KB page budget.
 */
type Popover = typeof import('./previewPopover');

/** Links that get a preview: in a note's text, its backlinks or the glossary's "appears in", the site's own pages and this page's sections (glossary terms, note sections, reference entries). */
export const PREVIEW_LINKS = ':is(.note-body, .backlinks, .glossary-appears) a:is([href^="/"], [href^="#"]):not(.heading-anchor)';

/**
 * Wires hover, focus, tap, Escape and scroll to the lazily loaded popover.
 * @example initPreviewTrigger() // once per page, from the layout's script
 */
export function initPreviewTrigger(): void {
  let mod: Promise<Popover> | undefined;
  let loaded: Popover | undefined;
  const load = () => (mod ??= import('./previewPopover').then((m) => (loaded = m)));
  let pointer = '';
  let pointerAt = 0;
  // A tap also focuses the link and fires a click; the tap, not the focus, decides what happens.
  const tapped = (e: Event) => pointer === 'touch' && e.timeStamp - pointerAt < 1000;
  const target = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    // A widget's own links (permalinks to its state) are controls, not references.
    return a instanceof HTMLAnchorElement && a.matches(PREVIEW_LINKS) && !a.closest('astro-island') ? a : null;
  };
  const on = (type: string, fn: (e: Event & Partial<PointerEvent>, a: HTMLAnchorElement | null) => void, capture = false) =>
    document.addEventListener(type, (e) => fn(e, target(e)), capture);
  on('pointerdown', (e) => {
    pointer = e.pointerType!;
    pointerAt = e.timeStamp;
    loaded?.pointerDown(e as PointerEvent);
  }, true);
  on('pointerover', (e, a) => {
    if (a && e.pointerType !== 'touch') void load().then((m) => m.hoverStart(a));
  });
  on('pointerout', (e, a) => {
    if (a && e.pointerType !== 'touch') loaded?.hoverEnd(a);
  });
  on('focusin', (e, a) => {
    if (a && !tapped(e)) void load().then((m) => m.focus(a));
  });
  on('focusout', (e) => loaded?.blur(e as FocusEvent));
  on('click', (e, a) => {
    // First tap shows the preview; a second tap on the same link follows it.
    if (!a || !tapped(e) || a.getAttribute('aria-describedby') === 'link-preview') return;
    e.preventDefault();
    void load().then((m) => m.tap(a));
  });
  on('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') loaded?.hide();
  });
  addEventListener('scroll', () => loaded?.scrolled(), { passive: true });
}
