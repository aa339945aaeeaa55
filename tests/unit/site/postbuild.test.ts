import { describe, expect, it } from 'vitest';
import { fileUrl, precacheManifest, PRECACHE_EXCLUDE, serviceWorkerSource, type BuiltFile } from '../../../src/markdown/postbuild';

const files: BuiltFile[] = [
  { url: '/', bytes: 7_000, hash: 'h-home' },
  { url: '/notes/a/', bytes: 50_000, hash: 'h-a' },
  { url: '/data/mnist-v2.bin', bytes: 1_347_374, hash: 'h-mnist' },
  { url: '/_astro/tfjs-backend-wasm-simd.wasm', bytes: 424_594, hash: 'h-wasm' },
  { url: '/sw.js', bytes: 3_000, hash: 'h-sw' },
  { url: '/pagefind/pagefind-ui.js', bytes: 80_000, hash: 'h-ui' },
  { url: '/pagefind/pagefind.js', bytes: 30_000, hash: 'h-pf' },
];

describe('fileUrl', () => {
  it('maps directory-format pages to their trailing-slash URL and other files to themselves', () => {
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('notes/x/index.html')).toBe('/notes/x/');
    expect(fileUrl('404.html')).toBe('/404.html');
    expect(fileUrl('katex/fonts/KaTeX_Main-Regular.woff2')).toBe('/katex/fonts/KaTeX_Main-Regular.woff2');
  });
});

describe('precacheManifest', () => {
  it('lists every file but the worker and the unused stock UIs, the big ones last', () => {
    const m = precacheManifest(files);
    expect(m.core).toEqual(['/', '/_astro/tfjs-backend-wasm-simd.wasm', '/notes/a/', '/pagefind/pagefind.js']);
    expect(m.late).toEqual(['/data/mnist-v2.bin']);
    expect(PRECACHE_EXCLUDE.test('/pagefind/pagefind-highlight.js')).toBe(true);
    expect(PRECACHE_EXCLUDE.test('/pagefind/pagefind-worker.js')).toBe(false);
  });

  it('gets a new version when any precached file changes, and keeps it otherwise (whatever the listing order)', () => {
    const v = precacheManifest(files).version;
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(precacheManifest([...files].reverse()).version).toBe(v);
    expect(precacheManifest(files.map((f) => (f.url === '/notes/a/' ? { ...f, hash: 'h-a2' } : f))).version).not.toBe(v);
    expect(precacheManifest([...files, { url: '/notes/b/', bytes: 1, hash: 'h-b' }]).version).not.toBe(v);
    // The worker's own bytes are not part of the version (it embeds the version).
    expect(precacheManifest(files.map((f) => (f.url === '/sw.js' ? { ...f, hash: 'other' } : f))).version).toBe(v);
  });

  it('puts the manifest in front of the worker source as constants', () => {
    const src = serviceWorkerSource({ version: 'abc', core: ['/'], late: ['/d.bin'] }, '/* worker */');
    expect(src).toBe('const VERSION = "abc";\nconst CORE = ["/"];\nconst LATE = ["/d.bin"];\n/* worker */');
  });
});
