import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of the production build (dist/, or E2E_DIST), as site paths ("/", "/notes/x/", "/404.html"). */
export function builtPages(dist = process.env.E2E_DIST ?? join(process.cwd(), 'dist')): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name === 'index.html') out.push(prefix);
      else if (e.name.endsWith('.html')) out.push(`${prefix}${e.name}`);
    }
  };
  walk(dist, '/');
  return out.sort();
}
