/* The site's service worker. src/markdown/postbuild.ts prepends VERSION, CORE and LATE (the
 * precache manifest of every built file) and writes it to dist/sw.js at the end of the build.
 *
 * Hand-written rather than Workbox: the whole strategy is ~60 lines (precache, cache-first,
 * network-first navigations), a library would add a build step and more bytes than the logic.
 *
 * Updates: no skipWaiting. A new deploy's worker installs its own cache (new VERSION) beside the
 * old one and waits until no tab uses the old worker; it then activates and deletes every other
 * cache. Meanwhile open tabs keep a consistent set of files (the old pages' lazily loaded chunks
 * stay in the old cache), and navigations, being network-first, already get the new pages.
 * Nothing reloads under a reader's eyes, and no prompt is needed. */
/* global VERSION, CORE, LATE */
const CACHE = `site-${VERSION}`;
const PRECACHED = new Set([...CORE, ...LATE]);
const NAV_TIMEOUT_MS = 4000;

const fresh = (url) => new Request(url, { cache: 'reload' });

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The site itself must be complete, or this version doesn't install.
      await cache.addAll(CORE.map(fresh));
      // Large files (the digits data) come last and may fail without failing the install: the
      // widget then fetches them from the network when a reader asks. A reader who asked the
      // browser to save data doesn't download them ahead of need.
      if (self.navigator.connection?.saveData) return;
      for (const url of LATE) await cache.add(fresh(url)).catch(() => {});
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      // The very first install takes the page that registered it, so its lazy chunks are cached hits.
      await self.clients.claim();
    })(),
  );
});

async function navigate(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request);
  network.catch(() => {}); // a failure is handled below; this keeps it from being reported as unhandled
  try {
    return await Promise.race([network, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NAV_TIMEOUT_MS))]);
  } catch {
    // Widget state lives in the query string: any query still opens the cached page.
    const url = new URL(request.url);
    const hit =
      (await cache.match(url.pathname, { ignoreSearch: true })) ??
      (url.pathname.endsWith('/') ? undefined : await cache.match(`${url.pathname}/`, { ignoreSearch: true }));
    if (hit) return hit;
    // Slow but not offline, and nothing cached yet: keep waiting for the network.
    return network.catch(async () => (await cache.match('/404.html')) ?? Response.error());
  }
}

async function cacheFirst(request, path) {
  const hit = await caches.match(path, { cacheName: CACHE });
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  if (PRECACHED.has(url.pathname) && !request.headers.has('range')) event.respondWith(cacheFirst(request, url.pathname));
});
