import { katexCss } from '../../site/katexAssets';

export function GET() {
  return new Response(katexCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
