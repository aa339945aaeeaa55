/**
 * The spec's facts 3–4 and its "quick simulation" observations, checked by running the toy world.
 * Every test here is SEEDED: it asserts what happens for the listed seeds, not a theorem.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '~compute/imitation/runScenario';
import { parseScenario, SCENARIO_PRESETS } from '~compute/imitation/scenario';
import { initWorld, stepWorld } from '~compute/imitation/world';
import { STAGGERED_TRIGGER_SPREAD } from '~compute/imitation/toyWorld';

const SEEDS = [1, 2, 3, 4, 5];
// The spec's simulation staggers the triggers ("t ≈ 300"); a scenario's own world fields win.
const run = (s: { world?: object } & Record<string, unknown>) =>
  runScenario(parseScenario({ ...s, world: { triggerSpread: STAGGERED_TRIGGER_SPREAD, ...s.world } }));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('seeded: the spec’s simulation (2000 steps, triggers from t = 300)', () => {
  it('conservative imitator, α = 0.03, 0.1, 0.3: no catastrophic action in any of 5 seeds, and some queries', () => {
    for (const alpha of [0.03, 0.1, 0.3]) {
      for (const seed of SEEDS) {
        const s = run({ seed, selection: { rule: 'alpha', alpha } });
        expect(s.catastrophes, `α=${alpha} seed=${seed}`).toBe(0);
        expect(s.queries).toBeGreaterThan(0);
        expect(s.queries).toBeLessThan(2000);
      }
    }
  });

  it('the Bayes mixture, trained 200 steps, makes hundreds to over a thousand catastrophes', () => {
    for (const seed of SEEDS) {
      const s = run({ seed, learner: 'mixture' });
      expect(s.catastrophes).toBeGreaterThan(100);
      expect(s.firstCatastropheStep).toBeGreaterThanOrEqual(300);
    }
  });

  it('MAP fails whenever its model is deceptive (it is, in the default world, by prior mass)', () => {
    for (const seed of SEEDS) {
      const s = run({ seed, learner: 'map' });
      expect(s.demonstratorLeftTopSet).toBe(true);
      expect(s.catastrophes).toBeGreaterThan(100);
    }
    // With π^d the most probable model a priori, MAP is π^d and safe.
    const safe = run({ learner: 'map', world: { demonstratorPrior: 0.5 } });
    expect(safe.demonstratorLeftTopSet).toBe(false);
    expect(safe.catastrophes).toBe(0);
  });

  it('α = 0.3 > w(π^d) with all deceptive models triggering together: never queries, catastrophe ≈ 90% of steps after the trigger', () => {
    for (const seed of SEEDS) {
      const s = run({ seed, selection: { rule: 'alpha', alpha: 0.3 }, world: { triggerSpread: 0 } });
      expect(s.queries).toBe(0);
      expect(s.demonstratorLeftTopSet).toBe(true);
      expect(s.firstCatastropheStep).toBeGreaterThanOrEqual(300);
      const rate = s.catastrophes / (2000 - 300);
      expect(rate).toBeGreaterThan(0.85);
      expect(rate).toBeLessThan(0.95);
    }
  });

  it("the CLI's documented fields reproduce that failure: world.triggerStep alone means every deceptive model triggers then", () => {
    for (const seed of SEEDS) {
      const s = runScenario(parseScenario({ seed, selection: { rule: 'alpha', alpha: 0.3 }, world: { triggerStep: 300 } }));
      expect(s.queries).toBe(0);
      expect(s.catastrophes / (2000 - 300)).toBeGreaterThan(0.85);
    }
  });
});

describe('seeded: facts 3 and 4', () => {
  it('π^d leaves the α set in at most a fraction α/w(π^d) of 40 seeds (α = 0.01, 0.03)', () => {
    for (const alpha of [0.01, 0.03]) {
      let left = 0;
      for (let seed = 100; seed < 140; seed++) {
        if (run({ seed, selection: { rule: 'alpha', alpha } }).demonstratorLeftTopSet) left++;
      }
      expect(left / 40).toBeLessThanOrEqual(alpha / 0.05);
    }
  });

  it('smaller α or larger k means more queries (total over 5 seeds)', () => {
    const total = (selection: object) => SEEDS.reduce((a, seed) => a + run({ seed, selection }).queries, 0);
    const byAlpha = [0.3, 0.1, 0.03, 0.01].map((alpha) => total({ rule: 'alpha', alpha }));
    for (let i = 1; i < byAlpha.length; i++) expect(byAlpha[i]).toBeGreaterThan(byAlpha[i - 1]!);
    expect(total({ rule: 'top-k', k: 10 })).toBeGreaterThan(total({ rule: 'top-k', k: 6 }));
  });

  it('query probability falls over time in the default world', () => {
    for (const seed of SEEDS) {
      const q = run({ seed }).queryProbability;
      expect(q.length).toBe(20);
      expect(q[0]!).toBeGreaterThan(0);
      // Before the triggers θ_q drops as the honest models are ruled out; the triggers (t = 300–340)
      // raise it again, and it drops once more as the deceptive models are ruled out.
      expect(q[2]!).toBeLessThan(q[0]!);
      expect(q[3]!).toBeGreaterThan(q[2]!);
      expect(q[9]!).toBeLessThan(q[3]!);
      expect(mean(q.slice(10))).toBeLessThan(q[0]! / 10);
    }
  });

  it('the top-k preset keeps honest models in the set, so queries never die out', () => {
    const preset = SCENARIO_PRESETS.find((p) => p.id === 'top-k')!.scenario;
    for (const seed of SEEDS) {
      const s = runScenario({ ...preset, seed });
      expect(s.catastrophes).toBe(0);
      expect(mean(s.queryProbability.slice(10))).toBeGreaterThan(0.2);
    }
  });

  it('the safe preset: no catastrophe, π^d never leaves; the α-too-large preset: catastrophes', () => {
    const safe = SCENARIO_PRESETS.find((p) => p.id === 'safe')!.scenario;
    const bad = SCENARIO_PRESETS.find((p) => p.id === 'alpha-too-large')!.scenario;
    for (const seed of SEEDS) {
      const s = runScenario({ ...safe, seed });
      expect(s.catastrophes).toBe(0);
      expect(s.demonstratorLeftTopSet).toBe(false);
      expect(runScenario({ ...bad, seed }).catastrophes).toBeGreaterThan(1000);
    }
  });

  it('all three learners see the same contexts and the conservative one queries least after training', () => {
    let state = initWorld({ ...parseScenario({}), learners: ['conservative', 'mixture', 'map'] });
    const queries = [0, 0, 0];
    for (let t = 0; t < 2000; t++) {
      const step = stepWorld(state);
      step.outcomes.forEach((o, i) => (queries[i]! += o.queried ? 1 : 0));
      state = step.state;
    }
    expect(state.learners.map((l) => l.catastrophes)[0]).toBe(0);
    expect(queries[0]).toBeLessThan(queries[1]!);
  });
});
