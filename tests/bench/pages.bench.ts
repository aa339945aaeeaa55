/**
 * Page weight: for every built page, the bytes a first visit transfers, by type, as a CDN would
 * serve them (brotli). Budget for a note page: ≤ 50 KB compressed in all excluding fonts, of
 * which ≤ 5 KB JavaScript. Loads each page in Chromium so only what the page really requests
 * counts (fonts KaTeX actually uses; no widget code until a reader starts a widget).
 */
import { chromium } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT } from '../helpers/chromium';
import { builtPages } from '../helpers/pages';
import { previewServer } from '../helpers/previewServer';

// E2E_DIST: measure a build in another directory (parallel work builds into separate dirs).
const dist = process.env.E2E_DIST ?? 'dist';
const { stop } = await previewServer({ port: PORT, dist });

type Kind = 'html' | 'css' | 'js' | 'font' | 'data' | 'other';
const kindOf = (type: string, url: string): Kind => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (type === 'font') return 'font';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
};
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log('page'.padEnd(58), '  html    css     js   font  other | total-fonts (KB, brotli)  budget (JS includes scripts inlined in the HTML)');
let worst = 0;
for (const path of builtPages(dist)) {
  const page = await browser.newPage();
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, data: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    pending.push(
      res.body().then(
        (body) => { sizes[kindOf(res.request().resourceType(), res.url())] += br(body); },
        () => { /* redirects have no body */ },
      ),
    );
  });
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  // Astro inlines small scripts into the HTML: count them as JavaScript, not as HTML.
  const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (s) => s.map((el) => el.textContent ?? '').join('\n'));
  const inlineJs = inline ? br(Buffer.from(inline)) : 0;
  await Promise.all(pending);
  await page.close();
  sizes.js += inlineJs;
  sizes.html = Math.max(0, sizes.html - inlineJs);
  const total = sizes.html + sizes.css + sizes.js + sizes.data + sizes.other;
  const isNote = path.startsWith('/notes/');
  const ok = !isNote || (total <= 50 * 1024 && sizes.js <= 5 * 1024);
  if (isNote) worst = Math.max(worst, total);
  console.log(
    path.padEnd(58), kb(sizes.html), kb(sizes.css), kb(sizes.js), kb(sizes.font), kb(sizes.other + sizes.data), '|', kb(total).padStart(11),
    isNote ? `  ${ok ? 'ok' : 'OVER'} (≤ 50 KB, JS ≤ 5 KB)` : '',
  );
}
console.log(`heaviest note page: ${(worst / 1024).toFixed(1)} KB compressed excluding fonts (target ≤ 50 KB)`);
await browser.close();
stop();
