import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '~compute/lowstakes/index';
import { defaults, normalizeParams, parse } from '~state/index';
import { CHART_WINDOWS, lowstakesSchema, scenarioOf, stakesOf, type LowStakesParams } from '~components/widgets/lowstakes/params';
import { lowstakesCliScenario, lowstakesReproduce, measureRows, paramsOfLowStakesScenario, windowRows } from '~components/widgets/lowstakes/figure';
import { computeCli } from '../../../helpers/computeCli';

const base = defaults(lowstakesSchema);
/** The state that shapes the run: η only off the theory rate, the stakes as used (B ≤ T). */
const runState = (p: LowStakesParams) => ({ ...p, eta: p.theory ? null : p.eta, stakes: stakesOf(p) });

const states = fc
  .record({
    world: fc.constantFrom('treacherous', 'alternating'),
    learner: fc.constantFrom('hedge', 'fixed-share', 'follow-the-leader', 'frozen'),
    theory: fc.boolean(),
    eta: fc.integer({ min: 1, max: 100_000 }),
    share: fc.integer({ min: 1, max: 5000 }),
    watch: fc.integer({ min: 0, max: 100_000 }),
    steps: fc.integer({ min: 100, max: 100_000 }),
    stakes: fc.integer({ min: 1, max: 100_000 }),
    run: fc.integer({ min: 1, max: 1000 }),
    deceptive: fc.integer({ min: 0, max: 20 }),
    advantage: fc.integer({ min: 0, max: 20 }),
    turn: fc.integer({ min: 0, max: 100 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map((r) =>
    normalizeParams(
      lowstakesSchema,
      { ...base, ...r, world: r.world as 'treacherous', learner: r.learner as 'hedge', eta: r.eta / 10_000, share: r.share / 10_000, advantage: r.advantage / 100, turn: r.turn / 100 },
      base,
    ),
  );

describe('lowstakes: URL state ⇄ CLI scenario', () => {
  it('round trip: the scenario read back gives the same run state', () => {
    fc.assert(
      fc.property(states, (p) => {
        const json = JSON.parse(JSON.stringify(lowstakesCliScenario(p)));
        expect(runState(paramsOfLowStakesScenario(json, base))).toEqual(runState(p));
      }),
      { numRuns: 300 },
    );
  });

  it('the scenario is the one the widget simulates, and the read-back state’s scenario is the same', () => {
    fc.assert(
      fc.property(states, (p) => {
        const s = lowstakesCliScenario(p);
        expect(scenarioOf(p)).toEqual(scenarioOf(paramsOfLowStakesScenario(s, base)));
        expect(lowstakesCliScenario(paramsOfLowStakesScenario(s, base))).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  it('the command prints exactly the measures the widget shows for the same state', () => {
    for (const query of [
      '?lowstakes.learner=fixed-share&lowstakes.theory=0&lowstakes.eta=0.2&lowstakes.share=0.01&lowstakes.steps=3000&lowstakes.turn=0.37&lowstakes.seed=9',
      '?lowstakes.stakes=500&lowstakes.run=3&lowstakes.deceptive=5&lowstakes.advantage=0.1&lowstakes.steps=2000&lowstakes.seed=4',
      '?lowstakes.world=alternating&lowstakes.learner=follow-the-leader&lowstakes.steps=1000&lowstakes.run=20',
      '?lowstakes.learner=frozen&lowstakes.watch=700&lowstakes.steps=5000&lowstakes.run=20',
    ]) {
      const p = parse(lowstakesSchema, query).params;
      expect(p).not.toEqual(base);
      // the widget's own path (LowStakesIsland): simulate(scenarioOf(params), CHART_WINDOWS)
      const run = simulate(scenarioOf(p), CHART_WINDOWS);
      const [command] = lowstakesReproduce(p).commands;
      const cli = computeCli(command!.model, command!.scenario);
      for (const key of ['learnerLoss', 'bestLoss', 'bestPolicy', 'alignedLoss', 'regret', 'regretBound', 'badDecisions', 'stepsToRecover', 'catastropheProbability'] as const) {
        expect(cli[key], `${query} ${key}`).toBe(run[key]);
      }
      // the CLI's last window ends where the widget's does, with the same cumulative losses
      expect(cli.curve.at(-1)).toMatchObject({ step: p.steps, learnerLoss: run.windows.at(-1)!.learnerLoss, bestLoss: run.windows.at(-1)!.bestLoss });
      // the downloadable tables hold the widget's numbers
      expect(windowRows(run)).toHaveLength(run.windows.length);
      expect(measureRows(run, p)[0]).toMatchObject({ badDecisions: run.badDecisions, catastropheProbability: run.catastropheProbability, regret: run.regret });
    }
  });
});
