/**
 * The link that reproduces a widget's figure: the page path with the widget's query string,
 * printed with the site's canonical origin (what a reader should cite), while the link itself
 * stays relative so it also works on a preview or offline copy. Rendered on the server too, so
 * the printed and no-JavaScript page carries it.
 */
export interface PermalinkProps {
  /** Page path, e.g. "/notes/report-on-semi-informative-priors/". */
  path: string;
  /** The widget's serialised state (src/state `serialize`), without "?". */
  query: string;
  /** Canonical origin, e.g. "https://example.org" (Astro.site); empty prints the path alone. */
  origin?: string;
  class?: string;
  testId?: string;
}

export function Permalink({ path, query, origin = '', class: className, testId }: PermalinkProps) {
  const href = `${path}${query ? `?${query}` : ''}`;
  return (
    <p class={className}>
      Link to this figure:{' '}
      <a href={href} data-testid={testId}>
        {`${origin}${href}`}
      </a>
    </p>
  );
}
