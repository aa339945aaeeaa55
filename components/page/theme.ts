/**
 * The theme toggle: follows the system until the reader chooses, then remembers the choice.
 * The inline head script applies the stored choice before paint; this only wires the button.
 */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const current = () => (root.dataset.theme as 'light' | 'dark' | undefined) ?? (dark.matches ? 'dark' : 'light');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => {
      const isDark = current() === 'dark';
      button.setAttribute('aria-pressed', String(isDark));
      button.querySelector('[data-theme-label]')!.textContent = 'Dark theme';
    };
    sync();
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      sync();
    });
    dark.addEventListener('change', sync);
  }
}
