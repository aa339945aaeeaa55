import { describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenario, PRESETS } from '~compute/priors/index';
import { defaults, parse, serialize } from '~state/index';
import { matchingPreset, presetParams, priorsSchema, scenarioFromParams } from '~components/widgets/priors/params';

const base = defaults(priorsSchema);

describe('priors widget params', () => {
  it('defaults to the Central preset', () => {
    expect(matchingPreset(base)).toBe('central');
    expect(serialize(priorsSchema, base, '')).toBe('');
  });

  for (const name of ['low', 'central', 'high'] as const) {
    it(`the ${name} preset gives exactly the model's ${name} preset, curves included`, () => {
      const params = { ...base, ...presetParams(name) };
      expect(matchingPreset(params)).toBe(name);
      const widget = evaluateScenario(scenarioFromParams(params).scenario);
      const model = evaluateScenario(parseScenario({ preset: name }));
      expect(widget.probability).toBe(model.probability);
      expect(widget.staticProbability).toBe(model.staticProbability);
      expect(widget.curve).toEqual(model.curve);
      // Rules the preset lacks are present with weight 0.
      expect(widget.rules.filter((r) => r.initialWeight > 0).map((r) => r.kind)).toEqual(PRESETS[name].map((r) => r.kind));
    });
  }

  it('round-trips a custom scenario through the URL', () => {
    const params = { ...base, ...presetParams('high'), ftp: 1 / 150, to: 2050, increment: '0.01' as const, evolution: 'strict' as const, showLaplace: true };
    const query = serialize(priorsSchema, params, '');
    expect(query).toContain('priors.ftp=1/150');
    const back = parse(priorsSchema, `?${query}`);
    expect(back.issues).toEqual([]);
    expect(back.params).toEqual(params);
  });

  it('moves a target before the rule-out year, and a late regime start, to the rule-out year with notes', () => {
    const { scenario, notes } = scenarioFromParams({ ...base, from: 2040, to: 2030, start: 2050 });
    expect(scenario.to).toBe(2040);
    expect(scenario.rules[0]).toMatchObject({ kind: 'calendar', start: 2040 });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/target year 2030/);
  });

  it('puts every rule in the scenario with the shared inputs', () => {
    const { scenario } = scenarioFromParams({ ...base, vs: 2, spendM: 2500, X: 10, increment: '0.01' });
    expect(scenario.increment).toBe(0.01);
    expect(scenario.rules.map((r) => r.kind)).toEqual(['calendar', 'researcher', 'compute', 'lifetime', 'evolution', 'log-uniform', 'impossible']);
    expect(scenario.rules[2]).toMatchObject({ relativeImportance: 10, spend2036: 2.5e9, virtualSuccesses: 2 });
  });
});
