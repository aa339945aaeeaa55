/**
 * Lighthouse on every built page, mobile and desktop, in the same Debian Chromium the tests use:
 * performance / accessibility / best practices / SEO. Target 100 in all four (performance ≥ 98
 * allowed for machine noise). Lighthouse (~180 MB) is not a dependency of the project: the first
 * run installs a pinned version into node_modules/.cache/lighthouse-bench, so `npm ci` stays lean.
 * LIGHTHOUSE_PAGES="/,/notes/x/" limits the pages; LIGHTHOUSE_PORT (4338) picks the preview port. Served by `astro preview` (uncompressed: a
 * CDN's brotli only helps).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { builtPages } from '../helpers/pages';
import { previewServer } from '../helpers/previewServer';

const VERSION = '13.5.0';
const cache = resolve('node_modules/.cache/lighthouse-bench');
const lhEntry = join(cache, 'node_modules/lighthouse/core/index.js');
if (!existsSync(lhEntry)) {
  console.log(`installing lighthouse@${VERSION} into ${cache} (first run only)…`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cache, `lighthouse@${VERSION}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('lighthouse bench: could not install lighthouse');
}
const lighthouse = (await import(pathToFileURL(lhEntry).href)).default as (url: string, flags: object, config?: object) => Promise<{ lhr: { runtimeError?: { code: string; message: string }; categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string; numericValue?: number }> } }>;
const desktopConfig = (await import(pathToFileURL(join(cache, 'node_modules/lighthouse/core/config/desktop-config.js')).href)).default;
const chromeLauncher = await import(pathToFileURL(join(cache, 'node_modules/chrome-launcher/dist/index.js')).href);

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4338);
const { base, stop } = await previewServer({ port: PORT });
const wanted = process.env.LIGHTHOUSE_PAGES?.split(',').map((p) => p.trim()).filter(Boolean);
const pages = wanted ?? builtPages();

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const pct = (s: number | null | undefined) => (s == null ? '  –' : String(Math.round(s * 100)).padStart(3));
console.log(`${'page'.padEnd(58)} form      perf a11y  bp  seo    TBT   (target 100; perf ≥ 98; mobile TBT ≤ 100 ms)`);
let worst = 100;
const misses = new Map<string, Set<string>>();
try {
  for (const path of pages) {
    for (const form of ['mobile', 'desktop'] as const) {
      const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES }, form === 'desktop' ? desktopConfig : undefined);
      if (lhr.runtimeError) {
        console.log(`${path.padEnd(58)} ${form.padEnd(8)} not measured: ${lhr.runtimeError.code} (${lhr.runtimeError.message.slice(0, 80)})`);
        continue;
      }
      const scores = CATEGORIES.map((c) => lhr.categories[c]?.score ?? null);
      const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
      const ok = scores.every((s, i) => s !== null && s * 100 >= (i === 0 ? 98 : 100)) && (form === 'desktop' || tbt <= 100);
      worst = Math.min(worst, ...scores.map((s) => Math.round((s ?? 0) * 100)));
      for (const [id, a] of Object.entries(lhr.audits)) {
        if (a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings')) {
          misses.set(`${id}: ${a.title}`, (misses.get(`${id}: ${a.title}`) ?? new Set()).add(`${path} (${form})`));
        }
      }
      console.log(`${path.padEnd(58)} ${form.padEnd(8)} ${scores.map(pct).join('  ')}  ${`${Math.round(tbt)} ms`.padStart(6)}   ${ok ? 'ok' : 'BELOW'}`);
    }
  }
} finally {
  await chrome.kill();
  stop();
}
console.log(`lowest score anywhere: ${worst}`);
if (misses.size) {
  console.log('audits not passed (where):');
  for (const [audit, where] of misses) console.log(`  ${audit} — ${[...where].slice(0, 4).join(', ')}${where.size > 4 ? ` and ${where.size - 4} more` : ''}`);
}
