/**
 * The imitation widget's figure for the figure menu (components/ui/chart/FigureMenu): the one
 * mapping between its URL state and the compute CLI's scenarios (one per learner, both ways),
 * its parameters in words, and the data behind its charts.
 */
import { DEFAULT_SCENARIO, DEFAULT_WORLD_CONFIG, parseScenario, STAGGERED_TRIGGER_SPREAD, type LearnerKind, type WorldConfig, type WorldObservation } from '@intermittent-distillations/compute/imitation';
import { normalizeParams } from '../../../src/state/index';
import { COMPUTE_PACKAGE, type ElementRef, type FigureChart, type FigureReproduce, type FigureSpec, type LegendEntry, type Row } from '../../ui/chart/figure';
import { imitationSchema, modelCount, scenarioOf, type ImitationParams } from './params';
import { LEARNERS, type Run } from './simulation';

const LEARNER_NAMES: Record<LearnerKind, string> = { conservative: 'Conservative imitator', mixture: 'Bayes mixture', map: 'MAP model' };

/** The world fields the widget sets; the CLI gets them always, and any other field only if not the default. */
const WIDGET_WORLD_KEYS = ['demonstratorPrior', 'deceptiveModels', 'deceptivePriorRatio', 'triggerStep', 'triggerSpread'] as const;

/**
 * The CLI scenario of one learner in the widget's state: the widget's scenario (scenarioOf) run
 * for the steps the widget has taken (`step`), with that learner. The learner draws from its own
 * seed stream, so the CLI's run is the one the widget shows beside the other two.
 * @example imitationCliScenario(defaults(imitationSchema), 'map').learner // 'map'
 */
export function imitationCliScenario(params: ImitationParams, learner: LearnerKind) {
  const s = scenarioOf(params);
  const world: Partial<WorldConfig> = {};
  for (const key of Object.keys(s.world) as (keyof WorldConfig)[]) {
    if ((WIDGET_WORLD_KEYS as readonly string[]).includes(key) || s.world[key] !== DEFAULT_WORLD_CONFIG[key]) Object.assign(world, { [key]: s.world[key] });
  }
  return {
    seed: s.seed,
    steps: params.step,
    learner,
    selection: s.selection,
    ...(s.watchSteps !== DEFAULT_SCENARIO.watchSteps ? { watchSteps: s.watchSteps } : {}),
    world,
  };
}

/**
 * The widget state a CLI scenario describes (the inverse of imitationCliScenario): selection,
 * world and seed, and the steps as the step reached; `base` keeps the speed and the inactive
 * rule's parameter. A trigger spread other than 0 reads as the widget's staggered triggers.
 * @example paramsOfImitationScenario(imitationCliScenario(p, 'conservative'), p) // p (for steps ≥ 1)
 */
export function paramsOfImitationScenario(input: unknown, base: ImitationParams): ImitationParams {
  const s = parseScenario(input);
  return normalizeParams(
    imitationSchema,
    {
      ...base,
      rule: s.selection.rule,
      ...(s.selection.rule === 'alpha' ? { alpha: s.selection.alpha } : { k: s.selection.k }),
      prior: s.world.demonstratorPrior,
      deceptive: s.world.deceptiveModels,
      ratio: s.world.deceptivePriorRatio,
      trigger: s.world.triggerStep,
      together: s.world.triggerSpread === 0,
      seed: s.seed,
      step: s.steps,
    },
    base,
  );
}

/**
 * The widget's run parameters in words, for captions and citations.
 * @example describeImitation(defaults(imitationSchema)) // "α = 0.01; demonstrator prior 0.05; 5 deceptive models …"
 */
export function describeImitation(p: ImitationParams): string {
  const set = p.rule === 'alpha' ? `α = ${p.alpha}` : `top-k, k = ${Math.min(p.k, modelCount(p))}`;
  const triggers = p.together ? 'all at once' : `${STAGGERED_TRIGGER_SPREAD} steps apart`;
  return `${set}; demonstrator prior ${p.prior}; ${p.deceptive} deceptive models at ${p.ratio}× an honest model's prior, triggering from step ${p.trigger} ${triggers}; seed ${p.seed}; step ${p.step}`;
}

/** How to recompute the figure: one CLI command per learner and the package call. */
export function imitationReproduce(params: ImitationParams): FigureReproduce {
  return {
    commands: LEARNERS.map((learner) => ({ label: `${LEARNER_NAMES[learner]}: queries, catastrophes, query probability per 100 steps`, model: 'imitation', scenario: imitationCliScenario(params, learner) })),
    packageCall: (json) => `import { parseScenario, runScenario } from '${COMPUTE_PACKAGE}/imitation';\nconst summary = runScenario(parseScenario(${json}));`,
    ...(params.step === 0 ? { unavailable: 'The run is at step 0, so there are no numbers to recompute yet: press Play, Step or +100 steps first.' } : {}),
  };
}

/**
 * The over-time chart's data: per step, each learner's query probability θ_q and whether it
 * chose a catastrophe itself.
 * @example stepRows(run).length // run.state.t
 */
export function stepRows(run: Run): Row[] {
  const catastrophes = run.catastropheSteps.map((steps) => new Set(steps));
  return Array.from({ length: run.state.t }, (_, t) => {
    const row: Row = { step: t };
    LEARNERS.forEach((l, i) => (row[`theta_${l}`] = run.theta[i]![t] ?? null));
    LEARNERS.forEach((l, i) => (row[`catastrophe_${l}`] = catastrophes[i]!.has(t) ? 1 : 0));
    return row;
  });
}

/**
 * Each learner now: queries, catastrophes, whether πᵈ is in its set, its posterior by kind.
 * @example learnerRows(observeWorld(run.state))[0].learner // 'conservative'
 */
export function learnerRows(observation: WorldObservation): Row[] {
  return observation.learners.map((v) => {
    const mass = { demonstrator: 0, honest: 0, deceptive: 0 };
    for (const p of v.posterior) mass[p.kind] += Number.isFinite(p.weight) ? p.weight : 0;
    return {
      step: observation.t,
      learner: v.kind,
      queries: v.queries,
      catastrophes: v.catastrophes,
      demonstratorInSet: v.demonstratorInTopSet,
      queryProbabilityNow: v.queryProbability,
      posteriorDemonstrator: mass.demonstrator,
      posteriorHonest: mass.honest,
      posteriorDeceptive: mass.deceptive,
    };
  });
}

/** The `index`-th SVG matching `selector` inside the widget, found when the reader downloads it. */
function svgIn(root: ElementRef<HTMLElement>, selector: string, index: number): ElementRef<SVGSVGElement> {
  return {
    get current() {
      return root.current?.querySelectorAll<SVGSVGElement>(selector)[index] ?? null;
    },
  };
}

const KIND_LABELS = [
  ['demonstrator', 'demonstrator πᵈ'],
  ['honest', 'honest but wrong'],
  ['deceptive', 'deceptive'],
] as const;

/** One legend entry per model kind drawn in a learner's chart (its first bar or dot of that kind). */
function kindLegend(svg: SVGSVGElement | null): LegendEntry[] {
  return KIND_LABELS.flatMap(([kind, label]) => {
    const element = svg?.querySelector(`.imit-${kind}`);
    return element ? [{ label, element }] : [];
  });
}

/** Each shown learner's posterior chart and min-operation chart (the first and second SVG of its panel). */
function learnerCharts(root: ElementRef<HTMLElement>, learners: readonly LearnerKind[], prefix: string): FigureChart[] {
  return learners.flatMap((l) => {
    const posterior = svgIn(root, `.imit-panel-${l} svg.imit-chart`, 0);
    const min = svgIn(root, `.imit-panel-${l} svg.imit-chart`, 1);
    return [
      { name: `${prefix}posterior-${l}`, title: `${LEARNER_NAMES[l]}: posterior over the models`, svg: posterior, legend: () => kindLegend(posterior.current) },
      { name: `${prefix}${l === 'conservative' ? 'min-operation' : 'action'}-${l}`, title: `${LEARNER_NAMES[l]}: ${l === 'conservative' ? 'the min operation' : 'what it does this step'}`, svg: min, legend: () => kindLegend(min.current) },
    ];
  });
}

/**
 * The figure the imitation widget declares to the figure menu: the chart over time (when shown),
 * and the shown learners' posterior and min-operation charts (found inside `root`). Files of an
 * instance other than the default one carry its id, so two figures' downloads never collide.
 * @example <FigureMenu figure={imitationFigure({ path, query, params, run, observation, chart, root })} />
 */
export function imitationFigure(o: {
  path: string;
  query: string;
  params: ImitationParams;
  run: Run;
  observation: WorldObservation;
  chart: ElementRef<SVGSVGElement>;
  root: ElementRef<HTMLElement>;
  /** The instance id (default "imitation"). */
  id?: string;
  /** Learners whose panels are on the page (default: all three). */
  learners?: readonly LearnerKind[];
  /** Whether the chart over time is on the page (default: yes). */
  overTime?: boolean;
}): FigureSpec {
  const id = o.id ?? imitationSchema.widgetId;
  const prefix = id === imitationSchema.widgetId ? '' : `${id}-`;
  const overTime: FigureChart[] = o.overTime === false ? [] : [
      {
        name: `${prefix}query-probability`,
        title: 'Query probability over time and catastrophes',
        svg: o.chart,
        legend: () => LEARNERS.flatMap((l) => {
          const element = o.chart.current?.querySelector(`.imit-line-${l}`);
          return element ? [{ label: LEARNER_NAMES[l], element }] : [];
        }),
      },
  ];
  return {
    path: o.path,
    query: o.query,
    id,
    title: 'The conservative imitator against the Bayes mixture and the MAP model',
    parameters: describeImitation(o.params),
    charts: [
      ...overTime,
      ...learnerCharts(o.root, o.learners ?? LEARNERS, prefix),
    ],
    tables: [
      { name: `${prefix}steps`, title: 'Query probability and catastrophes per step', rows: () => stepRows(o.run) },
      { name: `${prefix}learners`, title: 'Each learner now', rows: () => learnerRows(o.observation) },
    ],
    reproduce: imitationReproduce(o.params),
  };
}
