import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Every heading id of every built HTML page, keyed by the page's path ("/notes/x/"). */
export function collectHeadingIds(distDir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        const ids = [...html.matchAll(/<h[1-6]\b[^>]*?\sid="([^"]+)"/g)].map((m) => m[1]!);
        const path = `/${relative(distDir, dir).split(sep).join('/')}/`.replace(/\/+/g, '/');
        if (ids.length > 0) out[path] = ids;
      }
    }
  };
  walk(distDir);
  return out;
}

/**
 * Compares built heading ids with the committed manifest. A citation is a URL with a fragment,
 * so an id that disappears or changes breaks it silently; this makes it break the build instead.
 * Returns the problems (missing ids) and the ids that are new.
 */
export function compareAnchors(
  manifest: Record<string, string[]>,
  built: Record<string, string[]>,
): { missing: string[]; added: string[] } {
  const missing: string[] = [];
  const added: string[] = [];
  for (const [page, ids] of Object.entries(manifest)) {
    const have = new Set(built[page] ?? []);
    for (const id of ids) if (!have.has(id)) missing.push(`${page}#${id}`);
  }
  for (const [page, ids] of Object.entries(built)) {
    const known = new Set(manifest[page] ?? []);
    for (const id of ids) if (!known.has(id)) added.push(`${page}#${id}`);
  }
  return { missing, added };
}

/**
 * Astro integration: after the build, fail if a heading id listed in the manifest is gone.
 * New ids are appended to the manifest on a developer's machine (commit it); on CI an id that
 * is not in the committed manifest fails too, so the lock can't be forgotten.
 */
export function anchorLock({ manifest }: { manifest: string }): AstroIntegration {
  return {
    name: 'anchor-lock',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = collectHeadingIds(fileURLToPath(dir));
        const locked: Record<string, string[]> = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
        const { missing, added } = compareAnchors(locked, built);
        if (missing.length > 0) {
          throw new Error(
            `anchor-lock: ${missing.length} locked heading id(s) disappeared or changed; citations to them would break:\n  ` +
              `${missing.join('\n  ')}\nRestore the heading (or give it an explicit id), or remove the id from ${manifest} on purpose.`,
          );
        }
        if (added.length > 0) {
          if (process.env.CI) {
            throw new Error(`anchor-lock: heading id(s) not in the committed ${manifest}:\n  ${added.join('\n  ')}\nBuild locally and commit the manifest.`);
          }
          const next: Record<string, string[]> = { ...locked };
          for (const [page, ids] of Object.entries(built)) next[page] = [...new Set([...(locked[page] ?? []), ...ids])];
          const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
          writeFileSync(manifest, `${JSON.stringify(sorted, null, 2)}\n`);
          logger.info(`added ${added.length} new heading id(s) to ${manifest}: commit it.`);
        }
      },
    },
  };
}
