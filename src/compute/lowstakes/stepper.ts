import { seedToState } from '../random/rng';
import { fixedShareInPlace, initLearner, leaderInto, softminInto } from './learners';
import { worldLossesInto } from './world';
import { policyCount, type Scenario } from './scenario';

/**
 * The run loop of `simulate`: the same steps as stepLowStakes (the learner's distribution, the
 * world's losses, the update), through the same functions' in-place forms, on typed arrays kept
 * for the whole run. The pure stepper allocates a dozen arrays and tuples per step; at
 * T = 10,000 that garbage was most of a tweak's 75 ms on a phone-speed CPU. A unit test holds
 * the two equal bit for bit.
 */
export interface Stepper {
  /** p_t, the distribution of the step just taken (before its losses were seen). */
  readonly weights: Float64Array;
  /** L_i after the steps taken. */
  readonly cumulative: Float64Array;
  /** Take one step; returns p_t · ℓ_t and sets `badProbability`. */
  step(): number;
  /** The weight on policies making a bad decision at the step just taken (unclipped sum). */
  badProbability: number;
}

/**
 * A stepper at step 0 of the scenario, with the learning rate `eta` (rateOf(scenario)).
 * @example createStepper(parseScenario({ world: { kind: 'alternating' } }), 1).step() // 0.25
 */
export function createStepper(scenario: Scenario, eta: number): Stepper {
  const { world, stakes, learner: kind, shareRate } = scenario;
  const k = policyCount(world);
  const init = initLearner(kind, k, { eta, shareRate, watchSteps: scenario.watchSteps });
  const sharing = kind === 'fixed-share' && shareRate > 0;
  const cumulative = new Float64Array(k);
  const weights = new Float64Array(k);
  const losses = new Float64Array(k);
  const bad = new Uint8Array(k);
  const share = Float64Array.from(init.weights);
  let frozen: Float64Array | null = init.frozen ? Float64Array.from(init.frozen) : null;
  let rng = seedToState(scenario.seed);
  let t = 0;

  const stepper: Stepper = {
    weights,
    cumulative,
    badProbability: 0,
    step() {
      // learnerDistribution
      if (sharing) weights.set(share);
      else if (kind === 'hedge' || kind === 'fixed-share') softminInto(cumulative, eta, weights);
      else if (kind === 'frozen' && frozen) weights.set(frozen);
      else leaderInto(cumulative, weights);
      rng = worldLossesInto(world, stakes, t, rng, losses, bad);
      let learnerLoss = 0;
      let badProbability = 0;
      for (let i = 0; i < k; i++) {
        learnerLoss += weights[i]! * losses[i]!;
        if (bad[i]) badProbability += weights[i]!;
      }
      // updateLearner
      for (let i = 0; i < k; i++) cumulative[i] = cumulative[i]! + losses[i]!;
      if (sharing) fixedShareInPlace(share, losses, eta, shareRate);
      t++;
      if (kind === 'frozen' && frozen === null && t >= scenario.watchSteps) frozen = leaderInto(cumulative, new Float64Array(k));
      stepper.badProbability = badProbability;
      return learnerLoss;
    },
  };
  return stepper;
}
