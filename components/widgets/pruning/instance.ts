import { defineInstanceSpec } from '../../ui/instance/spec';
import { pruningSchema, type PruningParams } from './params';
import { DATASET_NAMES, METHOD_NAMES } from './labels';

/** How a parameter reads in a focused figure's fixed-parameters line ("two moons · biprop · k 50%"). */
function describe(name: keyof PruningParams, p: PruningParams): string | null {
  switch (name) {
    case 'dataset':
      return DATASET_NAMES[p.dataset];
    case 'method':
      return METHOD_NAMES[p.method];
    case 'width':
      return `width ${p.width}`;
    case 'depth':
      return `${p.depth} hidden layer${p.depth > 1 ? 's' : ''}`;
    case 'keep':
      return `k ${Math.round(p.keep * 100)}%`;
    case 'init':
      return p.init === 'kaiming-normal' ? 'Kaiming normal weights' : 'signed Kaiming constant weights';
    case 'lr':
      return `score learning rate ${p.lr}`;
    case 'seed':
      return `seed ${p.seed}`;
    default:
      return null;
  }
}

/**
 * How editors place the pruning model: `<Pruning id state controls caption />`. Controls by URL
 * name, in the widget's order (Train, Step and Reset are always there: they are how a figure is
 * read, not a setting); captions may quote the run's live values (quotesOf in quotes.ts).
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const pruningInstance = defineInstanceSpec({
  tag: 'Pruning',
  schema: pruningSchema,
  controls: ['dataset', 'method', 'width', 'depth', 'keep', 'init', 'lr', 'seed'],
  fixed: ['dataset', 'method', 'width', 'depth', 'keep', 'init', 'lr', 'seed'],
  describe: describe as (name: string, p: PruningParams) => string | null,
  quotable: {
    prunedAccuracy: 'test accuracy of the pruned random network at the step reached, e.g. "97.3%" ("—" before the first step)',
    denseAccuracy: 'test accuracy of the dense baseline (weights trained) at the step reached, e.g. "98.0%" ("—" before the first step)',
    progress: 'how far the run is: "step 540 of 540", or "not trained yet: press Train"',
    step: 'the training step reached, e.g. "540"',
    weights: 'weights of the random network, biases included, e.g. "67,074"',
    kept: 'weights the ticket keeps, k of each layer, e.g. "33,537"',
    keep: 'the kept fraction k, e.g. "50%"',
    width: 'units per hidden layer, e.g. "256"',
    method: 'the pruning method, e.g. "biprop"',
    dataset: 'the data set, e.g. "two moons"',
    weightsChanged: 'whether training changed any of the pruned network’s weights: "no" (the dense baseline’s do change)',
  },
});
