/**
 * The part of link previews that loads with the page: a few listeners that decide whether a link
 * gets a preview and load the rest (previewPopover.ts) on first use, so a reader who never hovers
 * a link downloads nothing more.
 */
type Popover = typeof import('./previewPopover');

/** Links that get a preview: notes' sections, glossary entries, reference entries. */
export const PREVIEW_LINKS =
  'a.glossary-term, a.ref-link, .note-body a[href^="/notes/"], .note-body a[href^="#"]:not(.heading-anchor), .backlinks a[href^="/notes/"], .glossary-appears a';

/**
 * Wires hover, focus, tap, Escape and scroll to the lazily loaded popover.
 * @example initPreviewTrigger() // once per page, from the layout's script
 */
export function initPreviewTrigger(doc: Document = document): void {
  let mod: Promise<Popover> | undefined;
  let loaded: Popover | undefined;
  const load = () => (mod ??= import('./previewPopover').then((m) => (loaded = m)));
  let pointer = 'mouse';
  let pointerAt = 0;
  const target = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    // A widget's own links (permalinks to its state) are controls, not references.
    return a instanceof HTMLAnchorElement && a.matches(PREVIEW_LINKS) && !a.closest('astro-island') ? a : null;
  };
  doc.addEventListener('pointerdown', (e) => {
    pointer = e.pointerType;
    pointerAt = e.timeStamp;
    loaded?.pointerDown(e);
  }, true);
  doc.addEventListener('pointerover', (e) => {
    const a = target(e);
    if (a && e.pointerType !== 'touch') void load().then((m) => m.hoverStart(a));
  });
  doc.addEventListener('pointerout', (e) => {
    const a = target(e);
    if (a && e.pointerType !== 'touch') loaded?.hoverEnd(a);
  });
  doc.addEventListener('focusin', (e) => {
    const a = target(e);
    // A tap focuses the link too; the tap, not the focus, decides what happens then.
    if (a && !(pointer === 'touch' && e.timeStamp - pointerAt < 1000)) void load().then((m) => m.focus(a));
  });
  doc.addEventListener('focusout', (e) => loaded?.blur(e));
  doc.addEventListener('click', (e) => {
    const a = target(e);
    if (!a || pointer !== 'touch' || e.timeStamp - pointerAt > 1000) return;
    // First tap shows the preview; a second tap on the same link follows it.
    if (a.getAttribute('aria-describedby') === 'link-preview') return;
    e.preventDefault();
    void load().then((m) => m.tap(a));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') loaded?.hide();
  });
  addEventListener('scroll', () => loaded?.scrolled(), { passive: true });
}
