import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaults, parse, serialize } from '~state/index';
import {
  DEFAULT_WORLD_CONFIG,
  STAGGERED_TRIGGER_SPREAD,
  initWorld,
  observeWorld,
  stepWorld,
  SCENARIO_PRESETS,
  type LearnerView,
} from '~compute/imitation/index';
import { formatCount, formatPercent, minGeometry, posteriorGeometry, queryChartGeometry } from '~components/widgets/imitation/view';
import { HONEST_MODELS, imitationSchema, MAX_STEP, RUN_KEYS, modelCount, PRESETS, presetOf, scenarioOf } from '~components/widgets/imitation/params';
import { advanceRun, createRun, LEARNERS } from '~components/widgets/imitation/simulation';

const size = { width: 200, height: 100 };

describe('doc examples', () => {
  it('formatters', () => {
    expect(formatPercent(0.21554)).toBe('22%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatCount(1518)).toBe('1,518');
  });
  it('posteriorGeometry', () => {
    expect(posteriorGeometry({ posterior: [{ kind: 'demonstrator', weight: 1 }], topSet: [0] }, size).bars[0]!.inTopSet).toBe(true);
  });
  it('minGeometry', () => {
    const g = minGeometry(
      {
        topSet: [0, 1],
        posterior: [{ kind: 'demonstrator', weight: 0.5 }, { kind: 'honest', weight: 0.5 }],
        topProbabilities: [[0.6, 0.4, 0], [0.3, 0.7, 0]],
        minDistribution: [0.3, 0.4, 0],
        queryProbability: 0.3,
        actionDistribution: [3 / 7, 4 / 7, 0],
      },
      { width: 200, height: 80 },
    );
    expect(g.segments.map((s) => s.probability)).toEqual([0.3, 0.4, 0, 0.30000000000000004]);
  });
  it('queryChartGeometry', () => {
    expect(queryChartGeometry([1, 1, 0, 0], [2], [3], { width: 200, height: 80 }, 2).points.map((p) => p.mean)).toEqual([1, 0]);
  });
  it('params and simulation', () => {
    expect(MAX_STEP).toBe(20000);
    expect(HONEST_MODELS).toBe(20);
    expect(RUN_KEYS.includes('speed' as never)).toBe(false);
    expect(LEARNERS).toEqual(['conservative', 'mixture', 'map']);
    expect(imitationSchema.fields.alpha.default).toBe(0.01);
    expect(modelCount({ deceptive: 5 })).toBe(26);
    expect(scenarioOf(defaults(imitationSchema)).selection).toEqual({ rule: 'alpha', alpha: 0.01 });
    expect(PRESETS.find((p) => p.id === 'alpha-too-large')!.params.alpha).toBe(0.3);
    expect(presetOf(defaults(imitationSchema))?.id).toBe('safe');
    expect(createRun(scenarioOf(defaults(imitationSchema))).state.t).toBe(0);
    expect(advanceRun(createRun(scenarioOf(defaults(imitationSchema))), 5, 20000)).toBe(5);
  });
});

describe('formatters never print NaN', () => {
  it('dash for non-finite input', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      expect(formatPercent(x)).toBe('—');
      expect(formatCount(x)).toBe('—');
    }
  });
  it('small probabilities keep two significant digits; zero is 0%', () => {
    expect(formatPercent(0.000123)).toBe('0.012%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('posteriorGeometry', () => {
  const view = (weights: number[]) => ({
    posterior: weights.map((weight, i) => ({ kind: i === 0 ? ('demonstrator' as const) : ('honest' as const), weight })),
    topSet: [1],
  });
  it('bar heights are proportional to the weights and bars sit on the baseline', () => {
    const g = posteriorGeometry(view([0.2, 0.6, 0.2]), size);
    const [a, b, c] = g.bars;
    expect(b!.height / a!.height).toBeCloseTo(3, 9);
    expect(c!.height).toBeCloseTo(a!.height, 9);
    for (const bar of g.bars) expect(bar.y + bar.height).toBeCloseTo(g.y0, 9);
    expect(g.bars.map((x) => x.inTopSet)).toEqual([false, true, false]);
  });
  it('keeps the model order, bars inside the chart, and NaN weights as empty bars', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }), (ws) => {
        const g = posteriorGeometry(view(ws), size);
        for (let i = 1; i < g.bars.length; i++) expect(g.bars[i]!.x).toBeGreaterThan(g.bars[i - 1]!.x);
        for (const bar of g.bars) {
          expect(bar.x).toBeGreaterThanOrEqual(g.left - 1e-9);
          expect(bar.x + bar.width).toBeLessThanOrEqual(g.right + 1e-9);
          expect(bar.y).toBeGreaterThanOrEqual(g.top - 1e-9);
        }
      }),
    );
    const g = posteriorGeometry(view([NaN, 0.5]), size);
    expect(g.bars[0]!.height).toBe(0);
    expect(Number.isFinite(g.bars[0]!.y)).toBe(true);
  });
});

describe('minGeometry on the real model', () => {
  const state = initWorld({ ...SCENARIO_PRESETS[0]!.scenario, learners: ['conservative', 'mixture', 'map'] });
  const obs = observeWorld(state);

  it('the min bar of each action is the smallest dot, and the split sums to 1 with θ_q as the rest', () => {
    const view = obs.learners[0]!;
    const g = minGeometry(view, size);
    for (const row of g.rows) {
      const least = Math.min(...row.dots.map((d) => d.probability));
      expect(row.min).toBe(least);
      expect(row.dots).toHaveLength(view.topSet.length);
      for (const d of row.dots) expect(d.x).toBeGreaterThanOrEqual(row.minX - 1e-9);
    }
    const total = g.segments.reduce((s, x) => s + x.probability, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(g.segments[3]!.probability).toBeCloseTo(view.queryProbability, 12);
    // Segments tile the bar from 0 to 1 without gaps.
    for (let i = 1; i < g.segments.length; i++) expect(g.segments[i]!.x).toBeCloseTo(g.segments[i - 1]!.x + g.segments[i - 1]!.width, 9);
    expect(g.segments[3]!.x + g.segments[3]!.width).toBeCloseTo(g.x1, 9);
  });

  it('a baseline while watching asks with probability 1 and has no dots', () => {
    const view = obs.learners[1]!;
    expect(view.watching).toBe(true);
    const g = minGeometry(view, size);
    expect(g.rows.every((r) => r.dots.length === 0)).toBe(true);
    expect(g.segments.map((s) => s.probability)).toEqual([0, 0, 0, 1]);
  });

  it('a baseline after training acts alone from its policy', () => {
    let s = initWorld({ ...SCENARIO_PRESETS[0]!.scenario, watchSteps: 2, learners: ['map'] });
    for (let i = 0; i < 3; i++) s = stepWorld(s).state;
    const view: LearnerView = observeWorld(s).learners[0]!;
    const g = minGeometry(view, size);
    expect(g.segments[3]!.probability).toBe(0);
    g.segments.slice(0, 3).forEach((seg, a) => expect(seg.probability).toBeCloseTo(view.actionDistribution[a]!, 12));
  });
});

describe('queryChartGeometry', () => {
  it('caps the number of points and averages each window exactly', () => {
    const theta = Array.from({ length: 1000 }, (_, i) => (i < 500 ? 1 : 0.25));
    const g = queryChartGeometry(theta, [], [], size, 100);
    expect(g.points).toHaveLength(100);
    expect(g.points[0]!.mean).toBe(1);
    expect(g.points[99]!.mean).toBe(0.25);
    const sumOfMeans = g.points.reduce((s, p) => s + p.mean * (p.to - p.from), 0);
    expect(sumOfMeans).toBeCloseTo(theta.reduce((s, x) => s + x, 0), 9);
  });
  it('counts catastrophes in the window they fall in, and marks triggers in range only', () => {
    const theta = new Array(10).fill(0);
    const g = queryChartGeometry(theta, [0, 4, 5, 9], [3, 100000], size, 2);
    expect(g.points.map((p) => p.catastrophes)).toEqual([2, 2]);
    expect(g.triggers).toHaveLength(1);
    expect(g.catastropheMarks.length).toBeGreaterThan(0);
  });
  it('an empty run gives an empty path and no points; never NaN in the path', () => {
    const g = queryChartGeometry([], [], [300], size);
    expect(g.points).toEqual([]);
    expect(g.path).toBe('');
    const one = queryChartGeometry([NaN], [], [], size);
    expect(one.path).not.toContain('NaN');
    expect(one.points[0]!.mean).toBe(0);
  });
  it('spans at least 500 steps on the x axis', () => {
    const g = queryChartGeometry([1, 1], [], [], size);
    expect(g.points[0]!.x - g.left).toBeLessThan((g.right - g.left) / 100);
  });
});

describe('params', () => {
  it('each preset reproduces the compute model’s scenario', () => {
    for (const preset of SCENARIO_PRESETS) {
      const params = { ...defaults(imitationSchema), ...PRESETS.find((p) => p.id === preset.id)!.params };
      expect(scenarioOf(params)).toEqual(preset.scenario);
      expect(presetOf(params)?.id).toBe(preset.id);
    }
  });
  it('k is capped at the number of models; changing a run setting leaves the preset', () => {
    const p = { ...defaults(imitationSchema), rule: 'top-k' as const, k: 41, deceptive: 0 };
    expect(scenarioOf(p).selection).toEqual({ rule: 'top-k', k: 21 });
    expect(presetOf({ ...defaults(imitationSchema), alpha: 0.02 })).toBeUndefined();
    expect(presetOf({ ...defaults(imitationSchema), seed: 99 })?.id).toBe('safe');
  });
  it('the world is DEFAULT_WORLD_CONFIG with staggered triggers by default', () => {
    expect(scenarioOf(defaults(imitationSchema)).world).toEqual({ ...DEFAULT_WORLD_CONFIG, triggerSpread: STAGGERED_TRIGGER_SPREAD });
  });
  it('seed and step round-trip through the URL', () => {
    const params = { ...defaults(imitationSchema), seed: 4242, step: 1234, rule: 'top-k' as const, k: 7 };
    const query = serialize(imitationSchema, params);
    expect(query).toBe('imitation.k=7&imitation.rule=top-k&imitation.seed=4242&imitation.step=1234');
    expect(parse(imitationSchema, `?${query}`).params).toEqual(params);
  });
});

describe('advanceRun', () => {
  it('matches stepping the compute model directly, and records θ_q and catastrophes per step', () => {
    const scenario = scenarioOf({ ...defaults(imitationSchema), ...PRESETS[1]!.params });
    const run = createRun(scenario);
    expect(advanceRun(run, 400, MAX_STEP)).toBe(400);
    let s = initWorld({ ...scenario, learners: LEARNERS });
    const cats: number[][] = [[], [], []];
    for (let t = 0; t < 400; t++) {
      const step = stepWorld(s);
      step.outcomes.forEach((o, i) => o.catastrophe && cats[i]!.push(t));
      s = step.state;
    }
    expect(run.state).toEqual(s);
    expect(run.catastropheSteps).toEqual(cats);
    expect(run.theta.map((x) => x.length)).toEqual([400, 400, 400]);
    expect(run.catastropheSteps[0]!.length).toBe(s.learners[0]!.catastrophes);
  });
  it('stops at maxStep and when the deadline says the frame is spent', () => {
    const run = createRun(scenarioOf(defaults(imitationSchema)));
    expect(advanceRun(run, 50, 30)).toBe(30);
    expect(advanceRun(run, 50, 30)).toBe(0);
    const fresh = createRun(scenarioOf(defaults(imitationSchema)));
    expect(advanceRun(fresh, 1000, MAX_STEP, () => true)).toBe(64);
  });
});
