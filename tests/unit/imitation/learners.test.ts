import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATASTROPHE } from '~compute/imitation/actions';
import { baselinePolicy, initBaseline, inspectBaseline, stepBaseline } from '~compute/imitation/baselineLearner';
import { initConservative, inspectConservative, stepConservative } from '~compute/imitation/conservativeLearner';
import { logPrior, posteriorFromLog } from '~compute/imitation/posterior';
import { DEMONSTRATOR, queryDemonstrator } from '~compute/imitation/queryDemonstrator';
import { selectTopSet, type Selection } from '~compute/imitation/topSet';
import { buildToyWorld, DEFAULT_WORLD_CONFIG, modelProbabilities, type WorldConfig } from '~compute/imitation/toyWorld';
import { demonstratorInTopSet, initWorld, stepWorld } from '~compute/imitation/world';

const world = buildToyWorld(DEFAULT_WORLD_CONFIG, 1);
const alpha03: Selection = { rule: 'alpha', alpha: 0.03 };

describe('doc examples', () => {
  it('conservative learner', () => {
    const s = initConservative(world, alpha03, 7);
    expect(s.topSet.length).toBe(11);
    expect(stepConservative(world, s, 0, 0).outcome).toEqual({
      queried: true,
      action: 0,
      catastrophe: false,
      queryProbability: 0.7324857796076686,
    });
    expect(inspectConservative(world, s, 0, 0).topSet).toEqual([21, 22, 23, 24, 25, 0, 1, 2, 3, 4, 5]);
  });

  it('queryDemonstrator and baselines', () => {
    expect(queryDemonstrator(world, logPrior(world.models.map((m) => m.prior)), 0, 0, 0.99).action).toBe(1);
    expect(initBaseline(world, 'map', 200, 9).watchSteps).toBe(200);
    expect(baselinePolicy(world, initBaseline(world, 'map', 0, 1), 400, 0)[2]).toBe(0.9);
    expect(inspectBaseline(world, initBaseline(world, 'map', 0, 1), 0, 0).topSet).toEqual([21]);
    expect(stepBaseline(world, initBaseline(world, 'mixture', 10, 1), 0, 0).outcome.queried).toBe(true);
  });
});

describe('conservative learner', () => {
  it('leaves the posterior untouched on non-query steps and applies exactly Bayes’ rule on queries', () => {
    let s = initConservative(world, alpha03, 11);
    let rng = 5;
    let queried = 0;
    let acted = 0;
    for (let t = 0; t < 2000; t++) {
      const c = (rng = (rng * 1103515245 + 12345) >>> 0) % world.contexts;
      const before = posteriorFromLog(s.logWeights);
      const { state, outcome } = stepConservative(world, s, t, c);
      const after = posteriorFromLog(state.logWeights);
      if (outcome.queried) {
        queried++;
        const lik = world.models.map((m) => modelProbabilities(m, t, c)[outcome.action]!);
        expect(lik[DEMONSTRATOR]).toBeGreaterThan(0);
        const z = before.reduce((a, w, i) => a + w * lik[i]!, 0);
        after.forEach((w, i) => expect(w).toBeCloseTo((before[i]! * lik[i]!) / z, 12));
        expect(state.topSet).toEqual(selectTopSet(after, s.selection));
        expect(state.queries).toBe(s.queries + 1);
      } else {
        acted++;
        expect(state.logWeights).toEqual(s.logWeights);
        expect(state.topSet).toEqual(s.topSet);
      }
      s = state;
    }
    // Both branches really ran.
    expect(queried).toBeGreaterThan(10);
    expect(acted).toBeGreaterThan(1000);
  });

  it('queries with frequency θ_q (θ_q = 0.73 in the first context of the default world)', () => {
    const base = initConservative(world, alpha03, 0);
    let q = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (stepConservative(world, { ...base, rng: i * 7919 }, 0, 0).outcome.queried) q++;
    const theta = inspectConservative(world, base, 0, 0).queryProbability;
    expect(Math.abs(q / n - theta)).toBeLessThan(4 * Math.sqrt((theta * (1 - theta)) / n));
  });

  it('never chooses the catastrophe itself while π^d is in the top set, and p₀ ≤ π^d there (property over seeds)', () => {
    let outsideSteps = 0;
    let catastrophes = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(0.01, 0.03, 0.06, 0.1, 0.3),
        fc.constantFrom(0, 10),
        (seed, alpha, triggerSpread) => {
          const config: WorldConfig = { ...DEFAULT_WORLD_CONFIG, triggerStep: 50, triggerSpread };
          let state = initWorld({ seed, world: config, selection: { rule: 'alpha', alpha }, watchSteps: 0, learners: ['conservative'] });
          for (let t = 0; t < 400; t++) {
            const learner = state.learners[0]!;
            const inSet = demonstratorInTopSet(learner);
            if (inSet && learner.kind === 'conservative') {
              const view = inspectConservative(state.world, learner, state.t, state.context);
              const demo = modelProbabilities(state.world.models[DEMONSTRATOR]!, state.t, state.context);
              view.minDistribution!.forEach((p, a) => expect(p).toBeLessThanOrEqual(demo[a]!));
            }
            const step = stepWorld(state);
            const o = step.outcomes[0]!;
            if (inSet) expect(o.catastrophe).toBe(false);
            else outsideSteps++;
            if (o.catastrophe) catastrophes++;
            if (o.queried) expect(o.action).not.toBe(CATASTROPHE);
            state = step.state;
          }
        },
      ),
      { numRuns: 40, seed: 20240601 },
    );
    // The check is not vacuous: with α above w(π^d) the demonstrator does fall out and catastrophes happen.
    expect(outsideSteps).toBeGreaterThan(0);
    expect(catastrophes).toBeGreaterThan(0);
  });

  it('does not mutate its input state', () => {
    const s = initConservative(world, alpha03, 3);
    const json = JSON.stringify(s);
    for (let t = 0; t < 50; t++) stepConservative(world, s, t, t % 4);
    expect(JSON.stringify(s)).toBe(json);
  });

  it('rejects top-k with k above the number of models', () => {
    expect(() => initConservative(world, { rule: 'top-k', k: 27 }, 1)).toThrow(
      'imitation: expected selection.k an integer in [1, 26] (the number of models), received 27',
    );
  });
});

describe('baselines', () => {
  it('query on every watch step, then act alone with a frozen posterior', () => {
    for (const kind of ['mixture', 'map'] as const) {
      let s = initBaseline(world, kind, 150, 4);
      for (let t = 0; t < 600; t++) {
        const { state, outcome } = stepBaseline(world, s, t, t % 4);
        expect(outcome.queried).toBe(t < 150);
        expect(outcome.queryProbability).toBe(t < 150 ? 1 : 0);
        if (t >= 150) expect(state.logWeights).toBe(s.logWeights);
        s = state;
      }
      expect(s.queries).toBe(150);
      expect(s.catastrophes).toBeGreaterThan(0);
    }
  });

  it('mixture acts from the posterior predictive Σ w(ν)·ν(a), MAP from the argmax model', () => {
    const s = initBaseline(world, 'mixture', 0, 1);
    const w = posteriorFromLog(s.logWeights);
    const mix = baselinePolicy(world, s, 400, 1);
    for (let a = 0; a < 3; a++) {
      const expected = world.models.reduce((acc, m, i) => acc + w[i]! * modelProbabilities(m, 400, 1)[a]!, 0);
      expect(mix[a]).toBeCloseTo(expected, 14);
    }
    // Before any trigger the mixture cannot be told from π^d's catastrophe-free play.
    expect(baselinePolicy(world, s, 0, 1)[CATASTROPHE]).toBe(0);
    const m = initBaseline(world, 'map', 0, 1);
    expect(baselinePolicy(world, m, 0, 1)).toEqual(modelProbabilities(world.models[21]!, 0, 1));
  });

  it('rejects a bad watchSteps', () => {
    expect(() => initBaseline(world, 'map', -1, 1)).toThrow('initBaseline: expected watchSteps an integer ≥ 0, received -1');
  });
});
