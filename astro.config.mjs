// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';
import { rehypeSectionHeadings } from './src/markdown/rehypeSectionHeadings.ts';
import { anchorLock } from './src/markdown/anchorLock.ts';
import { rehypeGlossary } from './src/markdown/rehypeGlossary.ts';
import { searchAndOffline } from './src/markdown/postbuild.ts';
import { inlineScriptHashes } from './src/site/inlineScripts.ts';
import { KB_DIR, KB_OUT, siteConfig } from './src/site/kb.ts';
import { lastmodFromPages } from './src/markdown/lastmod.ts';
import { join, sep } from 'node:path';

// The knowledge base this build publishes (content/, or KB_DIR: the test fixture) and where it goes.
const fixture = KB_DIR !== fileURLToPath(new URL('./content', import.meta.url));
// The public origin of the deployed site (site.json's, or SITE_URL); canonical URLs, citations, RSS and the sitemap use it.
const site = process.env.SITE_URL ?? siteConfig().origin;
const isNote = (/** @type {string} */ path) => path.startsWith(KB_DIR + sep) && path.endsWith('.mdx');

/**
 * Scripts: only the site's files and the inline scripts Astro hashes; 'wasm-unsafe-eval' lets
 * TensorFlow.js's WebAssembly backend and Pagefind compile their .wasm (no eval otherwise).
 * Styles allow inline: KaTeX's build-time HTML and the charts carry style attributes, which no
 * hash can cover ('unsafe-inline' makes Astro leave style hashes out, as the CSP spec requires).
 * frame-ancestors is ignored in a <meta> policy: it is in dist/_headers (src/markdown/headers.ts).
 */
/** @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>} */
const CSP = {
  directives: [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: await inlineScriptHashes() },
  styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
};

const r = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  site,
  outDir: KB_OUT,
  // Another knowledge base gets its own content-layer cache, so neither build reads the other's notes.
  ...(fixture ? { cacheDir: './node_modules/.astro-kb-fixture' } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // searchAndOffline last: it indexes and precaches the finished dist/.
  integrations: [
    preact(),
    mdx(),
    // lastmod: the date each page says its content last changed (a note's latest revision).
    sitemap({ serialize: lastmodFromPages(fileURLToPath(new URL(`./${KB_OUT}/`, import.meta.url))) }),
    anchorLock({ manifest: join(KB_DIR, 'anchors.json') }),
    searchAndOffline(),
  ],
  markdown: {
    // Shiki's inline styles don't fit the CSP, and the notes have no code to highlight.
    syntaxHighlight: false,
    // Astro 7's default Markdown processor runs no remark/rehype plugins; KaTeX needs unified's.
    processor: unified({
      remarkPlugins: [remarkMath],
      // Heading IDs first, so the section-heading plugin sees them; KaTeX renders at build time,
      // so no KaTeX JavaScript reaches the browser.
      rehypePlugins: [rehypeHeadingIds, rehypeSectionHeadings, [rehypeKatex, { strict: 'error', throwOnError: true }], [rehypeGlossary, { include: isNote }]],
    }),
  },
  vite: {
    // Import aliases (~compute/…) come from tsconfig "paths", which Astro reads itself.
    worker: { format: 'es' },
    // The compute workspace package is used from its TypeScript sources (its "source" export
    // condition); only `npm pack` builds its dist/. The rest are Vite's default conditions.
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    ssr: { noExternal: ['@intermittent-distillations/compute'], resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
    // Astro's prerender environment (static endpoints such as data/mnist-v2.bin) resolves like SSR.
    environments: { prerender: { resolve: { conditions: ['source', 'module', 'node', 'development|production'], noExternal: ['@intermittent-distillations/compute'] } } },
  },
  devToolbar: { enabled: false },
  // A strict content security policy in every page's <meta>: Astro hashes the scripts it emits
  // (island loaders, the head script), so no script runs unless it is the site's own.
  security: { csp: CSP },
});
