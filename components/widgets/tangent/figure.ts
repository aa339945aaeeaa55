/**
 * The tangent widget's figure for the figure menu (components/ui/chart/FigureMenu): the one mapping
 * between its URL state and the compute CLI's scenarios (the width sweep and the run on the left,
 * both ways), its parameters in words, and the data behind its charts.
 */
// Direct module imports (not the tangent index), as params.ts: the page's first bundle stays small.
import { maxWidth, parseScenario, type TangentScenario, type TicketCurve, type WidthRow } from '@intermittent-distillations/compute/tangent';
import { normalizeParams } from '../../../src/state/index';
import { COMPUTE_PACKAGE, type ElementRef, type FigureChart, type FigureReproduce, type FigureSpec, type FigureTable, type LegendEntry, type Row } from '../../ui/chart/figure';
import type { Frame } from './frames';
import { effectiveWidth, sweepScenario, sweepWidths, tangentSchema, type TangentParams } from './params';

const SCALING_NAMES: Record<TangentParams['scaling'], string> = { ntk: 'NTK', 'mean-field': 'mean-field' };

/** A scenario as the CLI reads it, every field written out. */
function cliOf(s: TangentScenario) {
  return { seed: s.seed, task: s.task, depth: s.depth, widths: [...s.widths], parameterisation: s.parameterisation, steps: s.steps, learningRate: s.learningRate };
}

/**
 * The CLI scenarios of the widget's state. `sweep` is exactly the width sweep the widget draws
 * (sweepScenario: its widths, the steps setting, the scaling shown). `run` is the network on the
 * left as one width (the width it runs, capped for the depth) trained to the step reached — the
 * steps setting only ends the widget's schedule, so it does not change the numbers at that step;
 * null at step 0, where the CLI has nothing to train (it needs ≥ 1 step).
 * @example tangentCliScenarios({ ...defaults(tangentSchema), step: 300 }).run // { …, widths: [256], steps: 300 }
 */
export function tangentCliScenarios(params: TangentParams) {
  const sweep = cliOf(sweepScenario(params, params.scaling));
  return { sweep, run: params.step > 0 ? { ...sweep, widths: [effectiveWidth(params)], steps: params.step } : null };
}

/**
 * The widget state the CLI scenarios describe (the inverse of tangentCliScenarios): the sweep gives
 * task, depth, scaling, learning rate, steps, seed and whether the one-hidden-layer sweep runs on to
 * 16,384; the run (if any) gives the width and the step reached, else step 0 and `base`'s width.
 * @example paramsOfTangentScenarios(tangentCliScenarios(p), p) // p (the width as it runs)
 */
export function paramsOfTangentScenarios(input: { sweep: unknown; run?: unknown }, base: TangentParams): TangentParams {
  const s = parseScenario(input.sweep);
  const r = input.run == null ? null : parseScenario(input.run);
  if (r) {
    const same = r.seed === s.seed && r.task === s.task && r.depth === s.depth && r.parameterisation === s.parameterisation && r.learningRate === s.learningRate;
    if (!same || r.widths.length !== 1) throw new Error('paramsOfTangentScenarios: expected the run as one width of the sweep’s network, received a different scenario');
  }
  const next = normalizeParams(
    tangentSchema,
    {
      ...base,
      task: s.task,
      depth: s.depth,
      scaling: s.parameterisation,
      lr: s.learningRate,
      steps: s.steps,
      seed: s.seed,
      wide: s.depth === 1 ? s.widths.includes(16_384) : base.wide,
      ...(r ? { width: r.widths[0]!, step: r.steps } : { step: 0 }),
    },
    base,
  );
  const widths = sweepWidths(next.depth, next.wide);
  if (widths.join() !== s.widths.join()) throw new Error(`paramsOfTangentScenarios: expected the widget's sweep widths ${widths.join(', ')}, received ${s.widths.join(', ')}`);
  return next;
}

/**
 * The widget's settings in words, for captions and citations.
 * @example describeTangent(defaults(tangentSchema)) // "sin; 1 hidden layer of 256; NTK scaling; η = 0.5; 2000 steps; seed 1; step 0"
 */
export function describeTangent(p: TangentParams): string {
  const width = effectiveWidth(p);
  return `${p.task}; ${p.depth} hidden layer${p.depth > 1 ? 's' : ''} of ${width}${width < p.width ? ` (asked ${p.width}, at most ${maxWidth(p.depth)})` : ''}; ${SCALING_NAMES[p.scaling]} scaling; η = ${p.lr}; ${p.steps} steps; seed ${p.seed}; step ${p.step}; sweep widths ${sweepWidths(p.depth, p.wide).join(', ')}`;
}

/** How to recompute the figure: the width sweep and (after step 0) the run on the left, from the CLI or the package. */
export function tangentReproduce(params: TangentParams): FigureReproduce {
  const s = tangentCliScenarios(params);
  const width = effectiveWidth(params);
  return {
    commands: [
      { label: `Width sweep (${SCALING_NAMES[params.scaling]} scaling, ${params.steps} steps): per width the losses, functionGap, weightChange, kernel change and ticket share, and the infinite-width test loss`, model: 'tangent', scenario: s.sweep },
      ...(s.run
        ? [{ label: `The network on the left (width ${width}) at step ${params.step}: its losses, its linearisation’s, functionGap, weightChange and the infinite-width test loss (the CLI prints these numbers, not the curves on the input grid; the function table has those)`, model: 'tangent', scenario: s.run }]
        : []),
    ],
    packageCall: (json) => `import { parseScenario, runScenario } from '${COMPUTE_PACKAGE}/tangent';\nconst result = runScenario(parseScenario(${json}));`,
  };
}

/**
 * The function panel's data: at each input of the plot grid (121 points of x, or the 28 × 28 grid of
 * a 2-D task, row 0 at the bottom), the network, its linearisation and the infinite-width prediction.
 * @example functionRows(frame)[0] // { step: 0, x: -3, network: …, linear: …, infinite: … }
 */
export function functionRows(frame: Frame | null): Row[] {
  if (!frame) return [];
  // a 2-D frame's grid is n × n cells over the extent (frames.ts SURFACE_GRID; not imported, so frames.ts stays out of the page)
  const n = Math.round(Math.sqrt(frame.network.length));
  const point = (i: number): Row => {
    if (frame.inputDim === 1) return { x: frame.xs[i]! };
    const [x0, x1, y0, y1] = frame.extent as [number, number, number, number];
    const r = Math.floor(i / n);
    const c = i % n;
    return { x: x0 + ((x1 - x0) * (c + 0.5)) / n, y: y0 + ((y1 - y0) * (r + 0.5)) / n };
  };
  return frame.network.map((v, i) => ({ step: frame.step, ...point(i), network: v, linear: frame.linear[i] ?? null, infinite: frame.infinite[i] ?? null }));
}

/**
 * The sweep's data: one row per width computed so far, with the scaling it ran.
 * @example sweepRows(rows, 'ntk')[0] // { scaling: 'ntk', width: 16, trainLoss: …, functionGap: …, … }
 */
export function sweepRows(rows: readonly WidthRow[], scaling: TangentParams['scaling']): Row[] {
  return rows.map((r) => ({ scaling, ...r }));
}

/**
 * The ticket curve's data: the fraction of parameters kept (largest contributions first) and the
 * share of the linearised change they recover.
 * @example ticketRows(ticket)[0] // { kept: 0.0001…, recovered: … }
 */
export function ticketRows(ticket: TicketCurve | null): Row[] {
  return (ticket?.curve ?? []).map(([kept, recovered]) => ({ kept, recovered }));
}

/** The `index`-th SVG matching `selector` inside the widget, found when the reader downloads it. */
function svgIn(root: ElementRef<HTMLElement>, selector: string, index = 0): ElementRef<SVGSVGElement> {
  return {
    get current() {
      return root.current?.querySelectorAll<SVGSVGElement>(selector)[index] ?? null;
    },
  };
}

/** Legend entries for the marks of a chart that are drawn, labelled as the page's legend. */
function legendOf(svg: SVGSVGElement | null, entries: [string, string][]): LegendEntry[] {
  return entries.flatMap(([selector, label]) => {
    const element = svg?.querySelector(selector);
    return element ? [{ label, element }] : [];
  });
}

/** The function panel's chart(s): the curves of a 1-D task, or the two decision surfaces of a 2-D one. */
function functionCharts(root: ElementRef<HTMLElement>, frame: Frame | null): FigureChart[] {
  if (!frame) return [];
  if (frame.inputDim === 1) {
    const svg = svgIn(root, '.tan-fn > svg');
    return [
      {
        name: 'function',
        title: 'The network and its linearisation',
        svg,
        legend: () => legendOf(svg.current, [['.tan-target', 'target'], ['.tan-net', 'network'], ['.tan-lin', 'linearisation'], ['.tan-inf', 'infinite width'], ['.tan-dot', 'training points']]),
      },
    ];
  }
  return (['network', 'linearisation'] as const).map((part, i) => {
    const svg = svgIn(root, '.tan-surface svg', i);
    return {
      name: `surface-${part === 'network' ? 'network' : 'linear'}`,
      title: `${part === 'network' ? 'The network' : 'Its linearisation'}: output over the inputs, −1 red to +1 blue, dots the training points`,
      svg,
      underlay: () => svg.current?.parentElement?.querySelector<HTMLCanvasElement>('canvas.tan-heat') ?? null,
      legend: () => legendOf(svg.current, [['circle.tan-c0', 'class 0 (−1)'], ['circle.tan-c1', 'class 1 (+1)']]),
    };
  });
}

/**
 * The figure the tangent widget declares to the figure menu: the function panel and, for the full
 * model, the width sweep and (once the network has stepped) the ticket curve, found inside `root`;
 * their tables. `id` is the instance's: its files are named after it unless it is the default.
 * @example <FigureMenu figure={tangentFigure({ path, query, params, frame, sweep: sweep.rows, root, id: 'narrow', full: false })} />
 */
export function tangentFigure(o: { path: string; query: string; params: TangentParams; frame: Frame | null; sweep: readonly WidthRow[]; root: ElementRef<HTMLElement>; id?: string; full?: boolean }): FigureSpec {
  const id = o.id ?? tangentSchema.widgetId;
  const full = o.full ?? true;
  const named = (part: string) => (id === tangentSchema.widgetId ? part : `${id}-${part}`);
  const other = SCALING_NAMES[o.params.scaling === 'ntk' ? 'mean-field' : 'ntk'];
  const sweep = svgIn(o.root, '.tan-sweep svg');
  const ticket = svgIn(o.root, '.tan-ticket svg');
  const tickets = full && o.frame?.ticket;
  const charts: FigureChart[] = [
    ...functionCharts(o.root, o.frame),
    ...(full
      ? [
          {
            name: 'width-sweep',
            title: `Width sweep (${SCALING_NAMES[o.params.scaling]} scaling, ${o.params.steps} steps): functionGap and weightChange against width`,
            svg: sweep,
            legend: () =>
              legendOf(sweep.current, [
                ['path.tan-weight:not(.tan-other)', 'weightChange ‖θ_T − θ₀‖/‖θ₀‖'],
                ['path.tan-gap:not(.tan-other)', 'functionGap ‖f − f_lin‖/‖f‖'],
                ['path.tan-theory', 'slope −½'],
                ...(sweep.current?.querySelector('path.tan-other')?.getAttribute('d') ? ([['path.tan-other', `faint: ${other}`]] as [string, string][]) : []),
              ]),
          },
        ]
      : []),
    ...(tickets
      ? [
          {
            name: 'tickets',
            title: 'Tangent tickets: share of the linearised change recovered against the fraction of parameters kept',
            svg: ticket,
            legend: () => legendOf(ticket.current, [['.tan-ticket-line', 'recovered share'], ['.tan-target90', '90% of the change']]),
          },
        ]
      : []),
  ];
  const tables: FigureTable[] = [
    { name: 'function', title: 'The network, its linearisation and the infinite-width prediction on the input grid', rows: () => functionRows(o.frame) },
    ...(full ? [{ name: 'sweep', title: 'The width sweep’s measures per width', rows: () => sweepRows(o.sweep, o.params.scaling) }] : []),
    ...(tickets ? [{ name: 'tickets', title: 'The ticket curve', rows: () => ticketRows(o.frame?.ticket ?? null) }] : []),
  ];
  return {
    path: o.path,
    query: o.query,
    id,
    title: 'A network beside its linearisation in parameter tangent space',
    parameters: describeTangent(o.params),
    charts: charts.map((c) => ({ ...c, name: named(c.name) })),
    tables: tables.map((t) => ({ ...t, name: named(t.name) })),
    reproduce: tangentReproduce(o.params),
  };
}
