import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { observeWorld, QUERY_WINDOW } from '~compute/imitation/index';
import { defaults, normalizeParams, parse } from '~state/index';
import { imitationSchema, MAX_STEP, modelCount, RUN_KEYS, type ImitationParams } from '~components/widgets/imitation/params';
import { advanceRun, createRun, LEARNERS } from '~components/widgets/imitation/simulation';
import { scenarioOf } from '~components/widgets/imitation/params';
import { imitationCliScenario, imitationReproduce, learnerRows, paramsOfImitationScenario, stepRows } from '~components/widgets/imitation/figure';
import { computeCli } from '../../../helpers/computeCli';

const base = defaults(imitationSchema);
/** The state that shapes the run and the point reached (the inactive rule's parameter aside). */
const runState = (p: ImitationParams) => ({ ...Object.fromEntries(RUN_KEYS.filter((k) => (p.rule === 'alpha' ? k !== 'k' : k !== 'alpha')).map((k) => [k, p[k]])), step: p.step });

const states = fc
  .record({
    rule: fc.constantFrom('alpha', 'top-k'),
    alpha: fc.integer({ min: 1, max: 1000 }),
    k: fc.integer({ min: 1, max: 41 }),
    prior: fc.integer({ min: 1, max: 100 }),
    deceptive: fc.integer({ min: 0, max: 20 }),
    ratio: fc.integer({ min: 1, max: 40 }),
    trigger: fc.integer({ min: 0, max: 5000 }),
    together: fc.boolean(),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    step: fc.integer({ min: 1, max: MAX_STEP }),
  })
  .map((r) => {
    const p = normalizeParams(imitationSchema, { ...base, ...r, rule: r.rule as 'alpha', alpha: r.alpha / 1000, prior: r.prior * 0.005, ratio: r.ratio / 2 }, base);
    return { ...p, k: Math.min(p.k, modelCount(p)) };
  });

describe('imitation: URL state ⇄ CLI scenario', () => {
  it('round trip, for each learner: the scenario read back gives the same run and step', () => {
    fc.assert(
      fc.property(states, fc.constantFrom(...LEARNERS), (p, learner) => {
        const json = JSON.parse(JSON.stringify(imitationCliScenario(p, learner)));
        expect(runState(paramsOfImitationScenario(json, base))).toEqual(runState(p));
      }),
      { numRuns: 200 },
    );
  });

  it('the scenario of the read-back state is the same scenario', () => {
    fc.assert(
      fc.property(states, (p) => {
        const s = imitationCliScenario(p, 'conservative');
        expect(imitationCliScenario(paramsOfImitationScenario(s, base), 'conservative')).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });

  it('at step 0 there is nothing to reproduce, and the menu says so', () => {
    expect(imitationReproduce(base).unavailable).toMatch(/step 0/);
    expect(imitationReproduce({ ...base, step: 5 }).unavailable).toBeUndefined();
  });

  it('each learner’s command prints exactly the counts and query probabilities the widget shows for the same state', () => {
    for (const query of ['?imitation.step=500', '?imitation.alpha=0.3&imitation.together=1&imitation.seed=4&imitation.step=777', '?imitation.rule=top-k&imitation.k=6&imitation.deceptive=9&imitation.step=350']) {
      const p = parse(imitationSchema, query).params;
      expect(p.step).toBeGreaterThan(0);
      // the widget's own path: one run of the three learners, advanced to the step in the URL
      const run = createRun(scenarioOf(p));
      advanceRun(run, p.step, MAX_STEP);
      const shown = observeWorld(run.state).learners;
      const commands = imitationReproduce(p).commands;
      expect(commands.map((c) => (c.scenario as { learner: string }).learner)).toEqual([...LEARNERS]);
      commands.forEach((command, i) => {
        const cli = computeCli(command.model, command.scenario);
        expect(cli.steps).toBe(p.step);
        expect(cli.queries, `${query} ${LEARNERS[i]} queries`).toBe(shown[i]!.queries);
        expect(cli.catastrophes, `${query} ${LEARNERS[i]} catastrophes`).toBe(shown[i]!.catastrophes);
        expect(cli.firstCatastropheStep).toBe(run.catastropheSteps[i]![0] ?? null);
        const windows: number[] = [];
        for (let t = 0; t < p.step; t += QUERY_WINDOW) {
          const w = run.theta[i]!.slice(t, t + QUERY_WINDOW);
          windows.push(w.reduce((a, b) => a + b, 0) / w.length);
        }
        expect(cli.queryProbability).toEqual(windows);
      });
      // the downloadable tables hold the widget's numbers
      expect(stepRows(run)).toHaveLength(p.step);
      expect(learnerRows(observeWorld(run.state)).map((r) => r.catastrophes)).toEqual(shown.map((v) => v.catastrophes));
    }
  });
});
