import type { GetStaticPaths } from 'astro';
import { katexFont, katexFontNames } from '../../../site/katexAssets';

export const getStaticPaths = (() => katexFontNames().map((font) => ({ params: { font } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { font: string } }) {
  return new Response(katexFont(params.font) as BodyInit, { headers: { 'Content-Type': 'font/woff2' } });
}
