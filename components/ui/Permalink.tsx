import { useEffect, useState } from 'preact/hooks';

/**
 * The link that reproduces a widget's figure: the page path with the widget's query string. The
 * href stays relative and the text shows it on the origin the page is served from (a preview,
 * a mirror, localhost), so a copied link opens where the reader is; the canonical origin belongs
 * in meta tags, feeds and .bib files. The server renders the path alone (it cannot know the
 * origin); one line, cut with an ellipsis, so the longer hydrated text never moves the page.
 */
export interface PermalinkProps {
  /** Page path, e.g. "/notes/report-on-semi-informative-priors/". */
  path: string;
  /** The widget's serialised state (src/state `serialize`), without "?". */
  query: string;
  class?: string;
  testId?: string;
}

/** The origin this page is served from, or '' on the server and on the first (hydrating) render. */
export function useServedOrigin(): string {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}

export function Permalink({ path, query, class: className, testId }: PermalinkProps) {
  const origin = useServedOrigin();
  const [status, setStatus] = useState('');
  const href = `${path}${query ? `?${query}` : ''}`;
  const full = `${origin}${href}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(full);
      setStatus('Copied');
    } catch {
      setStatus('Select the link to copy it');
    }
  };
  useEffect(() => setStatus(''), [full]);
  return (
    <p class={`permalink${className ? ` ${className}` : ''}`}>
      <span class="permalink-label">Link to this figure:</span>{' '}
      <a href={href} data-testid={testId} title={full}>
        {full}
      </a>
      {/* Rendered from the start but unseen until it works, so its arrival moves nothing. */}
      <button type="button" class={`ui-button permalink-copy no-print${origin ? '' : ' is-pending'}`} disabled={!origin} onClick={() => void copy()}>
        Copy link
      </button>
      <span class="permalink-status" aria-live="polite">{status}</span>
    </p>
  );
}
