import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// architecture.md: dependencies run one way (components/ui → src/state); enforced here, not by hope.
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
const sources = (dir: string) => readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f));

describe('dependency direction', () => {
  it('src/state imports only itself (no DOM, no preact, no compute)', () => {
    for (const file of sources('src/state')) {
      for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[A-Za-z]+$/);
    }
  });
  it('src/state uses no browser globals', () => {
    for (const file of sources('src/state')) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(window|document|location|history|localStorage)\b/);
    }
  });
  it('components/ui imports only preact, itself and src/state', () => {
    for (const file of sources('components/ui')) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^(preact(\/hooks)?|\.\/[A-Za-z]+(\.css)?|\.\.\/\.\.\/src\/state\/[A-Za-z]+)$/);
      }
    }
  });
});
