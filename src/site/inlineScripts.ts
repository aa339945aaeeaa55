/**
 * The page's two hand-written inline scripts, kept as strings so astro.config.mjs can hash them
 * into the content security policy (Astro hashes the scripts it bundles, not `is:inline` ones).
 * BaseLayout renders them byte for byte with `set:html`; any edit here changes its hash with it.
 */

/**
 * Runs before first paint: `js` gives the controls that need JavaScript their place from the
 * first frame (no layout shift), and a stored theme never flashes the other one.
 */
export const HEAD_SCRIPT =
  "document.documentElement.classList.add('js');" +
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/**
 * Registers the service worker (written at build end by src/markdown/postbuild.ts) after load,
 * so it never competes with the page; a failure shows in the console, which e2e tests watch.
 */
export const SW_SCRIPT = "addEventListener('load',function(){navigator.serviceWorker&&navigator.serviceWorker.register('/sw.js')})";

/** CSP source expressions ('sha256-…') for the inline scripts. */
export async function inlineScriptHashes(): Promise<`sha256-${string}`[]> {
  const { createHash } = await import('node:crypto');
  return [HEAD_SCRIPT, SW_SCRIPT].map((s) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}` as const);
}
