/**
 * Steps per second of the default toy world (26 models, α = 0.03, 200,000 steps per trial, so the
 * busy early phase and the quiet concentrated phase both count): the conservative learner alone, the
 * three learners stepping together, and the three with observeWorld every step (the widget's full
 * per-step picture). Target: ≥ 100,000 steps/s in Node. Median of 4 timed trials after 1 warm-up.
 */
import {
  DEFAULT_SCENARIO,
  initWorld,
  observeWorld,
  stepWorld,
  type LearnerKind,
  type WorldState,
} from '../../src/compute/imitation/index';

const STEPS = 200_000;

function stepsPerSecond(learners: LearnerKind[], observe = false): number {
  const rates: number[] = [];
  for (let trial = 0; trial < 5; trial++) {
    let state: WorldState = initWorld({ ...DEFAULT_SCENARIO, seed: trial + 1, learners });
    const t0 = performance.now();
    for (let t = 0; t < STEPS; t++) {
      if (observe) observeWorld(state);
      state = stepWorld(state).state;
    }
    rates.push(STEPS / ((performance.now() - t0) / 1000));
  }
  const timed = rates.slice(1).sort((a, b) => a - b);
  return (timed[1]! + timed[2]!) / 2;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-GB').padStart(11);
const all: LearnerKind[] = ['conservative', 'mixture', 'map'];
console.log(`conservative alone:            ${fmt(stepsPerSecond(['conservative']))} steps/s   (target ≥ 100,000)`);
console.log(`all three learners:            ${fmt(stepsPerSecond(all))} steps/s   (target ≥ 100,000)`);
console.log(`all three + observeWorld:      ${fmt(stepsPerSecond(all, true))} steps/s   (no target; the widget observes once per frame)`);
