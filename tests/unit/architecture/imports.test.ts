/**
 * The dependency rules of shared/docs/architecture.md, checked over every source file's imports:
 * content → components/widgets → components/ui → src/state, widgets → src/compute, and
 * src/compute imports nothing outside itself (TensorFlow.js only inside its pruning model).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = process.cwd();
const COMPUTE_PACKAGE = '@intermittent-distillations/compute';
const SOURCE = /\.(ts|tsx|mts|astro|mdx)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'dist' || e.name === 'node_modules' ? [] : files(join(dir, e.name))) : SOURCE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Import specifiers of a file: static imports/exports, dynamic import() and new URL(…, import.meta.url). */
export function importsOf(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) out.add(m[1]!);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) out.add(m[1]!);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.add(m[1]!);
  return [...out];
}

const area = (abs: string): string => {
  const rel = relative(root, abs).split(sep).join('/');
  if (rel.startsWith('src/compute/')) return 'compute';
  if (rel.startsWith('src/state/')) return 'state';
  if (rel.startsWith('components/ui/')) return 'ui';
  if (rel.startsWith('components/widgets/')) return `widget:${rel.split('/')[2]}`;
  if (rel.startsWith('components/')) return 'chrome';
  if (rel.startsWith('content/')) return 'content';
  return rel.split('/')[0] ?? rel;
};

/** Resolves a specifier to the area it lands in, or "pkg:<name>" for a package. */
function target(from: string, spec: string): string {
  if (spec.startsWith('.')) return area(resolve(dirname(from), spec));
  if (spec.startsWith('~compute/') || spec.startsWith(`${COMPUTE_PACKAGE}/`)) return 'compute';
  if (spec.startsWith('~state/')) return 'state';
  if (spec.startsWith('~components/')) return area(join(root, 'components', spec.slice('~components/'.length)));
  if (spec.startsWith('~site/')) return 'src';
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return `pkg:${name}`;
}

const all = ['src', 'components', 'content'].flatMap((d) => files(join(root, d)));
const edges = all.flatMap((f) => importsOf(readFileSync(f, 'utf8')).map((spec) => ({ from: f, rel: relative(root, f), spec, to: target(f, spec) })));

describe('import rules', () => {
  it('finds the source files it checks', () => {
    expect(all.some((f) => f.includes(`${sep}compute${sep}`))).toBe(true);
    expect(edges.length).toBeGreaterThan(20);
  });

  it('parses the import forms it relies on', () => {
    expect(importsOf(`import a from './a';\nimport { b } from "../b";\nexport * from './c';\nconst d = await import('./d');\nimport './e.css';`)).toEqual(['./a', '../b', './c', './e.css', './d']);
  });

  it('src/compute imports only itself, Node built-ins in its CLI, and TensorFlow.js/mnist inside pruning', () => {
    const bad = edges.filter((e) => area(e.from) === 'compute').filter((e) => {
      if (e.to === 'compute') return false;
      if (e.to.startsWith('pkg:node:')) return !/src\/compute\/(cli\.ts|.*\/cli\.ts|pruning\/)/.test(e.rel.split(sep).join('/'));
      if (e.to.startsWith('pkg:@tensorflow/') || e.to === 'pkg:mnist') return !e.rel.split(sep).join('/').startsWith('src/compute/pruning/');
      return true;
    });
    expect(bad.map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  it('src/compute touches no DOM and no Math.random', () => {
    const offenders = all
      .filter((f) => area(f) === 'compute')
      .filter((f) => /\b(document|window)\.|Math\.random\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('has no barrel re-exporting every model', () => {
    expect(existsSync(join(root, 'src/compute/index.ts'))).toBe(false);
  });

  it('the site imports the compute package by its name and its exported entries, never by a path into it', () => {
    const exported = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'src/compute/package.json'), 'utf8')).exports).map((k) => `${COMPUTE_PACKAGE}${k.slice(1)}`));
    const site = edges.filter((e) => area(e.from) !== 'compute' && e.to === 'compute');
    expect(site.length).toBeGreaterThan(5);
    expect(site.filter((e) => !exported.has(e.spec)).map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  it('src/state imports only itself', () => {
    const bad = edges.filter((e) => area(e.from) === 'state' && e.to !== 'state');
    expect(bad.map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  // The figure menu cites a figure with the same pure formatters as the section cite dialog
  // (src/site/citation.ts, which imports only src/site/sources.ts), so the two never disagree.
  const citationHelper = (e: { from: string; spec: string }) => /(^|\/)src\/site\/citation$/.test(relative(root, resolve(dirname(e.from), e.spec)).split(sep).join('/'));
  it('components/ui imports only itself, src/state, Preact and the citation formatters', () => {
    const bad = edges.filter((e) => area(e.from) === 'ui' && !['ui', 'state'].includes(e.to) && !e.to.startsWith('pkg:preact') && !citationHelper(e));
    expect(bad.map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  it('a widget imports only itself, components/ui, src/state, src/compute and packages, never another widget or the site chrome', () => {
    const bad = edges.filter((e) => area(e.from).startsWith('widget:')).filter((e) => {
      if (e.to === area(e.from) || ['ui', 'state', 'compute'].includes(e.to) || e.to.startsWith('pkg:')) return false;
      return true;
    });
    expect(bad.map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  it('nothing below content imports upwards: compute, state and ui never import widgets, chrome or content', () => {
    const bad = edges.filter((e) => ['compute', 'state', 'ui'].includes(area(e.from)) && (e.to.startsWith('widget:') || e.to === 'chrome' || e.to === 'content'));
    expect(bad.map((e) => `${e.rel} → ${e.spec}`)).toEqual([]);
  });

  it('importing the priors model never pulls TensorFlow.js (transitively)', () => {
    const seen = new Set<string>();
    const stack = [join(root, 'src/compute/priors/index.ts')];
    const pkgs = new Set<string>();
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f) || !existsSync(f)) continue;
      seen.add(f);
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        if (spec.startsWith('.')) {
          const base = resolve(dirname(f), spec);
          stack.push(...[base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter(existsSync));
        } else pkgs.add(spec);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    expect([...pkgs].filter((p) => p.startsWith('@tensorflow/'))).toEqual([]);
  });
});
