import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catastropheProbability } from '~compute/lowstakes/catastrophe';
import { parseScenario } from '~compute/lowstakes/scenario';
import { initLowStakes, rateOf, simulate, stepLowStakes } from '~compute/lowstakes/simulate';
import { createStepper } from '~compute/lowstakes/stepper';

// Scenarios over every learner and world, small enough to step through the pure API quickly.
const scenarios = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    steps: fc.integer({ min: 1, max: 600 }),
    learner: fc.constantFrom('hedge', 'fixed-share', 'follow-the-leader', 'frozen'),
    learningRate: fc.oneof(fc.constant('theory'), fc.double({ min: 0.001, max: 50, noNaN: true })),
    shareRate: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })),
    watchSteps: fc.integer({ min: 0, max: 300 }),
    stakes: fc.integer({ min: 1, max: 1000 }),
    catastropheRun: fc.integer({ min: 1, max: 50 }),
    world: fc.record({
      kind: fc.constantFrom('treacherous', 'alternating'),
      aligned: fc.integer({ min: 0, max: 3 }),
      deceptive: fc.integer({ min: 1, max: 4 }),
      mediocre: fc.integer({ min: 0, max: 4 }),
      turnStep: fc.integer({ min: 0, max: 600 }),
      advantage: fc.double({ min: -0.8, max: 0.2, noNaN: true }),
      noise: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  })
  .map((raw) => parseScenario(raw));

describe('the in-place stepper', () => {
  it('takes exactly the pure stepper’s steps: the same distribution, expected loss, bad-decision weight and cumulative losses, bit for bit', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const fast = createStepper(scenario, rateOf(scenario));
        let state = initLowStakes(scenario);
        for (let t = 0; t < scenario.steps; t++) {
          const { state: next, outcome } = stepLowStakes(state);
          state = next;
          expect(fast.step()).toBe(outcome.learnerLoss);
          expect([...fast.weights]).toEqual(outcome.weights);
          expect(Math.min(1, fast.badProbability)).toBe(outcome.badProbability);
          expect([...fast.cumulative]).toEqual(state.learner.cumulative);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('so simulate’s figures are those of the pure steps', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        let state = initLowStakes(scenario);
        let learnerLoss = 0;
        const q: number[] = [];
        for (let t = 0; t < scenario.steps; t++) {
          const { state: next, outcome } = stepLowStakes(state);
          state = next;
          learnerLoss += outcome.learnerLoss;
          q.push(outcome.badProbability);
        }
        const run = simulate(scenario, 7);
        expect(run.learnerLoss).toBe(learnerLoss);
        expect(run.bestLoss).toBe(Math.min(...state.learner.cumulative));
        expect(run.badDecisions).toBe(q.reduce((a, b) => a + b, 0));
        expect(run.catastropheProbability).toBe(catastropheProbability(Float64Array.from(q), scenario.catastropheRun));
        expect(run.windows.at(-1)!.learnerLoss).toBe(learnerLoss);
      }),
      { numRuns: 40 },
    );
  });
});
