/**
 * The pruning widget's figure for the figure menu (components/ui/chart/FigureMenu): the one
 * mapping between its URL state and the compute CLI's scenarios (the pruned network and the
 * dense baseline, both ways), its parameters in words, and the data behind its curves.
 */
// Direct module imports, not the pruning index: the island must not pull TensorFlow.js into the page.
import { parseScenario, scenarioDefaults } from '@intermittent-distillations/compute/pruning/data';
import { normalizeParams } from '../../../src/state/index';
import { COMPUTE_PACKAGE, type ElementRef, type FigureChart, type FigureReproduce, type FigureSpec, type LegendEntry, type Row } from '../../ui/chart/figure';
import { DATASETS, pruningSchema, runConfigs, type PruningParams, type WidgetDataset } from './params';
import type { CurvePoint } from './view';

/**
 * The CLI scenarios of the widget's state: the two runs it trains side by side (runConfigs), each
 * to the step reached. Fields equal to the dataset's defaults (epochs, batch size, optimiser,
 * weight decay) are left to the CLI, which fills in the same scenarioDefaults.
 * @example pruningCliScenarios(defaults(pruningSchema)).dense.method // 'dense'
 */
export function pruningCliScenarios(params: PruningParams) {
  const { dataset, pruned, dense } = runConfigs(params);
  const d = scenarioDefaults[dataset];
  const rest = (c: typeof pruned) => ({
    ...(c.epochs !== d.epochs ? { epochs: c.epochs } : {}),
    ...(c.batchSize !== d.batchSize ? { batchSize: c.batchSize } : {}),
    ...(c.optimizer !== d.optimizer ? { optimizer: c.optimizer } : {}),
    ...(c.weightDecay !== d.weightDecay ? { weightDecay: c.weightDecay } : {}),
  });
  return {
    pruned: { dataset, method: pruned.method, hidden: pruned.hidden, keep: pruned.keep, init: pruned.init, learningRate: pruned.learningRate, seed: pruned.seed, ...rest(pruned), steps: params.step },
    dense: { dataset, method: dense.method, hidden: dense.hidden, keep: dense.keep, init: dense.init, learningRate: dense.learningRate, seed: dense.seed, ...rest(dense), steps: params.step },
  };
}

/**
 * The widget state the pruned run's CLI scenario describes (the inverse of
 * pruningCliScenarios(p).pruned): dataset, shape (depth × width; the widget's layers are all one
 * width, so the first is read), method, k, init, learning rate, seed and the step.
 * @example paramsOfPruningScenario(pruningCliScenarios(p).pruned, p) // p
 */
export function paramsOfPruningScenario(input: unknown, base: PruningParams): PruningParams {
  const s = parseScenario(input);
  const dataset = (s.dataset === 'mnist' ? 'digits' : s.dataset) as WidgetDataset;
  if (!DATASETS.includes(dataset)) throw new Error(`paramsOfPruningScenario: expected a widget dataset, received "${s.dataset}"`);
  if (s.method === 'dense') throw new Error('paramsOfPruningScenario: expected the pruned run (a pruning method), received "dense"');
  return normalizeParams(
    pruningSchema,
    { ...base, dataset, width: s.hidden[0]!, depth: s.hidden.length, keep: s.keep, method: s.method, init: s.init, lr: s.learningRate, seed: s.seed, step: s.steps ?? base.step },
    base,
  );
}

/**
 * The widget's run parameters in words, for captions and citations.
 * @example describePruning(defaults(pruningSchema)) // "moons; biprop keeping 50% of each layer; 2 hidden layers of 256; …"
 */
export function describePruning(p: PruningParams): string {
  const { dense } = runConfigs(p);
  return `${p.dataset}; ${p.method} keeping ${Math.round(p.keep * 100)}% of each layer; ${p.depth} hidden layer${p.depth > 1 ? 's' : ''} of ${p.width}; ${p.init} init; score learning rate ${p.lr} (dense baseline ${dense.learningRate}); seed ${p.seed}; step ${p.step}`;
}

/** How to recompute the figure: the pruned run and the dense baseline, each from the CLI or the package. */
export function pruningReproduce(params: PruningParams): FigureReproduce {
  const s = pruningCliScenarios(params);
  return {
    commands: [
      { label: `Pruned network (${params.method}): test accuracy and loss at step ${params.step}`, model: 'prune', scenario: s.pruned },
      { label: `Dense baseline: test accuracy and loss at step ${params.step}`, model: 'prune', scenario: s.dense },
    ],
    // ./pruning/node's run is the CLI's prune command itself (Node backend, data, steps).
    packageCall: (json) => `import { run } from '${COMPUTE_PACKAGE}/pruning/node';\nconst result = await run(${json}); // needs @tensorflow/tfjs-core, -backend-wasm and mnist installed`,
    ...(params.step === 0 ? { unavailable: 'Nothing is trained yet (step 0): press Train or Step first.' } : {}),
  };
}

/**
 * The curves' data: test accuracy and loss of both networks at each reported step.
 * @example curveRows([{ step: 10, pruned: { accuracy: 0.9, loss: 0.3 }, dense: { accuracy: 0.95, loss: 0.2 } }]) // [{ step: 10, prunedAccuracy: 0.9, … }]
 */
export function curveRows(history: readonly CurvePoint[]): Row[] {
  return history.map((h) => ({ step: h.step, prunedAccuracy: h.pruned.accuracy, prunedLoss: h.pruned.loss, denseAccuracy: h.dense.accuracy, denseLoss: h.dense.loss }));
}

/** The two curves of a chart, labelled as the page's key under them. */
function lineLegend(svg: SVGSVGElement | null, p: PruningParams): LegendEntry[] {
  const entries: [string, string][] = [['.prune-line-pruned', `pruned (${p.method})`], ['.prune-line-dense', 'dense baseline']];
  return entries.flatMap(([selector, label]) => {
    const element = svg?.querySelector(selector);
    return element ? [{ label, element }] : [];
  });
}

/** The `index`-th element matching `selector` inside the widget, found when the reader downloads it. */
function inWidget<T extends Element>(root: ElementRef<HTMLElement>, selector: string, index: number): ElementRef<T> {
  return {
    get current() {
      return (root.current?.querySelectorAll<T>(selector)[index] as T | undefined) ?? null;
    },
  };
}

/** The two decision surfaces of a 2-D set: the points (SVG) over the network's heat map (a canvas under it). */
function surfaceCharts(root: ElementRef<HTMLElement>, p: PruningParams): FigureChart[] {
  return (['pruned', 'dense'] as const).map((net, i) => {
    const svg = inWidget<SVGSVGElement>(root, '.prune-surface svg', i);
    return {
      name: `surface-${net}`,
      title: `${net === 'pruned' ? `Decision surface of the pruned network (${p.method})` : 'Decision surface of the dense baseline'}, dots train, squares test, shaded by p(class 1)`,
      svg,
      underlay: () => svg.current?.parentElement?.querySelector<HTMLCanvasElement>('canvas.prune-heat') ?? null,
      legend: () =>
        (['0', '1'] as const).flatMap((k) => {
          const element = svg.current?.querySelector(`path.prune-train.prune-c${k}`);
          return element ? [{ label: `class ${k}`, element }] : [];
        }),
    };
  });
}

/**
 * The figure the pruning widget declares to the figure menu. An instance other than the default
 * one (`id` not "pruning") names its files with its id ("ticket-accuracy"), so two figures of one
 * page never download under the same name; the loss chart is listed only when it is on the page.
 * @example <FigureMenu figure={pruningFigure({ id: 'pruning', path, query, params, history, accuracy, loss, root })} />
 */
export function pruningFigure(o: { id?: string; path: string; query: string; params: PruningParams; history: readonly CurvePoint[]; accuracy: ElementRef<SVGSVGElement>; loss: ElementRef<SVGSVGElement> | null; root: ElementRef<HTMLElement> }): FigureSpec {
  const id = o.id ?? pruningSchema.widgetId;
  const part = (name: string) => (id === pruningSchema.widgetId ? name : `${id}-${name}`);
  const loss = o.loss;
  const charts: FigureChart[] = [
    { name: 'accuracy', title: 'Test accuracy against training step', svg: o.accuracy, legend: () => lineLegend(o.accuracy.current, o.params) },
    ...(loss ? [{ name: 'loss', title: 'Test loss against training step', svg: loss, legend: () => lineLegend(loss.current, o.params) }] : []),
    ...(o.params.dataset === 'digits' ? [] : surfaceCharts(o.root, o.params)),
  ];
  return {
    path: o.path,
    query: o.query,
    id,
    title: 'A random network pruned into a classifier beside a dense network',
    parameters: describePruning(o.params),
    charts: charts.map((c) => ({ ...c, name: part(c.name) })),
    tables: [{ name: part('curves'), title: 'Test accuracy and loss per reported step', rows: () => curveRows(o.history) }],
    reproduce: pruningReproduce(o.params),
  };
}
