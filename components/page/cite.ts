import { citableFromData } from '../../src/site/citableData';
import type { Section } from '../../src/site/citation';

const ACCESSED = () => new Date().toISOString().slice(0, 10);
// The formatters load on the first cite: every note page carries this script, few readers cite.
const citation = () => import('../../src/site/citation');

/**
 * Cite actions: every `[data-cite-section]` button opens the dialog with the permalink, a
 * plain-text citation and BibTeX for that section (empty id: the whole note); selecting text in
 * the note offers a link to that passage as a text fragment.
 */
export function initCite(): void {
  const article = document.querySelector<HTMLElement>('[data-cite-note]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-cite-dialog]');
  if (!article || !dialog) return;
  // What a reader copies must open where they are (a preview, a mirror, localhost); the
  // canonical origin stays in the meta tags, feeds and .bib files.
  const note = citableFromData({ ...article.dataset }, location.origin);
  if (!note) return;
  const out = (name: string) => dialog.querySelector<HTMLTextAreaElement>(`[data-cite-out="${name}"]`)!;
  const status = dialog.querySelector<HTMLElement>('[data-cite-status]')!;
  const heading = dialog.querySelector<HTMLElement>('[data-cite-heading]')!;
  const version = dialog.querySelector<HTMLElement>('[data-cite-version]');

  const open = async (section: Section | null, passage?: string) => {
    const { sectionUrl, textFragmentUrl, toBibtex, toPlainText, versionLine } = await citation();
    const accessed = ACCESSED();
    heading.textContent = passage ? 'Link to this passage' : section ? `Cite “${section.title}”` : 'Cite this note';
    out('permalink').value = passage ? textFragmentUrl(note.url, passage) : sectionUrl(note, section);
    out('plain').value = toPlainText(note, section, accessed);
    out('bibtex').value = toBibtex(note, section, accessed);
    if (version) version.textContent = `Cites ${versionLine(note)}.`;
    status.textContent = '';
    dialog.showModal();
    out('permalink').select();
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-cite-section]')) {
    const id = button.dataset.citeSection!;
    button.addEventListener('click', () => void open(id ? { id, title: button.dataset.citeTitle! } : null));
  }

  dialog.addEventListener('click', async (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-copy]');
    if (target) {
      const field = out(target.dataset.copy!);
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Copied to the clipboard.';
      } catch {
        field.select();
        status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      }
    } else if (event.target === dialog) {
      dialog.close(); // a click on the backdrop
    }
  });

  const passageButton = document.querySelector<HTMLButtonElement>('[data-passage-link]');
  if (!passageButton) return;
  let passage = '';
  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? '';
      const body = article.querySelector('.note-body');
      if (!selection || selection.rangeCount === 0 || text.length < 3 || !body?.contains(selection.anchorNode)) {
        passageButton.hidden = true;
        return;
      }
      passage = text;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      passageButton.style.top = `${window.scrollY + rect.bottom + 8}px`;
      passageButton.style.left = `${Math.max(8, window.scrollX + rect.left)}px`;
      passageButton.hidden = false;
    }, 150);
  });
  passageButton.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
  passageButton.addEventListener('click', () => {
    passageButton.hidden = true;
    void open(null, passage);
  });
}
