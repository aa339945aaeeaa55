/**
 * Which knowledge base a build publishes, and that knowledge base's own identity.
 *
 * A knowledge base is a folder: its notes (`*.mdx`), `sources.json` (the bibliography, posts
 * included), `anchors.json` (the lock of citable heading ids) and `site.json` (the site's
 * identity: title, editors, canonical origin, language, description). The published one is
 * `content/`; `KB_DIR` points a build at another (the test fixture, tests/fixtures/kb/), and
 * `KB_OUT` at another output folder, so a fixture build never overwrites dist/.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface SiteConfig {
  /** The site's name: header, <title>, og:site_name, citation_publisher. */
  title: string;
  /** Who writes the annotations, the models and the editors' notes, as they are credited. */
  editors: string;
  /** Canonical origin of the deployed site (SITE_URL overrides it). */
  origin: string;
  /** BCP 47 language of the notes. */
  language: string;
  /** The home page's meta description. */
  description: string;
  /** Per post (a key of sources.json): the home page's lede for its group. */
  posts: Record<string, { lede?: string }>;
}

const FIELDS = ['title', 'editors', 'origin', 'language', 'description', 'posts'];

/**
 * Checks a parsed site.json, naming the file and the field of the first problem.
 * @example parseSiteConfig({ title: 'T', editors: 'Editors of T', origin: 'https://x.org', language: 'en', description: 'D' }, 'site.json').posts // {}
 */
export function parseSiteConfig(raw: unknown, file: string): SiteConfig {
  const fail = (field: string, expected: string, received: unknown) => {
    throw new Error(`${file}: ${field}: expected ${expected}, received ${JSON.stringify(received)}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('(top level)', 'an object', raw);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!FIELDS.includes(key)) fail(key, `one of the fields ${FIELDS.join(', ')}`, key);
  for (const key of ['title', 'editors', 'language', 'description'] as const) {
    if (typeof o[key] !== 'string' || !(o[key] as string).trim()) fail(key, 'a non-empty string', o[key]);
  }
  if (typeof o.origin !== 'string' || !/^https?:\/\/[^/]+$/.test(o.origin)) fail('origin', 'an origin such as "https://example.org" (no path)', o.origin);
  const posts = (o.posts ?? {}) as Record<string, unknown>;
  if (typeof posts !== 'object' || Array.isArray(posts)) fail('posts', 'an object keyed by source id', posts);
  for (const [id, p] of Object.entries(posts)) {
    if (!p || typeof p !== 'object') fail(`posts.${id}`, 'an object such as { "lede": "…" }', p);
    const lede = (p as { lede?: unknown }).lede;
    if (lede !== undefined && typeof lede !== 'string') fail(`posts.${id}.lede`, 'a string', lede);
  }
  return { title: o.title, editors: o.editors, origin: o.origin, language: o.language, description: o.description, posts } as SiteConfig;
}

/** The knowledge base's folder, absolute (KB_DIR, relative to the working directory, else content/). */
export const KB_DIR = resolve(process.env.KB_DIR ?? 'content');
/** The same folder as the build names it in messages ("content", "tests/fixtures/kb"). */
export const KB_LABEL = relative(process.cwd(), KB_DIR).split('\\').join('/') || '.';
/** Where the build writes the site (KB_OUT, else dist/). */
export const KB_OUT = process.env.KB_OUT ?? 'dist';

let cached: SiteConfig | undefined;
/** The knowledge base's site.json, checked (read once). */
export function siteConfig(): SiteConfig {
  const file = join(KB_DIR, 'site.json');
  cached ??= parseSiteConfig(JSON.parse(readFileSync(file, 'utf8')), `${KB_LABEL}/site.json`);
  return cached;
}
