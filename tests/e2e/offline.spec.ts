import { expect, test, type Page } from '@playwright/test';

// The service worker is what this spec tests (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const FIRST = '/notes/mundane-solutions/';
const OTHER = '/notes/updating-the-lottery-ticket-hypothesis/';
const WIDGET = '/notes/report-on-semi-informative-priors/';

/** The manifest the build wrote into /sw.js (its first lines are constants). */
async function manifest(page: Page): Promise<{ version: string; urls: string[] }> {
  return page.evaluate(async () => {
    const src = await (await fetch('/sw.js')).text();
    const get = (name: string) => JSON.parse(new RegExp(`const ${name} = (.*);`).exec(src)![1]!);
    return { version: get('VERSION') as string, urls: [...get('CORE'), ...get('LATE')] as string[] };
  });
}

/** After one visit: waits until the worker is active, i.e. its install (the whole precache) has finished. */
async function visitOnce(page: Page) {
  await page.goto(FIRST);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('the precache lists every built file, including the index, fonts, widget and TensorFlow.js code, and the digits', async ({ page }) => {
  await page.goto('/');
  const { urls } = await manifest(page);
  const has = (re: RegExp) => urls.some((u) => re.test(u));
  for (const re of [/^\/$/, /^\/404\.html$/, /^\/notes\/[^/]+\/$/, /^\/katex\/katex\.min\.css$/, /^\/katex\/fonts\/KaTeX_Main-Regular\.woff2$/,
    /^\/pagefind\/pagefind\.js$/, /^\/pagefind\/pagefind-entry\.json$/, /^\/pagefind\/fragment\//, /^\/pagefind\/index\//,
    /^\/_astro\/PriorsIsland\.[^/]+\.js$/, /^\/_astro\/pruning\.worker-[^/]+\.js$/, /^\/_astro\/tfjs-backend-wasm[^/]*\.wasm$/, /^\/data\/mnist-v\d+\.bin$/]) {
    expect(has(re), `${re} precached`).toBe(true);
  }
  expect(urls).not.toContain('/sw.js');
  // The big digits file comes last, after everything the pages need.
  expect(urls.at(-1)).toMatch(/^\/data\/mnist-v\d+\.bin$/);
});

test('after one visit the site works with no network: notes, home, glossary, search, a widget, the digits', async ({ page, context }) => {
  test.setTimeout(90_000);
  await visitOnce(page);
  const { version, urls } = await manifest(page);
  const cached = await page.evaluate(async (v) => {
    const keys = await caches.keys();
    const cache = await caches.open(`site-${v}`);
    return { keys, paths: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  }, version);
  expect(cached.keys).toEqual([`site-${version}`]);
  expect(new Set(cached.paths)).toEqual(new Set(urls));

  await context.setOffline(true);
  const res = await page.goto(OTHER);
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('Lottery Ticket');
  await expect(page.locator('.katex').first()).toBeVisible();
  // KaTeX's fonts load from the cache (check() alone would pass for a face that never loaded).
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
  });
  expect(loaded).toContain('KaTeX_Main');

  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  if (urls.includes('/glossary/')) {
    expect((await page.goto('/glossary/'))?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
  }

  // Search: Pagefind and its index come from the cache.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await dialog.getByRole('searchbox').fill('mesa-optimizer');
  await expect(dialog.getByRole('link').first()).toBeVisible();

  // Widget state in the query string still opens the cached page, and the island hydrates.
  await page.goto(`${WIDGET}?priors.ftp=1%2F100`);
  await page.locator('section.priors').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="PriorsIsland"]:has(section.priors)')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'High' })).toBeEnabled();

  // TensorFlow.js's wasm and the digits are served offline too.
  const assets = urls.filter((u) => /\.wasm$|^\/data\/mnist/.test(u));
  const statuses = await page.evaluate((list) => Promise.all(list.map(async (u) => (await fetch(u)).status)), assets);
  expect(statuses).toEqual(assets.map(() => 200));

  // An unknown page offline gets the site's 404 page, not the browser's error.
  await page.goto('/notes/no-such-note/');
  await expect(page.locator('h1')).toHaveText('Page not found');
});
