import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, mergeCsp, metaCsp, parseCsp } from '../../../src/markdown/headers';
import { HEAD_SCRIPT, SW_SCRIPT, inlineScriptHashes } from '~site/inlineScripts';

describe('the _headers file', () => {
  it('merges pages’ policies source by source, each once, keeping every directive', () => {
    const merged = mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self' data:"]);
    expect(parseCsp(merged)).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['script-src', ["'self'", "'sha256-a'", "'sha256-b'"]],
        ['img-src', ["'self'", 'data:']],
      ]),
    );
  });
  it('reads the policy Astro writes into a page, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaCsp(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaCsp('<head></head>')).toBeNull();
  });
  it('adds frame-ancestors and the other security headers under one rule for every path', () => {
    const file = headersFile(["default-src 'self'"]);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toMatch(/^ {2}Referrer-Policy: /m);
    expect(file).toMatch(/^ {2}Permissions-Policy: camera=\(\)/m);
  });
});

describe('inline scripts', () => {
  it('are hashed exactly as the browser hashes the script text', async () => {
    const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    expect(await inlineScriptHashes()).toEqual([sha(HEAD_SCRIPT), sha(SW_SCRIPT)]);
  });
});
