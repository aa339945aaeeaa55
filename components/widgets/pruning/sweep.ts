import { runConfigs, type PruningParams } from './params';
import type { SweepPointRequest } from './sweepPoint';

/** What the pruning sweep varies. */
export type PruningSweepKind = 'width' | 'keep';

/** Widths swept on the 2-D sets (every hidden layer), log-spaced 8 … 1024. */
export const SWEEP_WIDTHS = [8, 16, 32, 64, 128, 256, 512, 1024] as const;
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
  /** Training steps per run (the widget's own schedule). */
  steps: number;
}

/**
 * The pruning sweep for the widget's settings: test accuracy of the pruned network and of the
 * dense baseline of the same shape against the width of every hidden layer (log, 8 … 1024) or
 * against the kept fraction k (0.1 … 0.9), each over SWEEP_SEEDS seeds, every run trained to the
 * end of the widget's schedule. The 2-D sets only (a digits sweep would take many minutes).
 * @example pruningSweepPlan(defaults(pruningSchema), 'keep').tasks.length // 10
 */
export function pruningSweepPlan(params: PruningParams, kind: PruningSweepKind, steps: number): PruningSweepPlan {
  const seeds = Array.from({ length: SWEEP_SEEDS }, (_, i) => params.seed + i);
  const xs: number[] = kind === 'width' ? [...SWEEP_WIDTHS] : [...SWEEP_KEEPS];
  const tasks: PruningSweepTask[] = [];
  xs.forEach((x, xIndex) => {
    const { dataset, pruned, dense } = runConfigs(kind === 'width' ? { ...params, width: x } : { ...params, keep: x });
    tasks.push({ series: 'pruned', xIndex, request: { dataset, config: pruned, seeds } });
    if (kind === 'width' || xIndex === 0) tasks.push({ series: 'dense', xIndex, request: { dataset, config: dense, seeds } });
  });
  const others = (['dataset', 'depth', 'method', 'init', 'lr', 'seed', ...(kind === 'width' ? ['keep'] : ['width'])] as const).map((k) => params[k as keyof PruningParams]);
  return { key: JSON.stringify(['pruning', kind, ...others]), kind, xs, seeds, tasks, steps };
}
