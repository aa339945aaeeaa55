import { useEffect, useState } from 'preact/hooks';

/**
 * A counter that changes when the site's theme does (the system preference or the reader's
 * toggle), so bitmaps drawn in theme colours — canvases, which CSS cannot restyle — redraw.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof matchMedia === 'undefined' || typeof MutationObserver === 'undefined') return;
    const bump = () => setVersion((v) => v + 1);
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener?.('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    return () => {
      media.removeEventListener?.('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}
