import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * For benches: builds `dist` if it is missing, then serves it with `astro preview` on `port`
 * unless something already answers there. Returns the base URL and a stop function (also run on
 * exit). --ignore-lock: astro refuses a second preview server per project otherwise.
 */
export async function previewServer({ port, dist = 'dist' }: { port: number; dist?: string }) {
  if (!existsSync(`${dist}/index.html`)) spawnSync('npx', ['astro', 'build', '--outDir', dist], { stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  const up = async () => {
    try {
      return (await fetch(`${base}/`)).ok;
    } catch {
      return false;
    }
  };
  let stop = () => {};
  if (!(await up())) {
    const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
    stop = () => {
      try {
        process.kill(-server.pid!);
      } catch {
        /* already gone */
      }
    };
    process.on('exit', stop);
    for (let i = 0; i < 150 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop };
}
