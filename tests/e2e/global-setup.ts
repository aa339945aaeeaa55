import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../helpers/chromium';

/** Fails early with the fix, rather than with Playwright's hint to download a browser (which can't work here). */
export default function globalSetup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` first (npm run test:e2e does).');
  }
}
