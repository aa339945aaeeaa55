import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectHeadingIds, compareAnchors } from '../../../src/markdown/anchorLock';

describe('anchor lock', () => {
  it('reports a locked id that disappeared, and ids that are new', () => {
    const manifest = { '/notes/a/': ['summary', 'opinion'] };
    expect(compareAnchors(manifest, { '/notes/a/': ['summary', 'opinion'] })).toEqual({ missing: [], added: [] });
    expect(compareAnchors(manifest, { '/notes/a/': ['summary', 'opinion-1'] })).toEqual({ missing: ['/notes/a/#opinion'], added: ['/notes/a/#opinion-1'] });
    expect(compareAnchors(manifest, {})).toEqual({ missing: ['/notes/a/#summary', '/notes/a/#opinion'], added: [] });
  });
  it('collects heading ids per page from built HTML', () => {
    const dist = mkdtempSync(join(tmpdir(), 'anchors-'));
    mkdirSync(join(dist, 'notes', 'a'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(dist, 'notes', 'a', 'index.html'), '<h1 id="t">T</h1><div><h2 class="x" id="summary">S</h2><p id="p">no</p><h3 id="deep">D</h3></div>');
    expect(collectHeadingIds(dist)).toEqual({ '/notes/a/': ['t', 'summary', 'deep'] });
  });
});
