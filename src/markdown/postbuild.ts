import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported statically: the config's module runner is closed by build:done, so a dynamic import there fails.
// Importing starts nothing; Pagefind's binary runs only from createIndex().
import * as pagefind from 'pagefind';
import { headersFile, metaCsp } from './headers';

/** One built file as the precache manifest sees it: its site URL, size and content hash. */
export interface BuiltFile {
  url: string;
  bytes: number;
  hash: string;
}

/** The precache manifest: a version that changes with any file, and the URLs in fetch order. */
export interface PrecacheManifest {
  version: string;
  /** Fetched first, so the site works offline before the big data file arrives. */
  core: string[];
  /** Fetched after `core` (files of at least `lateBytes`, e.g. the ~1–8 MB MNIST asset). */
  late: string[];
}

/**
 * The URL a static host serves a built file at, given its path relative to dist/ (with `/`).
 * Directory-format pages are served at their folder with a trailing slash (trailingSlash:
 * 'always' in astro.config.mjs), so that is the key the worker must cache them under.
 * @example fileUrl('notes/x/index.html') === '/notes/x/'; fileUrl('404.html') === '/404.html'
 */
export function fileUrl(relPath: string): string {
  const p = relPath.split(sep).join('/').replace(/^\/+/, '');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

/** Not precached: the worker itself, the hosts' headers file, and Pagefind's stock UIs, which the site never loads (it has its own). */
export const PRECACHE_EXCLUDE = /^\/(sw\.js|_headers|pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css))$/;

/**
 * The precache manifest of a build: every file except the worker itself, small files first,
 * versioned by a hash over every (URL, content hash) pair, so any change to any file gives a
 * new cache name and a new deploy installs a fresh cache (the old one is deleted on activation).
 * @example precacheManifest([{ url: '/', bytes: 10, hash: 'a' }, { url: '/data/m.bin', bytes: 5e6, hash: 'b' }]).late
 *   // ['/data/m.bin']
 */
export function precacheManifest(files: BuiltFile[], { lateBytes = 1_000_000, exclude = PRECACHE_EXCLUDE } = {}): PrecacheManifest {
  const kept = files.filter((f) => !exclude.test(f.url)).sort((a, b) => a.url.localeCompare(b.url));
  const h = createHash('sha256');
  for (const f of kept) h.update(`${f.url}\0${f.hash}\n`);
  return {
    version: h.digest('hex').slice(0, 12),
    core: kept.filter((f) => f.bytes < lateBytes).map((f) => f.url),
    late: kept.filter((f) => f.bytes >= lateBytes).sort((a, b) => a.bytes - b.bytes).map((f) => f.url),
  };
}

/** Every file under `dir` with its site URL, size and a content hash. */
export function listBuiltFiles(dir: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const body = readFileSync(full);
        out.push({ url: fileUrl(relative(dir, full)), bytes: statSync(full).size, hash: createHash('sha256').update(body).digest('hex') });
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * The service worker's source: the hand-written worker (serviceWorker.js next to this file)
 * with the manifest prepended as constants.
 */
export function serviceWorkerSource(manifest: PrecacheManifest, template: string): string {
  return `const VERSION = ${JSON.stringify(manifest.version)};\nconst CORE = ${JSON.stringify(manifest.core)};\nconst LATE = ${JSON.stringify(manifest.late)};\n${template}`;
}

/** Selectors whose text is not note prose: page chrome inside the note article (contents, byline, references, citation), widget islands and their controls, KaTeX's duplicate HTML rendering. */
export const SEARCH_EXCLUDE = ['.toc', '.note-header .kicker', '.note-header .distilled', '.note-header .meta', '.note-header .tags', '.note-end', 'astro-island', '.widget', '[class*="noscript-hint"]', '.katex-html', '.katex-mathml annotation', '.heading-anchor', '.cite-button', 'noscript', 'button'];

/**
 * Astro integration, run after every other build:done hook in astro.config.mjs: builds the
 * Pagefind index of the note bodies into dist/pagefind/, writes dist/_headers (headers.ts), then dist/sw.js with a
 * precache manifest of every file in dist/ (including that index), so `npm run build` and CI
 * need no extra step and the offline copy always matches the deploy.
 */
export function searchAndOffline(): AstroIntegration {
  return {
    name: 'search-and-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE, forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: dist });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`pagefind: indexed ${added.page_count} page(s)`);

        const files = listBuiltFiles(dist);
        const policies = files.filter((f) => f.url.endsWith('/') || f.url.endsWith('.html')).map((f) => {
          const policy = metaCsp(readFileSync(join(dist, f.url.endsWith('/') ? `${f.url}index.html` : f.url), 'utf8'));
          if (!policy) throw new Error(`csp: ${f.url} has no content-security-policy <meta>`);
          return policy;
        });
        writeFileSync(join(dist, '_headers'), headersFile(policies));
        logger.info(`_headers: the security policy of ${policies.length} page(s), with frame-ancestors`);

        const manifest = precacheManifest(files);
        const template = readFileSync(fileURLToPath(new URL('./serviceWorker.js', import.meta.url)), 'utf8');
        writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(manifest, template));
        logger.info(`service worker ${manifest.version}: precaches ${manifest.core.length} + ${manifest.late.length} file(s)`);
      },
    },
  };
}
