import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // The compute workspace package from its TypeScript sources (see astro.config.mjs).
    conditions: ['source', 'module', 'node', 'development|production'],
    alias: {
      '~compute': r('./src/compute'),
      '~state': r('./src/state'),
      '~components': r('./components'),
      '~site': r('./src/site'),
    },
  },
  // Preact's automatic JSX runtime for component tests (.tsx).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Not externalised to Node (which knows no "source" condition): Vite resolves and transforms it.
  ssr: { noExternal: ['@intermittent-distillations/compute'], resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    server: { deps: { inline: ['@intermittent-distillations/compute'] } },
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    // Every core: Vitest's default leaves one free, which on these 2-core machines meant one
    // worker (86 s for the suite against 51 s with two).
    maxWorkers: availableParallelism(),
    // The JSON report is what `npm run test:slowest` reads.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
