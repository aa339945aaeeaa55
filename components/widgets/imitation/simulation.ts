import { initWorld, stepWorld, type LearnerKind, type WorldState, type Scenario } from '@intermittent-distillations/compute/imitation';

/**
 * The learners the widget shows, in panel order (the order of WorldState.learners and of every
 * per-learner array of a Run).
 * @example LEARNERS // ['conservative', 'mixture', 'map']
 */
export const LEARNERS: readonly LearnerKind[] = ['conservative', 'mixture', 'map'];

/**
 * One run of the toy world plus the history the charts need. The island owns it and advances it
 * in place (a run of 20 000 steps would otherwise copy its history every frame); the world state
 * itself only ever moves through the compute model's pure stepWorld.
 */
export interface Run {
  state: WorldState;
  /** θ_q at each step taken, per learner (index = step). */
  theta: number[][];
  /** Steps at which each learner chose a catastrophe itself. */
  catastropheSteps: number[][];
}

/**
 * A fresh run of the scenario with the three learners stepping together from its seed.
 * Source: src/compute/imitation/world.ts initWorld (per-learner RNG streams).
 * @example createRun(scenarioOf(defaults(imitationSchema))).state.t // 0
 */
export function createRun(scenario: Scenario): Run {
  const state = initWorld({ ...scenario, learners: LEARNERS });
  return {
    state,
    theta: LEARNERS.map(() => []),
    catastropheSteps: LEARNERS.map(() => []),
  };
}

/**
 * Advance a run by up to `steps` steps, stopping early at `maxStep` or when `deadline()` says the
 * frame's time is spent (checked every 64 steps, so a frame never blocks for long). Returns the
 * number of steps taken.
 * @example advanceRun(createRun(scenarioOf(defaults(imitationSchema))), 5, 20000) // 5
 */
export function advanceRun(run: Run, steps: number, maxStep: number, deadline: () => boolean = () => false): number {
  let taken = 0;
  while (taken < steps && run.state.t < maxStep) {
    if (taken > 0 && taken % 64 === 0 && deadline()) break;
    const t = run.state.t;
    const { state, outcomes } = stepWorld(run.state);
    run.state = state;
    outcomes.forEach((o, i) => {
      run.theta[i]!.push(o.queryProbability);
      if (o.catastrophe) run.catastropheSteps[i]!.push(t);
    });
    taken++;
  }
  return taken;
}
