/**
 * The low-stakes widget's figure for the figure menu (components/ui/chart/FigureMenu): the one
 * mapping between its URL state and the compute CLI's scenario (both ways), its parameters in
 * words, and the data behind its two charts.
 */
import { parseScenario, type LowStakesRun } from '@intermittent-distillations/compute/lowstakes';
import { normalizeParams } from '../../../src/state/index';
import { COMPUTE_PACKAGE, type ElementRef, type FigureReproduce, type FigureSpec, type LegendEntry, type Row } from '../../ui/chart/figure';
import { lowstakesSchema, scenarioOf, stakesOf, turnStepOf, type LowStakesParams } from './params';

const LEARNER_NAMES: Record<LowStakesParams['learner'], string> = {
  hedge: 'Hedge',
  'fixed-share': 'Fixed-Share',
  'follow-the-leader': 'Follow-the-leader',
  frozen: 'Train-then-deploy',
};

/**
 * The CLI scenario of the widget's state: exactly the scenario the widget simulates (scenarioOf),
 * with every field the widget sets (the world's other fields, aligned, mediocre and noise, are the
 * CLI's defaults, which the widget uses too). The turn is written as the step it falls on.
 * @example lowstakesCliScenario(defaults(lowstakesSchema)).world.turnStep // 5000
 */
export function lowstakesCliScenario(params: LowStakesParams) {
  const s = scenarioOf(params);
  return {
    seed: s.seed,
    steps: s.steps,
    learner: s.learner,
    learningRate: s.learningRate,
    shareRate: s.shareRate,
    watchSteps: s.watchSteps,
    stakes: s.stakes,
    catastropheRun: s.catastropheRun,
    world: { kind: s.world.kind, deceptive: s.world.deceptive, advantage: s.world.advantage, turnStep: s.world.turnStep },
  };
}

/**
 * The widget state a CLI scenario describes (the inverse of lowstakesCliScenario), normalised to
 * the controls' grid. The turn is the share of T on the slider's grid (0.01) whose step
 * ⌊turn · T⌋ is the scenario's turn step (the nearest share when none is); a "theory" rate keeps
 * `base`'s η (unused under it).
 * @example lowstakesCliScenario(paramsOfLowStakesScenario(lowstakesCliScenario(p), p)) // lowstakesCliScenario(p)
 */
export function paramsOfLowStakesScenario(input: unknown, base: LowStakesParams): LowStakesParams {
  const s = parseScenario(input);
  const of = (turn: number) =>
    normalizeParams(
      lowstakesSchema,
      {
        ...base,
        seed: s.seed,
        steps: s.steps,
        learner: s.learner,
        theory: s.learningRate === 'theory',
        ...(s.learningRate === 'theory' ? {} : { eta: s.learningRate }),
        share: s.shareRate,
        watch: s.watchSteps,
        stakes: Math.round(s.stakes),
        run: s.catastropheRun,
        world: s.world.kind,
        deceptive: s.world.deceptive,
        advantage: s.world.advantage,
        turn,
      },
      base,
    );
  const wanted = s.steps > 0 ? s.world.turnStep / s.steps : 0;
  let best = of(wanted);
  for (let k = 0; k <= 100; k++) {
    const p = of(k / 100);
    if (turnStepOf(p) !== s.world.turnStep) continue;
    if (turnStepOf(best) !== s.world.turnStep || Math.abs(p.turn - wanted) < Math.abs(best.turn - wanted)) best = p;
  }
  return best;
}

/**
 * The widget's run parameters in words, for captions and citations.
 * @example describeLowStakes(defaults(lowstakesSchema)) // "Hedge at the theory rate; treacherous world, 3 deceptive policies …"
 */
export function describeLowStakes(p: LowStakesParams): string {
  const s = scenarioOf(p);
  const rate = p.learner === 'hedge' || p.learner === 'fixed-share' ? (p.theory ? ' at the theory rate' : ` at η = ${p.eta}`) : '';
  const share = p.learner === 'fixed-share' ? `, share rate γ = ${p.share}` : '';
  const watch = p.learner === 'frozen' ? `, trained on ${p.watch} steps` : '';
  const world = p.world === 'alternating' ? 'alternating world' : `treacherous world, ${p.deceptive} deceptive policies ${p.advantage} better before the turn at step ${s.world.turnStep}`;
  return `${LEARNER_NAMES[p.learner]}${rate}${share}${watch}; ${world}; T = ${p.steps} steps; stakes B = ${stakesOf(p)}; catastrophe: ${p.run} bad decisions in a row; seed ${p.seed}`;
}

/** How to recompute the figure: the CLI command and the package call. */
export function lowstakesReproduce(params: LowStakesParams): FigureReproduce {
  return {
    commands: [{ label: 'Losses, regret and its bound, expected bad decisions, steps to recover, catastrophe probability and the curve in 100 windows', model: 'lowstakes', scenario: lowstakesCliScenario(params) }],
    packageCall: (json) => `import { parseScenario, runScenario } from '${COMPUTE_PACKAGE}/lowstakes';\nconst summary = runScenario(parseScenario(${json}));`,
  };
}

/**
 * The charts' data: per window the cumulative losses at its end, the regret and Hedge's bound so
 * far, and the mean weight on each kind of policy and on bad decisions over the window.
 * @example windowRows(run)[0] // { step: 34, learnerLoss: …, bestLoss: …, regret: …, …, weightBad: 0, weight_aligned: … }
 */
export function windowRows(run: LowStakesRun): Row[] {
  return run.windows.map((w) => {
    const row: Row = { step: w.step, learnerLoss: w.learnerLoss, bestLoss: w.bestLoss, alignedLoss: w.alignedLoss, regret: w.learnerLoss - w.bestLoss, bound: w.bound, weightBad: w.weightTurned };
    for (const kind of run.kinds.filter((k, i) => run.kinds.indexOf(k) === i)) row[`weight_${kind}`] = w.kindWeights[kind] ?? null;
    return row;
  });
}

/**
 * The measures above the charts, as one row.
 * @example measureRows(run)[0].badDecisions // the expected bad decisions
 */
export function measureRows(run: LowStakesRun, params: LowStakesParams): Row[] {
  return [
    {
      learnerLoss: run.learnerLoss,
      bestLoss: run.bestLoss,
      bestPolicy: run.bestPolicy,
      alignedLoss: run.alignedLoss,
      regret: run.regret,
      regretBound: run.regretBound,
      badDecisions: run.badDecisions,
      stepsToRecover: run.stepsToRecover,
      catastropheRun: params.run,
      catastropheProbability: run.catastropheProbability,
      learningRate: run.eta,
    },
  ];
}

/** The `index`-th chart SVG inside the widget, found when the reader downloads it. */
function chartIn(root: ElementRef<HTMLElement>, index: number): ElementRef<SVGSVGElement> {
  return {
    get current() {
      return root.current?.querySelectorAll<SVGSVGElement>('svg.ls-chart')[index] ?? null;
    },
  };
}

/** Legend entries for the marks of a chart that are drawn (as the page's key under it labels them). */
function legendOf(svg: SVGSVGElement | null, entries: [string, string][]): LegendEntry[] {
  return entries.flatMap(([selector, label]) => {
    const element = svg?.querySelector(selector);
    return element ? [{ label, element }] : [];
  });
}

/**
 * The figure the low-stakes widget declares to the figure menu: the loss chart and the weight
 * chart (found inside `root`), the windows and the measures, the reproduce command.
 * @example <FigureMenu figure={lowstakesFigure({ path, query, params, run, root })} />
 */
export function lowstakesFigure(o: { id?: string; path: string; query: string; params: LowStakesParams; run: LowStakesRun; root: ElementRef<HTMLElement>; kindNames: Record<string, string> }): FigureSpec {
  const loss = chartIn(o.root, 0);
  const weights = chartIn(o.root, 1);
  // Another instance of the model on the page names its files and its citation by its own id.
  const id = o.id ?? lowstakesSchema.widgetId;
  const part = (name: string) => (id === lowstakesSchema.widgetId ? name : `${id}-${name}`);
  return {
    path: o.path,
    query: o.query,
    id,
    title: 'An online learner against a treacherous turn',
    parameters: describeLowStakes(o.params),
    charts: [
      {
        name: part('regret'),
        title: 'Cumulative loss against the best policy so far',
        svg: loss,
        legend: () =>
          legendOf(loss.current, [
            ['.ls-line-learner', 'learner (its regret so far)'],
            ['.ls-line-aligned', 'aligned policy'],
            ['.ls-zero', 'best policy so far (0)'],
            ['.ls-band', 'Hedge’s regret bound'],
          ]),
      },
      {
        name: part('weights'),
        title: 'The learner’s weight on each kind of policy',
        svg: weights,
        legend: () => legendOf(weights.current, [...[...new Set(o.run.kinds)].map((k): [string, string] => [`.ls-kind-${k}`, o.kindNames[k] ?? k]), ['.ls-bad-area', 'on a bad decision this step']]),
      },
    ],
    tables: [
      { name: part('windows'), title: 'Losses, regret and weights per window', rows: () => windowRows(o.run) },
      { name: part('measures'), title: 'The run’s measures', rows: () => measureRows(o.run, o.params) },
    ],
    reproduce: lowstakesReproduce(o.params),
  };
}
