import { runConfigs, totalSteps, type PruningParams } from './params';
import type { SweepPointRequest } from './sweepPoint';

/** What the pruning sweep varies. */
export type PruningSweepKind = 'width' | 'keep';

/**
 * Widths swept on the 2-D sets (every hidden layer), log-spaced 8 … 512. Not 1024: one seed of
 * it took 9.5 s of the pruned network alone (Node, WebAssembly SIMD), more than the whole rest of
 * the sweep, and the pruned network's accuracy has levelled off by 512 (98.5% on the moons).
 */
export const SWEEP_WIDTHS = [8, 16, 32, 64, 128, 256, 512] as const;
/**
 * Epochs of every sweep run: 10, a third of the widget's 30. Measured on the moons defaults
 * (seed 1), the curve keeps its shape: pruned 87.5% at width 8 and 98.5% at 512 after 10 epochs
 * (86.0% and 98.5% after 30), dense 96–99%; and the default sweep takes about 16 s in Node,
 * against 200 s for 30 epochs up to 1024, so a reader's sweep finishes in tens of seconds.
 */
export const SWEEP_EPOCHS = 10;
/** Kept fractions k swept, 0.1 … 0.9. */
export const SWEEP_KEEPS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
/** Seeds per point: the widget's seed and the next ones. */
export const SWEEP_SEEDS = 3;

/** One point the sweep trains: the pruned network at a swept value, or the dense baseline. */
export interface PruningSweepTask {
  series: 'pruned' | 'dense';
  xIndex: number;
  request: SweepPointRequest;
}

export interface PruningSweepPlan {
  key: string;
  kind: PruningSweepKind;
  xs: number[];
  seeds: number[];
  /** Points in the order they are trained; for k the dense baseline (which has no k) is trained once. */
  tasks: PruningSweepTask[];
  /** Epochs and training steps per run (SWEEP_EPOCHS of the widget's batches). */
  epochs: number;
  steps: number;
}

/**
 * The pruning sweep for the widget's settings: test accuracy of the pruned network and of the
 * dense baseline of the same shape against the width of every hidden layer (log, 8 … 512) or
 * against the kept fraction k (0.1 … 0.9), each over SWEEP_SEEDS seeds, every run trained for
 * SWEEP_EPOCHS epochs of the widget's batches (its cosine schedule compressed to them). The 2-D
 * sets only (a digits sweep would take many minutes).
 * @example pruningSweepPlan(defaults(pruningSchema), 'keep').tasks.length // 10
 */
export function pruningSweepPlan(params: PruningParams, kind: PruningSweepKind): PruningSweepPlan {
  const seeds = Array.from({ length: SWEEP_SEEDS }, (_, i) => params.seed + i);
  const xs: number[] = kind === 'width' ? [...SWEEP_WIDTHS] : [...SWEEP_KEEPS];
  const tasks: PruningSweepTask[] = [];
  xs.forEach((x, xIndex) => {
    const { dataset, pruned, dense } = runConfigs(kind === 'width' ? { ...params, width: x } : { ...params, keep: x });
    tasks.push({ series: 'pruned', xIndex, request: { dataset, config: { ...pruned, epochs: SWEEP_EPOCHS }, seeds } });
    if (kind === 'width' || xIndex === 0) tasks.push({ series: 'dense', xIndex, request: { dataset, config: { ...dense, epochs: SWEEP_EPOCHS }, seeds } });
  });
  const others = (['dataset', 'depth', 'method', 'init', 'lr', 'seed', ...(kind === 'width' ? ['keep'] : ['width'])] as const).map((k) => params[k as keyof PruningParams]);
  const steps = (totalSteps(params) / runConfigs(params).pruned.epochs) * SWEEP_EPOCHS;
  return { key: JSON.stringify(['pruning', kind, SWEEP_EPOCHS, ...others]), kind, xs, seeds, tasks, epochs: SWEEP_EPOCHS, steps };
}
