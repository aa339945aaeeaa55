import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ComputeInputError } from '~compute/errors';
import { createRng } from '~compute/random/rng';
import {
  hedgeBound,
  hedgeBoundAt,
  initLearner,
  leaderWeights,
  learnerDistribution,
  fixedShareUpdate,
  softminWeights,
  theoryRate,
  updateLearner,
} from '~compute/lowstakes/learners';
import { parseScenario, DEFAULT_SCENARIO } from '~compute/lowstakes/scenario';
import { initLowStakes, simulate, stepLowStakes } from '~compute/lowstakes/simulate';
import { policies, worldLosses } from '~compute/lowstakes/world';

/** Hedge at the theory rate on a given loss matrix (rows = steps); returns its regret. */
function hedgeRegret(losses: number[][], stakes = 1): { regret: number; bound: number } {
  const k = losses[0]!.length;
  const T = losses.length;
  let s = initLearner('hedge', k, { eta: theoryRate(k, T, stakes), shareRate: 0, watchSteps: 0 });
  let total = 0;
  for (const row of losses) {
    const p = learnerDistribution(s);
    row.forEach((l, i) => (total += p[i]! * l));
    s = updateLearner(s, row);
  }
  return { regret: total - Math.min(...s.cumulative), bound: hedgeBound(k, T, stakes) };
}

describe('the doc-comment examples', () => {
  it('hold', () => {
    expect(theoryRate(10, 1000, 1)).toBeCloseTo(0.1357, 4);
    expect(hedgeBound(10, 1000, 1)).toBeCloseTo(33.93, 2);
    expect(hedgeBoundAt(10, theoryRate(10, 1000, 1), 1000, 1)).toBeCloseTo(hedgeBound(10, 1000, 1), 10);
    softminWeights([0, Math.log(3)], 1).forEach((p, i) => expect(p).toBeCloseTo([0.75, 0.25][i]!, 15));
    expect(leaderWeights([1, 0, 0])).toEqual([0, 0.5, 0.5]);
    expect(fixedShareUpdate([0.5, 0.5], [0, 0], 1, 0.5)).toEqual([0.5, 0.5]);
    expect(learnerDistribution(initLearner('hedge', 4, { eta: 1, shareRate: 0, watchSteps: 0 }))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(updateLearner(initLearner('hedge', 2, { eta: 1, shareRate: 0, watchSteps: 0 }), [1, 0]).cumulative).toEqual([1, 0]);
    expect(policies({ kind: 'treacherous', aligned: 1, deceptive: 1, mediocre: 0 }).map((p) => p.name)).toEqual(['aligned 1', 'deceptive 1']);
    const alt = { kind: 'alternating', aligned: 0, deceptive: 0, mediocre: 0, turnStep: 0, advantage: 0, noise: 0 } as const;
    expect(worldLosses(alt, 3, 1, 0).losses).toEqual([0, 3]);
    expect(stepLowStakes(initLowStakes(parseScenario({ world: { kind: 'alternating' } }))).outcome.learnerLoss).toBe(0.25);
    expect(simulate(parseScenario({ steps: 1000 }), 10).windows).toHaveLength(10);
  });
});

describe('Hedge at the theory rate: regret ≤ B √(T ln K / 2) for every loss sequence', () => {
  it('on random sequences (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 150 }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (k, T, stakes, seed) => {
          const rng = createRng(seed);
          const losses = Array.from({ length: T }, () => Array.from({ length: k }, () => stakes * rng()));
          const { regret, bound } = hedgeRegret(losses, stakes);
          return regret <= bound + 1e-9 * stakes * T;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on adversarial sequences: the loss of 1 (or B) always on the learner’s heaviest policy (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 400 }), fc.double({ min: 1, max: 20, noNaN: true }), (k, T, stakes) => {
        let s = initLearner('hedge', k, { eta: theoryRate(k, T, stakes), shareRate: 0, watchSteps: 0 });
        let total = 0;
        for (let t = 0; t < T; t++) {
          const p = learnerDistribution(s);
          const heaviest = p.indexOf(Math.max(...p));
          const row = p.map((_, i) => (i === heaviest ? stakes : 0));
          total += p[heaviest]! * stakes;
          s = updateLearner(s, row);
        }
        return total - Math.min(...s.cumulative) <= hedgeBound(k, T, stakes) + 1e-9 * stakes * T;
      }),
      { numRuns: 200 },
    );
  });

  it('in the treacherous world at every stakes, learner count and seed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(1, 10, 1000),
        fc.integer({ min: 0, max: 5 }),
        (steps, seed, stakes, deceptive) => {
          const r = simulate(parseScenario({ steps, seed, stakes, world: { deceptive } }), 1);
          return r.regretBound !== null && r.regret <= r.regretBound + 1e-9 * stakes * steps;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the spec’s quick-simulation facts (default world, Hedge at the theory rate, B = 1, seed 1)', () => {
  const at = (steps: number) => simulate(parseScenario({ steps }));
  it('T = 1000: regret ≈ 17.5 under the bound 33.9, about 42 bad decisions', () => {
    const r = at(1000);
    expect(r.regretBound).toBeCloseTo(33.93, 2);
    expect(r.regret).toBeGreaterThan(15);
    expect(r.regret).toBeLessThan(20);
    expect(r.badDecisions).toBeGreaterThan(38);
    expect(r.badDecisions).toBeLessThan(47);
    expect(r.bestPolicy).toBe('aligned 1');
  });
  it('regret/T falls with T (like 1/√T) and stays under the bound', () => {
    const rs = [1000, 10_000, 20_000].map((T) => ({ T, r: at(T) }));
    for (const { r } of rs) expect(r.regret).toBeLessThanOrEqual(r.regretBound!);
    const perStep = rs.map(({ T, r }) => r.regret / T);
    expect(perStep[1]!).toBeLessThan(perStep[0]!);
    expect(perStep[2]!).toBeLessThan(perStep[1]!);
    // regret ≈ c √T: the ratio between T = 1000 and 10,000 is near √10 ≈ 3.16
    expect(rs[1]!.r.regret / rs[0]!.r.regret).toBeGreaterThan(2.5);
    expect(rs[1]!.r.regret / rs[0]!.r.regret).toBeLessThan(4);
    expect(rs[1]!.r.regretBound).toBeCloseTo(107.3, 1);
    expect(rs[2]!.r.regretBound).toBeCloseTo(151.7, 1);
  });
  it('catastrophe probability: 1.000 with m = 1 at every T, still high with m = 20', () => {
    for (const steps of [1000, 10_000]) {
      expect(simulate(parseScenario({ steps, catastropheRun: 1 })).catastropheProbability).toBeGreaterThan(0.9995);
      expect(simulate(parseScenario({ steps, catastropheRun: 20 })).catastropheProbability).toBeGreaterThan(0.5);
    }
  });
});

describe('follow-the-leader on the alternating sequence', () => {
  it('has regret ≈ T/2 (linear) while Hedge stays under √(T ln 2 / 2)', () => {
    for (const steps of [1000, 4000]) {
      const ftl = simulate(parseScenario({ steps, learner: 'follow-the-leader', world: { kind: 'alternating' } }));
      expect(ftl.regret).toBeCloseTo(steps / 2 - 0.25, 10); // ties at t = 0 split evenly: loss ¼ there, then 1 every step
      expect(ftl.badDecisions).toBe(steps - 1);
      expect(ftl.stepsToRecover).toBeNull();
      const hedge = simulate(parseScenario({ steps, world: { kind: 'alternating' } }));
      expect(hedge.regret).toBeLessThanOrEqual(hedge.regretBound!);
      expect(hedge.regretBound).toBeCloseTo(Math.sqrt((steps * Math.log(2)) / 2), 10);
    }
    const hedge1000 = simulate(parseScenario({ steps: 1000, world: { kind: 'alternating' } }));
    expect(hedge1000.regret).toBeCloseTo(9.5, 0);
  });
});

describe('train-then-deploy', () => {
  it('picks a deceptive policy after watching W = 2000 of T = 10,000 steps and makes every post-turn decision bad', () => {
    const r = simulate(parseScenario({ learner: 'frozen', watchSteps: 2000, steps: 10_000 }));
    expect(r.badDecisions).toBe(5000);
    expect(r.stepsToRecover).toBeNull();
    expect(r.catastropheProbability).toBe(1);
    const state = initLowStakes(parseScenario({ learner: 'frozen' }));
    let s = state;
    for (let t = 0; t < 2000; t++) s = stepLowStakes(s).state;
    const frozen = s.learner.frozen!;
    expect(policies(s.scenario.world)[frozen.indexOf(1)]!.kind).toBe('deceptive');
  });
  it('watching past the turn: bad decisions only while it still follows the leader, then the aligned policy for good', () => {
    const r = simulate(parseScenario({ learner: 'frozen', watchSteps: 6000 }));
    // the deceptive lead of 0.05 × 5000 = 250 is lost at 0.8 a step: about 312 steps after the turn
    expect(r.stepsToRecover).toBeGreaterThan(280);
    expect(r.stepsToRecover).toBeLessThan(350);
    expect(r.badDecisions).toBe(r.stepsToRecover);
  });
});

describe('long horizons and extreme rates never overflow or produce NaN', () => {
  it('η = 1000 and B = 10⁹ keep every number finite', () => {
    for (const learner of ['hedge', 'fixed-share', 'follow-the-leader', 'frozen'] as const) {
      const r = simulate(parseScenario({ steps: 20_000, learner, learningRate: 1000, stakes: 1e9, shareRate: 0 }));
      for (const v of [r.learnerLoss, r.regret, r.badDecisions, r.catastropheProbability]) expect(Number.isFinite(v)).toBe(true);
      for (const w of r.windows) for (const v of Object.values(w.kindWeights)) expect(Number.isFinite(v)).toBe(true);
    }
  });
  it('a huge rate still recovers after the turn (log-space weights: the aligned policy is never lost to underflow)', () => {
    // η = 50: the deceptive policies lead by ≈ 0.05 × 50,000 = 2500 in loss (125,000 in log weight,
    // far past underflow) and lose 0.8 a step after the turn, so the weight returns ≈ 3125 steps later.
    const r = simulate(parseScenario({ steps: 100_000, learningRate: 50 }));
    expect(r.stepsToRecover).not.toBeNull();
    expect(r.stepsToRecover!).toBeGreaterThan(3000);
    expect(r.stepsToRecover!).toBeLessThan(3300);
  });
  it('Fixed-Share keeps a distribution with every weight ≥ γ/K, whatever the losses (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1e-12, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (losses, gamma, eta) => {
          const k = losses.length;
          let w = new Array<number>(k).fill(1 / k);
          for (let t = 0; t < 5; t++) w = fixedShareUpdate(w, losses.map((l, i) => (i === t % k ? l : 0)), eta, gamma);
          const sum = w.reduce((a, b) => a + b, 0);
          return Math.abs(sum - 1) < 1e-12 && w.every((x) => x >= (gamma / k) * (1 - 1e-12));
        },
      ),
    );
  });
  it('Fixed-Share with γ = 0 is Hedge', () => {
    const a = simulate(parseScenario({ steps: 3000, learner: 'fixed-share', shareRate: 0 }));
    const b = simulate(parseScenario({ steps: 3000 }));
    expect(a.learnerLoss).toBeCloseTo(b.learnerLoss, 8);
  });
  it('Fixed-Share (default γ = 0.001) makes fewer bad decisions than Hedge at a long horizon', () => {
    const fs = simulate(parseScenario({ steps: 100_000, learner: 'fixed-share' }));
    const h = simulate(parseScenario({ steps: 100_000 }));
    expect(fs.badDecisions).toBeLessThan(h.badDecisions);
  });
});

describe('seeded determinism', () => {
  it('the same scenario gives the same run; another seed a different one', () => {
    const a = simulate(parseScenario({ steps: 2000, seed: 42 }));
    expect(simulate(parseScenario({ steps: 2000, seed: 42 }))).toEqual(a);
    expect(simulate(parseScenario({ steps: 2000, seed: 43 })).learnerLoss).not.toBe(a.learnerLoss);
  });
  it('the state is plain data: a JSON round trip mid-run continues identically', () => {
    let s = initLowStakes(parseScenario({ steps: 400, learner: 'fixed-share' }));
    for (let t = 0; t < 200; t++) s = stepLowStakes(s).state;
    const copy = JSON.parse(JSON.stringify(s));
    const next = stepLowStakes(s);
    expect(stepLowStakes(copy)).toEqual(next);
  });
  it('stepping does not mutate its input', () => {
    const s = initLowStakes(parseScenario({}));
    const before = JSON.stringify(s);
    stepLowStakes(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('parseScenario', () => {
  it('fills defaults, turnStep = ⌊T/2⌋', () => {
    const s = parseScenario({});
    expect(s).toMatchObject(DEFAULT_SCENARIO);
    expect(s.world).toEqual({ kind: 'treacherous', aligned: 1, deceptive: 3, mediocre: 6, turnStep: 5000, advantage: 0.05, noise: 0.1 });
    expect(parseScenario({ steps: 1001 }).world.turnStep).toBe(500);
  });
  it('throws precise errors', () => {
    const cases: [unknown, string][] = [
      [[], 'lowstakes: expected a scenario object, received []'],
      [{ stakes: 0.5 }, 'lowstakes: expected stakes a number in [1, 1000000000], received 0.5'],
      [{ steps: 0 }, 'lowstakes: expected steps an integer in [1, 1000000], received 0'],
      [{ learner: 'ftl' }, 'lowstakes: expected learner one of hedge, fixed-share, follow-the-leader, frozen, received "ftl"'],
      [{ learningRate: 'fast' }, 'lowstakes: expected learningRate "theory" or a number in (0, 1000000], received "fast"'],
      [{ learningRate: 0 }, 'lowstakes: expected learningRate "theory" or a number in (0, 1000000], received 0'],
      [{ shareRate: 2 }, 'lowstakes: expected shareRate 0 or a number in [1e-12, 1], received 2'],
      [{ shareRate: 1e-20 }, 'lowstakes: expected shareRate 0 or a number in [1e-12, 1], received 1e-20'],
      [{ catastropheRun: 1.5 }, 'lowstakes: expected catastropheRun an integer in [1, 1000000], received 1.5'],
      [{ seed: 'x' }, 'lowstakes: expected seed a safe integer, received "x"'],
      [{ world: { kind: 'flat' } }, 'lowstakes: expected world.kind one of treacherous, alternating, received "flat"'],
      [{ world: { noise: -1 } }, 'lowstakes: expected world.noise a number in [0, 1], received -1'],
      [{ world: { aligned: 0, deceptive: 0, mediocre: 0 } }, 'lowstakes: expected at least one policy (world.aligned + world.deceptive + world.mediocre ≥ 1), received 0'],
      [{ colour: 'red' }, 'lowstakes: expected a scenario key to be one of seed, steps, learner, learningRate, shareRate, watchSteps, stakes, catastropheRun, world, received "colour"'],
      [{ world: { turn: 3 } }, 'lowstakes: expected a world key to be one of kind, aligned, deceptive, mediocre, turnStep, advantage, noise, received "turn"'],
    ];
    for (const [input, message] of cases) {
      expect(() => parseScenario(input)).toThrow(ComputeInputError);
      expect(() => parseScenario(input)).toThrow(message);
    }
    expect(() => theoryRate(0, 10, 1)).toThrow('theoryRate: expected K an integer ≥ 1, received 0');
    expect(() => updateLearner(initLearner('hedge', 2, { eta: 1, shareRate: 0, watchSteps: 0 }), [1])).toThrow('updateLearner: expected 2 losses, received 1');
  });
});
