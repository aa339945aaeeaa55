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

// The public origin of the deployed site; canonical URLs, citations, RSS and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://distillations.example.org';

const r = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // searchAndOffline last: it indexes and precaches the finished dist/.
  integrations: [preact(), mdx(), sitemap(), anchorLock({ manifest: r('./content/anchors.json') }), searchAndOffline()],
  markdown: {
    // Astro 7's default Markdown processor runs no remark/rehype plugins; KaTeX needs unified's.
    processor: unified({
      remarkPlugins: [remarkMath],
      // Heading IDs first, so the section-heading plugin sees them; KaTeX renders at build time,
      // so no KaTeX JavaScript reaches the browser.
      rehypePlugins: [rehypeHeadingIds, rehypeSectionHeadings, [rehypeKatex, { strict: 'error', throwOnError: true }], rehypeGlossary],
    }),
  },
  vite: {
    // Import aliases (~compute/…) come from tsconfig "paths", which Astro reads itself.
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
