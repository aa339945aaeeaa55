import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * KaTeX's stylesheet and fonts, served from this site (no CDN): the maths is rendered at build
 * time, so the browser only needs these. Only WOFF2 is kept: every browser the site supports
 * reads it, and the stylesheet then never points at files we don't ship.
 */
const katexDist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');

export function katexCss(): string {
  const css = readFileSync(join(katexDist, 'katex.min.css'), 'utf8');
  return css.replace(/src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g, 'src:url($1) format("woff2")');
}

export function katexFontNames(): string[] {
  return readdirSync(join(katexDist, 'fonts')).filter((f) => f.endsWith('.woff2'));
}

export function katexFont(name: string): Uint8Array {
  if (!katexFontNames().includes(name)) throw new Error(`katexFont: expected one of KaTeX's WOFF2 fonts, received ${JSON.stringify(name)}`);
  return readFileSync(join(katexDist, 'fonts', name));
}
