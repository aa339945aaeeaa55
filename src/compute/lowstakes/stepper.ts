import { seedToState } from '../random/rng';
import { initLearner } from './learners';
import { policyCount, type Scenario } from './scenario';

/**
 * The run loop of `simulate`: the same steps as stepLowStakes (the learner's distribution, the
 * world's losses, the update), with the same arithmetic in the same order, but in place on typed
 * arrays. The pure stepper allocates a dozen arrays and tuples per step; at T = 10,000 that
 * garbage was most of a tweak's 75 ms on a phone-speed CPU. A unit test holds the two equal.
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

const MULBERRY = 0x6d2b79f5;

/**
 * A stepper at step 0 of the scenario, with the learning rate `eta` (rateOf(scenario)).
 * @example createStepper(parseScenario({ world: { kind: 'alternating' } }), 1).step() // 0.25
 */
export function createStepper(scenario: Scenario, eta: number): Stepper {
  const { world, stakes } = scenario;
  const k = policyCount(world);
  const init = initLearner(scenario.learner, k, { eta, shareRate: scenario.shareRate, watchSteps: scenario.watchSteps });
  const kind = scenario.learner;
  const shareRate = scenario.shareRate;
  const sharing = kind === 'fixed-share' && shareRate > 0;
  const cumulative = new Float64Array(k);
  const weights = new Float64Array(k);
  const losses = new Float64Array(k);
  const bad = new Uint8Array(k);
  const share = Float64Array.from(init.weights);
  let frozen: Float64Array | null = init.frozen ? Float64Array.from(init.frozen) : null;
  let rng = seedToState(scenario.seed);
  let t = 0;
  const aligned = world.aligned;
  const alignedOrDeceptive = world.aligned + world.deceptive;

  // softminWeights / leaderWeights of learners.ts, into `out`
  const softmin = (values: Float64Array, scale: number, out: Float64Array) => {
    let min = Infinity;
    for (let i = 0; i < k; i++) if (values[i]! < min) min = values[i]!;
    let sum = 0;
    for (let i = 0; i < k; i++) sum += out[i] = Math.exp(-scale * (values[i]! - min));
    for (let i = 0; i < k; i++) out[i] = out[i]! / sum;
  };
  const leader = (values: Float64Array, out: Float64Array) => {
    let min = Infinity;
    for (let i = 0; i < k; i++) if (values[i]! < min) min = values[i]!;
    let ties = 0;
    for (let i = 0; i < k; i++) if (values[i] === min) ties++;
    for (let i = 0; i < k; i++) out[i] = values[i] === min ? 1 / ties : 0;
  };
  const clip01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

  const stepper: Stepper = {
    weights,
    cumulative,
    badProbability: 0,
    step() {
      // learnerDistribution
      if (kind === 'hedge' || (kind === 'fixed-share' && !sharing)) softmin(cumulative, eta, weights);
      else if (sharing) weights.set(share);
      else if (kind === 'frozen' && frozen) weights.set(frozen);
      else leader(cumulative, weights);
      // worldLosses
      if (world.kind === 'alternating') {
        if (t === 0) {
          losses[0] = 0.5;
          losses[1] = 0;
          bad[0] = bad[1] = 0;
        } else {
          const firstBad = t % 2 === 0;
          losses[0] = firstBad ? stakes : 0;
          losses[1] = firstBad ? 0 : stakes;
          bad[0] = firstBad ? 1 : 0;
          bad[1] = firstBad ? 0 : 1;
        }
      } else {
        const turned = t >= world.turnStep;
        for (let i = 0; i < k; i++) {
          // nextRandom (mulberry32), inlined so no tuple is allocated per draw
          rng = (rng + MULBERRY) >>> 0;
          let z = rng;
          z = Math.imul(z ^ (z >>> 15), z | 1);
          z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
          const u = (2 * (((z ^ (z >>> 14)) >>> 0) / 4294967296) - 1) * world.noise;
          if (i < aligned) {
            losses[i] = clip01(0.2 + u);
            bad[i] = 0;
          } else if (i < alignedOrDeceptive) {
            losses[i] = turned ? stakes : clip01(0.2 - world.advantage + u);
            bad[i] = turned ? 1 : 0;
          } else {
            losses[i] = clip01(0.5 + u);
            bad[i] = 0;
          }
        }
      }
      let learnerLoss = 0;
      let badProbability = 0;
      for (let i = 0; i < k; i++) {
        learnerLoss += weights[i]! * losses[i]!;
        if (bad[i]) badProbability += weights[i]!;
      }
      // updateLearner
      for (let i = 0; i < k; i++) cumulative[i] = cumulative[i]! + losses[i]!;
      if (sharing) {
        // fixedShareUpdate, in place
        let min = Infinity;
        for (let i = 0; i < k; i++) if (losses[i]! < min) min = losses[i]!;
        let sum = 0;
        for (let i = 0; i < k; i++) sum += share[i] = share[i]! * Math.exp(-eta * (losses[i]! - min));
        const keep = (1 - shareRate) / sum;
        const even = shareRate / k;
        for (let i = 0; i < k; i++) share[i] = share[i]! * keep + even;
      }
      t++;
      if (kind === 'frozen' && frozen === null && t >= scenario.watchSteps) leader(cumulative, (frozen = new Float64Array(k)));
      stepper.badProbability = badProbability;
      return learnerLoss;
    },
  };
  return stepper;
}
