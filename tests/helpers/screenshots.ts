/**
 * `npm run screenshots [-- /path …]`: full-page PNGs of the built site (served by `astro preview`
 * on E2E_PORT) in light and dark, 390 px and 1280 px wide, into tests/screenshots/ — for looking.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { builtPages } from './pages';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : builtPages();
mkdirSync('tests/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
      const name = (path.replace(/^\/|\/$/g, '').replace(/[/?=&.]+/g, '_') || 'home') + `-${width}-${scheme}.png`;
      await page.screenshot({ path: `tests/screenshots/${name}`, fullPage: true });
      console.log(`tests/screenshots/${name}`);
    }
    await page.close();
  }
}
await browser.close();
