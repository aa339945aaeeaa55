import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ComputeInputError } from '~compute/errors';
import { run } from '~compute/imitation/cli';
import { QUERY_WINDOW, runScenario } from '~compute/imitation/runScenario';
import { DEFAULT_SCENARIO, parseScenario, SCENARIO_PRESETS } from '~compute/imitation/scenario';
import { DEFAULT_WORLD_CONFIG } from '~compute/imitation/toyWorld';

describe('parseScenario', () => {
  it('fills every missing field from the defaults', () => {
    expect(parseScenario({})).toEqual(DEFAULT_SCENARIO);
    expect(parseScenario(undefined)).toEqual(DEFAULT_SCENARIO);
    expect(DEFAULT_SCENARIO.selection).toEqual({ rule: 'alpha', alpha: 0.03 });
    const s = parseScenario({ seed: 9, learner: 'map', selection: { rule: 'top-k', k: 4 }, world: { contexts: 2 } });
    expect(s).toEqual({ ...DEFAULT_SCENARIO, seed: 9, learner: 'map', selection: { rule: 'top-k', k: 4 }, world: { ...DEFAULT_WORLD_CONFIG, contexts: 2 } });
  });

  it('accepts its own output and every preset unchanged', () => {
    for (const p of SCENARIO_PRESETS) expect(parseScenario(JSON.parse(JSON.stringify(p.scenario)))).toEqual(p.scenario);
    expect(SCENARIO_PRESETS.map((p) => p.id)).toEqual(['safe', 'alpha-too-large', 'top-k']);
    expect(SCENARIO_PRESETS[1]!.label).toBe('α too large: the guarantee fails');
  });

  it('names the field in every rejection', () => {
    const cases: [unknown, string][] = [
      [{ selection: { rule: 'alpha', alpha: 2 } }, 'imitation: expected selection.alpha in (0, 1], received 2'],
      [{ selection: { rule: 'alpha', alpha: 0 } }, 'imitation: expected selection.alpha in (0, 1], received 0'],
      [{ selection: { rule: 'top-k', k: 0 } }, 'imitation: expected selection.k an integer in [1, 1000], received 0'],
      [{ selection: { rule: 'top-k', k: 27 } }, 'imitation: expected selection.k an integer in [1, 26] (the number of models), received 27'],
      [{ selection: { rule: 'alpha', k: 3 } }, 'imitation: expected a selection key to be one of rule, alpha, received "k"'],
      [{ selection: { rule: 'best' } }, 'imitation: expected selection.rule "alpha" or "top-k", received "best"'],
      [{ selection: 0.1 }, 'imitation: expected selection an object {"rule": "alpha" | "top-k", …}, received 0.1'],
      [{ foo: 1 }, 'imitation: expected a scenario key to be one of seed, steps, learner, selection, watchSteps, world, received "foo"'],
      [{ steps: 0 }, 'imitation: expected steps an integer in [1, 1000000], received 0'],
      [{ steps: 2.5 }, 'imitation: expected steps an integer in [1, 1000000], received 2.5'],
      [{ seed: 'x' }, 'imitation: expected seed a safe integer, received "x"'],
      [{ learner: 'gpt' }, 'imitation: expected learner one of conservative, mixture, map, received "gpt"'],
      [{ watchSteps: -1 }, 'imitation: expected watchSteps an integer in [0, 1000000], received -1'],
      [{ world: [] }, 'imitation: expected world an object, received []'],
      [{ world: { trigger: 3 } }, 'imitation: expected a world key to be one of contexts, demonstratorPrior, honestModels, deceptiveModels, deceptivePriorRatio, triggerStep, triggerSpread, received "trigger"'],
      [{ world: { demonstratorPrior: 0 } }, 'imitation: expected world.demonstratorPrior in (0, 1), received 0'],
      [{ world: { deceptivePriorRatio: -5 } }, 'imitation: expected world.deceptivePriorRatio in (0, 1e6], received -5'],
      [{ world: { triggerStep: 'soon' } }, 'imitation: expected world.triggerStep an integer in [0, 1000000000], received "soon"'],
      [[1, 2], 'imitation: expected a scenario object, received [1,2]'],
    ];
    for (const [input, message] of cases) {
      expect(() => parseScenario(input)).toThrow(ComputeInputError);
      expect(() => parseScenario(input)).toThrow(message);
    }
  });

  it('never lets anything but a ComputeInputError escape on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseScenario(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ComputeInputError);
        }
      }),
    );
  });
});

describe('runScenario and the CLI run()', () => {
  it('matches the doc examples', () => {
    expect(runScenario(parseScenario({ steps: 100 })).queryProbability.length).toBe(1);
    expect(run({ steps: 2000, learner: 'map' }).queries).toBe(200);
  });

  it('returns the output shape of issue 4', () => {
    const s = run({ steps: 250 });
    expect(Object.keys(s).sort()).toEqual(
      ['catastrophes', 'demonstratorLeftTopSet', 'finalPosterior', 'firstCatastropheStep', 'learner', 'queries', 'queryProbability', 'steps'].sort(),
    );
    expect(Number.isInteger(s.queries)).toBe(true);
    expect(typeof s.demonstratorLeftTopSet).toBe('boolean');
    expect(s.queryProbability.length).toBe(Math.ceil(250 / QUERY_WINDOW));
    for (const q of s.queryProbability) expect(q >= 0 && q <= 1).toBe(true);
    const f = s.finalPosterior;
    expect(f.demonstrator + f.honest + f.deceptive).toBeCloseTo(1, 12);
  });

  it('throws ComputeInputError for bad input', () => {
    expect(() => run({ selection: { rule: 'alpha', alpha: 2 } })).toThrow('imitation: expected selection.alpha in (0, 1], received 2');
  });
});
