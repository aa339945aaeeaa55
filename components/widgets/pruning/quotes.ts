import { computeDataset, type PruningParams } from './params';
import { DATASET_NAMES, METHOD_NAMES } from './labels';
import type { TrainerReport } from './trainer';
import { formatPercent } from './view';

const int = new Intl.NumberFormat('en-US');

/**
 * The layer shapes of the widget's network, [fanIn + 1, fanOut] each (the last row is the bias),
 * as initTraining builds them: inputs 2 (2-D sets) or 784 (digits), depth × width hidden units,
 * 2 or 10 classes.
 * Source: src/compute/pruning/training.ts (widths = [features, ...hidden, classes]).
 * @example layerShapes({ dataset: 'moons', width: 4, depth: 1 }) // [[3, 4], [5, 2]]
 */
export function layerShapes(p: Pick<PruningParams, 'dataset' | 'width' | 'depth'>): [number, number][] {
  const digits = computeDataset(p.dataset) === 'mnist';
  const widths = [digits ? 784 : 2, ...Array.from({ length: p.depth }, () => p.width), digits ? 10 : 2];
  return widths.slice(1).map((out, l) => [widths[l]! + 1, out]);
}

/**
 * Weights of the random network and how many of them the ticket keeps: each layer keeps
 * max(1, round(k·n)) of its n weights (the compute model's keptCount, per layer).
 * @example networkSize({ dataset: 'moons', width: 4, depth: 1, keep: 0.5 }) // { weights: 22, kept: 11 }
 */
export function networkSize(p: Pick<PruningParams, 'dataset' | 'width' | 'depth' | 'keep'>): { weights: number; kept: number } {
  let weights = 0;
  let kept = 0;
  for (const [rows, cols] of layerShapes(p)) {
    const n = rows * cols;
    weights += n;
    kept += Math.max(1, Math.round(p.keep * n));
  }
  return { weights, kept };
}

/**
 * The values an editors' caption may quote (pruningInstance.quotable), formatted as the widget
 * shows them; before the first report (nothing trained, nothing measured) the accuracies are a
 * dash and the progress says so.
 * @example quotesOf(null, defaults(pruningSchema)).progress // "not trained yet: press Train"
 */
export function quotesOf(report: TrainerReport | null, p: PruningParams): Record<string, string> {
  const { weights, kept } = networkSize(p);
  return {
    prunedAccuracy: formatPercent(report?.pruned.accuracy),
    denseAccuracy: formatPercent(report?.dense.accuracy),
    progress: report ? `step ${int.format(report.step)} of ${int.format(report.totalSteps)}` : 'not trained yet: press Train',
    step: int.format(report?.step ?? 0),
    weights: int.format(weights),
    kept: int.format(kept),
    keep: `${Math.round(p.keep * 100)}%`,
    width: int.format(p.width),
    method: METHOD_NAMES[p.method],
    dataset: DATASET_NAMES[p.dataset],
    weightsChanged: report?.weightsChanged.pruned ? 'yes' : 'no',
  };
}
