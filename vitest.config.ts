import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '~compute': r('./src/compute'),
      '~state': r('./src/state'),
      '~components': r('./components'),
      '~site': r('./src/site'),
    },
  },
  // Preact's automatic JSX runtime for component tests (.tsx).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
