import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, FIXTURE_DIST, FIXTURE_PORT, FIXTURE_URL, PORT } from './tests/helpers/chromium';

// End-to-end tests run against the production build (`astro build` first), served by `astro preview`.
// The fixture knowledge base (tests/fixtures/kb, `npm run build:fixture` → dist-fixture/) gets a
// server of its own when it is built; tests/e2e/kb-fixture.spec.ts is the only spec that uses it.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // The JSON report is what `npm run test:slowest` reads; outputDir is a subfolder so Playwright's
  // clean-up at the start of a run leaves Vitest's report beside it alone.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    // Each page registers /sw.js, whose install precaches the whole site (about 7 MB) in every new
    // context; that work, repeated in hundreds of contexts, cost minutes on 2 cores. The specs that
    // test the worker (offline, csp) allow it again with test.use.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
    },
    ...(existsSync(`${FIXTURE_DIST}/index.html`)
      ? [
          {
            // --ignore-lock: astro allows one preview server per project otherwise.
            command: `npx astro preview --ignore-lock --outDir ${FIXTURE_DIST} --host 127.0.0.1 --port ${FIXTURE_PORT}`,
            env: { KB_DIR: 'tests/fixtures/kb', KB_OUT: FIXTURE_DIST },
            url: `${FIXTURE_URL}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
            stdout: 'ignore' as const,
          },
        ]
      : []),
  ],
});
