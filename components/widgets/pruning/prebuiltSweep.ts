/**
 * Node-only (Pruning.astro at build time): the width sweep of a full model's start state, trained
 * by the same code and seeds as the reader's sweep worker (trainSweepPoint, WebAssembly backend),
 * so the figure is drawn at once, without JavaScript too. About 16 s of training on these
 * machines, so results are kept on disk under a hash of everything that decides them (the plan,
 * the model's sources, the TensorFlow.js versions): a rebuild with the same inputs reads them back.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useNodeBackend } from '@intermittent-distillations/compute/pruning/node';
import type { KnownSweep } from '../../ui/chart/useSweep';
import type { PruningParams } from './params';
import { pruningSweepPlan, type PruningSweepPlan } from './sweep';
import type { AccuracySpread } from './sweepPoint';
import { trainSweepPoint } from './sweepTrain';

const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, 'node_modules/.cache/intermittent-distillations/pruning-sweep');
// What trainSweepPoint's result depends on besides the plan: the model's code and its libraries.
const SOURCES = ['src/compute/pruning', 'src/compute/random', 'src/compute/sweep', 'components/widgets/pruning/sweepTrain.ts'];
const LIBRARIES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-cpu'];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => filesUnder(join(path, name)));
}

/**
 * The hash a plan's results are kept under: the plan (key and every run's configuration), the
 * sources of the model and the versions of TensorFlow.js.
 * @example sweepHash(pruningSweepPlan(defaults(pruningSchema), 'width')) // '3f…' (64 hex digits)
 */
export function sweepHash(plan: PruningSweepPlan): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([plan.key, plan.tasks]));
  for (const file of SOURCES.flatMap(filesUnder)) h.update(file).update(readFileSync(join(ROOT, file)));
  for (const lib of LIBRARIES) {
    const pkg = join(ROOT, 'node_modules', lib, 'package.json');
    h.update(lib).update(existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'absent');
  }
  return h.digest('hex');
}

const running = new Map<string, Promise<KnownSweep<AccuracySpread>>>();

/**
 * The width sweep of these parameters (2-D sets only; undefined for the digits, whose sweep the
 * widget does not offer), trained here or read from the build cache.
 * @example await prebuiltPruningSweep(defaults(pruningSchema)) // { key: '["pruning","width",10,…]', points: [{ mean, min, max }, …14] }
 */
export function prebuiltPruningSweep(params: PruningParams): Promise<KnownSweep<AccuracySpread>> | undefined {
  if (params.dataset === 'digits') return undefined;
  const plan = pruningSweepPlan(params, 'width');
  const hash = sweepHash(plan);
  let result = running.get(hash);
  if (!result) {
    result = (async () => {
      const file = join(CACHE_DIR, `${hash}.json`);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KnownSweep<AccuracySpread>;
      await useNodeBackend();
      const known = { key: plan.key, points: plan.tasks.map((t) => trainSweepPoint(t.request)) };
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(file, JSON.stringify(known));
      return known;
    })();
    running.set(hash, result);
  }
  return result;
}
