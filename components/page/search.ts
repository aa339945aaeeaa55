/**
 * Opens the search dialog from the header button, `/` or Ctrl/⌘-K (not while typing in a
 * field). Kept tiny because it ships on every page: the result list and Pagefind itself are
 * imported on first open, and the hit highlighter only when a page is opened from a result.
 */
export function initSearch(): void {
  // BaseLayout renders both on every page.
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]')!;
  let ui: Promise<unknown> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    ui ??= import('./searchUi').then((m) => m.attachSearch(dialog));
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (dialog.open || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod ? e.key.toLowerCase() === 'k' : e.key === '/') {
      e.preventDefault();
      open();
    }
  });
  if (new URLSearchParams(location.search).has('q')) void import('./searchHighlight').then((m) => m.highlightFromUrl());
}
