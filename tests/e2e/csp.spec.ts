import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { builtPages } from '../helpers/pages';
import { watchPage } from '../helpers/watch';

/**
 * The content security policy holds everywhere: no page, widget, worker, WebAssembly backend,
 * search or service worker trips it. Violations are caught twice: `securitypolicyviolation`
 * events (recorded in the page from its first script on) and the console errors Chromium logs
 * for them (which also come from workers). Once with the <meta> policy alone, as `astro preview`
 * serves it, and once as a static host that reads dist/_headers serves it, where the header
 * policy also binds the workers and adds frame-ancestors.
 */
// The service worker is part of what this spec tests (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const pages = builtPages();
const headerPolicy = /Content-Security-Policy: (.*)/.exec(readFileSync(join(process.env.E2E_DIST ?? 'dist', '_headers'), 'utf8'))![1]!;

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const { problems } = watchPage(page);
  // Libraries that catch a refusal and fall back (TensorFlow.js drops from WebAssembly to WebGL)
  // only warn, from the page or a worker: any message naming the policy is a violation.
  const mentions: string[] = [];
  const listen = (m: ConsoleMessage) => {
    if (/content security polic/i.test(m.text())) mentions.push(`console ${m.type()}: ${m.text()}`);
  };
  page.on('console', listen);
  page.on('worker', (w) => w.on('console', listen));
  // what was recorded since the last call (the page's own list starts afresh with each document)
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...problems.splice(0), ...mentions.splice(0)];
}

/** Scrolls the note's full model (its figure with the widget's own id) into view and waits until it has hydrated. */
async function hydrated(page: Page, id: string) {
  const island = page.locator(`[data-instance-id="${id}"] astro-island`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

/** Serves every response with the header policy, as a host reading dist/_headers would. */
async function serveHeaders(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': headerPolicy } });
  });
}

test('every page carries a strict policy in its <meta>', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'none'");
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(script, path).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+\s*$/);
  }
  expect(headerPolicy).toContain("frame-ancestors 'none'");
});

// Every page, in two halves (one per worker), each half in one context: the service worker
// installs (its whole precache) on the half's first page and serves the others. A context per
// page installed it 27 times, a third of this spec's time; the install is the same on every page.
const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)];
halves.forEach((group, half) => {
  test(`pages ${half + 1} of 2 (${group.length}, from ${group[0]}): no policy violation while loading, with the service worker installed and then serving`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await recordViolations(page);
    const found: string[] = [];
    for (const path of group) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => navigator.serviceWorker.ready);
      found.push(...(await violations()).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
});

test.describe('served with the _headers policy', () => {
  test.beforeEach(async ({ context }) => serveHeaders(context));
  // Requests still in flight when a test ends (the service worker's precache) are dropped quietly.
  test.afterEach(async ({ context }) => context.unrouteAll({ behavior: 'ignoreErrors' }));

  test('search opens, loads Pagefind and its WebAssembly, and finds a phrase', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/');
    await page.getByRole('button', { name: /search/i }).click();
    await page.getByRole('searchbox').fill('tangent space');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
  });

  test('the pruning widget trains in its worker on the WebAssembly backend', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/notes/multi-prize-lottery-ticket-hypothesis/?pruning.detailsOpen=true'); // the backend line is in the folded details
    await hydrated(page, 'pruning');
    const full = page.locator('[data-instance-id="pruning"]');
    await full.getByRole('button', { name: 'Train' }).click();
    // Not the CPU fallback: a worker refused WebAssembly by its policy falls back to it silently.
    await expect(full.locator('.prune-backend-name')).toHaveText(/^(webgl|wasm)$/, { timeout: 30_000 });
    await expect(full.locator('.prune-headline')).toHaveText(/^Step [1-9]/, { timeout: 30_000 });
    await full.getByRole('button', { name: 'Train' }).click();
    expect(await violations()).toEqual([]);
  });

  test('the priors and imitation widgets respond; the service worker installs', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/notes/report-on-semi-informative-priors/');
    await hydrated(page, 'priors');
    await page.locator('[data-instance-id="priors"]').getByRole('button', { name: 'High' }).click();
    await expect(page).toHaveURL(/priors\./);
    await page.goto('/notes/formal-solution-to-the-inner-alignment-problem/');
    await hydrated(page, 'imitation');
    await page.locator('[data-instance-id="imitation"]').getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page).toHaveURL(/imitation\.step=1/);
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await violations()).toEqual([]);
  });
});
