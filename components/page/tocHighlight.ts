/** Marks the table-of-contents entry of the section being read with aria-current. */
export function initTocHighlight(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) links.set(a.dataset.tocLink!, a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  const update = () => {
    // The current section is the last heading above a line a fifth of the way down the viewport.
    const line = window.innerHeight * 0.2;
    let current = headings[0]!;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const [id, a] of links) {
      if (id === current.id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  }, { passive: true });
  update();
}
