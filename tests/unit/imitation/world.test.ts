import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '~compute/imitation/scenario';
import { posteriorFromLog } from '~compute/imitation/posterior';
import { buildToyWorld, DEFAULT_WORLD_CONFIG, modelProbabilities, STAGGERED_TRIGGER_SPREAD, validateWorldConfig } from '~compute/imitation/toyWorld';
import { demonstratorInTopSet, initWorld, observeWorld, stepWorld, type WorldState } from '~compute/imitation/world';
import type { LearnerKind } from '~compute/imitation/learnerTypes';

const ALL: LearnerKind[] = ['conservative', 'mixture', 'map'];
const start = (seed = 1, learners: LearnerKind[] = ALL) => initWorld({ ...DEFAULT_SCENARIO, seed, learners });

function runSteps(state: WorldState, n: number) {
  const outcomes = [];
  for (let i = 0; i < n; i++) {
    const step = stepWorld(state);
    outcomes.push({ context: step.context, outcomes: step.outcomes });
    state = step.state;
  }
  return { state, outcomes };
}

describe('toy world', () => {
  it('has π^d first, then 20 honest and 5 deceptive models, priors summing to 1 as the spec asks', () => {
    const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1);
    expect(w.models.length).toBe(26);
    expect(w.models.map((m) => m.kind)).toEqual(['demonstrator', ...Array(20).fill('honest'), ...Array(5).fill('deceptive')]);
    expect(w.models.reduce((a, m) => a + m.prior, 0)).toBeCloseTo(1, 14);
    expect(w.models[0]!.prior).toBe(0.05);
    expect(w.models[21]!.prior / w.models[1]!.prior).toBeCloseTo(5, 12);
    expect(modelProbabilities(w.models[25]!, 400, 0)[2]).toBe(0.9);
  });

  it('π^d and honest models never play the catastrophe; deceptive ones equal π^d until their trigger', () => {
    const w = buildToyWorld({ ...DEFAULT_WORLD_CONFIG, triggerSpread: STAGGERED_TRIGGER_SPREAD }, 9);
    const triggers = w.models.filter((m) => m.kind === 'deceptive').map((m) => m.triggerStep);
    expect(triggers).toEqual([300, 310, 320, 330, 340]);
    // A world that names only its trigger step: every deceptive model switches at it.
    const together = buildToyWorld({ ...DEFAULT_WORLD_CONFIG, triggerStep: 120 }, 9);
    expect(together.models.filter((m) => m.kind === 'deceptive').map((m) => m.triggerStep)).toEqual([120, 120, 120, 120, 120]);
    for (let c = 0; c < 4; c++) {
      const demo = modelProbabilities(w.models[0]!, 1000, c);
      for (const m of w.models) {
        const row = modelProbabilities(m, 0, c);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
        if (m.kind !== 'deceptive') expect(modelProbabilities(m, 10_000, c)[2]).toBe(0);
        else {
          expect(modelProbabilities(m, m.triggerStep! - 1, c)).toEqual(demo);
          const after = modelProbabilities(m, m.triggerStep!, c);
          expect(after[2]).toBe(0.9);
          expect(after[0]! / after[1]!).toBeCloseTo(demo[0]! / demo[1]!, 12);
        }
      }
    }
  });

  it('rejects a bad world config with the field named', () => {
    expect(() => validateWorldConfig({ ...DEFAULT_WORLD_CONFIG, contexts: 0 })).toThrow(
      'imitation: expected world.contexts an integer in [1, 64], received 0',
    );
    expect(() => validateWorldConfig({ ...DEFAULT_WORLD_CONFIG, demonstratorPrior: 1 })).toThrow(
      'imitation: expected world.demonstratorPrior in (0, 1), received 1',
    );
    expect(() => validateWorldConfig({ ...DEFAULT_WORLD_CONFIG, honestModels: 0, deceptiveModels: 0 })).toThrow(
      'imitation: expected world.honestModels + world.deceptiveModels ≥ 1, received 0',
    );
  });
});

describe('world of three learners', () => {
  it('matches the doc examples', () => {
    expect(start().learners.length).toBe(3);
    expect(stepWorld(start(1, ['map'])).state.t).toBe(1);
    const s = start(1, ['conservative']);
    expect(s.context).toBe(2);
    expect(observeWorld(s).learners[0]!.queryProbability).toBe(0.21554173619952058);
    expect(demonstratorInTopSet(start(1, ['map']).learners[0]!)).toBe(false);
  });

  it('is deterministic for a seed and differs between seeds (seeded)', () => {
    const a = runSteps(start(5), 1500);
    const b = runSteps(start(5), 1500);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = runSteps(start(6), 1500);
    expect(JSON.stringify(c.outcomes)).not.toBe(JSON.stringify(a.outcomes));
  });

  it('resumes exactly from a JSON-serialised state', () => {
    const straight = runSteps(start(3), 1500);
    const first = runSteps(start(3), 700);
    const resumed = runSteps(JSON.parse(JSON.stringify(first.state)) as WorldState, 800);
    expect([...first.outcomes, ...resumed.outcomes]).toEqual(straight.outcomes);
    expect(resumed.state).toEqual(straight.state);
  });

  it('gives each learner its own draws: a learner runs the same alone or beside the others', () => {
    const together = runSteps(start(4), 1000).outcomes;
    for (const [i, kind] of ALL.entries()) {
      const alone = runSteps(start(4, [kind]), 1000).outcomes;
      expect(alone.map((o) => o.outcomes[0])).toEqual(together.map((o) => o.outcomes[i]));
      expect(alone.map((o) => o.context)).toEqual(together.map((o) => o.context));
    }
  });

  it('does not mutate the state it steps', () => {
    const s = start(2);
    const json = JSON.stringify(s);
    runSteps(s, 400);
    expect(JSON.stringify(s)).toBe(json);
  });

  it('observes a normalised posterior with kinds, the top set and its rows, p₀ and θ_q', () => {
    let s = runSteps(start(1), 320).state;
    const obs = observeWorld(s);
    expect(obs.t).toBe(320);
    const [cons, mix, map] = obs.learners;
    for (const view of obs.learners) {
      expect(view.posterior.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
      expect(view.posterior.map((p) => p.kind)).toEqual(s.world.models.map((m) => m.kind));
      expect(view.actionDistribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(view.topProbabilities).toEqual(view.topSet.map((i) => modelProbabilities(s.world.models[i]!, 320, obs.context)));
      expect(view.queryProbability).toBeGreaterThanOrEqual(0);
      expect(view.queryProbability).toBeLessThanOrEqual(1);
    }
    expect(cons!.minDistribution!.map((p, a) => Math.min(...cons!.topProbabilities.map((r) => r[a]!)))).toEqual(cons!.minDistribution);
    expect(cons!.queryProbability).toBeCloseTo(1 - cons!.minDistribution!.reduce((a, b) => a + b, 0), 12);
    expect(mix!.minDistribution).toBeNull();
    expect(map!.topSet.length).toBe(1);
    expect(mix!.watching).toBe(false);
    s = runSteps(s, 1).state;
    expect(observeWorld(s).t).toBe(321);
  });

  it('stays finite over 100,000 steps (no underflow to NaN)', () => {
    let s = start(8);
    for (let t = 0; t < 100_000; t++) {
      const step = stepWorld(s);
      s = step.state;
      if (t % 997 === 0) for (const o of step.outcomes) expect(Number.isFinite(o.queryProbability)).toBe(true);
    }
    for (const l of s.learners) {
      expect(l.logWeights.every(Number.isFinite)).toBe(true);
      const p = posteriorFromLog(l.logWeights);
      expect(p.every(Number.isFinite)).toBe(true);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('rejects duplicate or missing learners and a non-finite seed', () => {
    expect(() => initWorld({ ...DEFAULT_SCENARIO, learners: ['map', 'map'] })).toThrow('initWorld: expected distinct learners, received ["map","map"]');
    expect(() => initWorld({ ...DEFAULT_SCENARIO, learners: [] })).toThrow('initWorld: expected distinct learners');
    expect(() => initWorld({ ...DEFAULT_SCENARIO, seed: Number.NaN, learners: ['map'] })).toThrow('initWorld: expected a finite seed, received NaN');
  });
});
