import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario } from '~compute/priors/index';
import { defaults, normalizeParams, parse } from '~state/index';
import { priorsSchema, scenarioFromParams, type PriorsParams } from '~components/widgets/priors/params';
import { curveRows, MODEL_KEYS, paramsOfPriorsScenario, priorsCliScenario, priorsReproduce, ruleRows } from '~components/widgets/priors/figure';
import { computeCli } from '../../../helpers/computeCli';

const base = defaults(priorsSchema);
const pick = (p: PriorsParams) => Object.fromEntries(MODEL_KEYS.map((k) => [k, p[k]]));

/** Arbitrary widget states on the controls' grid, with the years consistent (target ≥ rule-out ≥ start). */
const states = fc
  .record({
    from: fc.integer({ min: 2020, max: 2099 }),
    span: fc.integer({ min: 0, max: 80 }),
    ftpN: fc.integer({ min: 2, max: 3000 }),
    vs: fc.integer({ min: 1, max: 100 }),
    startBack: fc.integer({ min: 0, max: 100 }),
    g: fc.tuple(fc.integer({ min: 10, max: 300 }), fc.integer({ min: 10, max: 300 })),
    X: fc.integer({ min: 2, max: 40 }),
    spendM: fc.constantFrom(100, 1000, 100000, 5.03, 123.45),
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }),
    increment: fc.constantFrom('0.0001', '0.01'),
    evolution: fc.constantFrom('report', 'strict'),
  })
  .map((r) => {
    const [wCalendar, wResearcher, wCompute, wLifetime, wEvolution, wLogUniform, wImpossible] = r.weights.map((w) => w / 100);
    return normalizeParams(priorsSchema, {
      ...base,
      from: r.from,
      to: Math.min(2100, r.from + r.span),
      ftp: 1 / r.ftpN,
      vs: r.vs / 10,
      start: Math.max(1900, r.from - r.startBack),
      gExp: r.g[0] / 1000,
      gAct: r.g[1] / 1000,
      X: r.X / 2,
      spendM: r.spendM,
      wCalendar, wResearcher, wCompute, wLifetime, wEvolution, wLogUniform, wImpossible,
      increment: r.increment as '0.0001',
      evolution: r.evolution as 'report',
    } as PriorsParams);
  });

describe('priors: URL state ⇄ CLI scenario', () => {
  it('round trip: the scenario read back gives the same model parameters', () => {
    fc.assert(
      fc.property(states, (p) => {
        const json = JSON.parse(JSON.stringify(priorsCliScenario(p)));
        expect(pick(paramsOfPriorsScenario(json, base))).toEqual(pick(p));
      }),
      { numRuns: 200 },
    );
  });

  it('round trip the other way: the scenario of the read-back state is the same scenario', () => {
    fc.assert(
      fc.property(states, (p) => {
        const s = priorsCliScenario(p);
        expect(priorsCliScenario(paramsOfPriorsScenario(JSON.parse(JSON.stringify(s)), base))).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });

  it('the CLI scenario is the scenario the widget evaluates, and writes ftp as the fraction the URL shows', () => {
    expect(priorsCliScenario(base).rules[0]).toMatchObject({ kind: 'calendar', ftp: '1/300' });
    expect(priorsCliScenario(parse(priorsSchema, '?priors.ftp=1%2F100').params).rules[0]).toMatchObject({ ftp: 0.01 });
    const p = parse(priorsSchema, '?priors.ftp=1%2F70&priors.to=2050').params;
    const s = priorsCliScenario(p);
    expect(s.rules[1]).toMatchObject({ kind: 'researcher', ftpCalendar: '1/70' });
    expect(evaluateScenario(scenarioFromParams(p).scenario).probability).toBe(evaluateScenario(scenarioFromParams(paramsOfPriorsScenario(s, base)).scenario).probability);
  });

  it('the reproduce command prints exactly the numbers the widget shows for the same state', () => {
    for (const query of ['', '?priors.ftp=1%2F100&priors.to=2050&priors.increment=0.01', '?priors.from=2025&priors.vs=0.5&priors.wImpossible=0.5&priors.evolution=strict&priors.spendM=100']) {
      const p = parse(priorsSchema, query).params;
      const widget = evaluateScenario(scenarioFromParams(p).scenario);
      const [command] = priorsReproduce(p).commands;
      expect(command!.model).toBe('priors');
      const cli = computeCli('priors', command!.scenario);
      expect(cli.probability).toBe(widget.probability);
      expect(cli.staticProbability).toBe(widget.staticProbability);
      expect(cli.rules).toEqual(widget.rules.map(({ kind, probability, weightAtFrom }) => ({ kind, probability, weightAtFrom })));
      expect(cli.curve).toEqual(widget.curve);
      // and the downloadable tables hold those numbers
      expect(curveRows(widget).map((r) => r.combined)).toEqual(cli.curve.map((c: { probability: number }) => c.probability));
      expect(ruleRows(widget).map((r) => r.probability)).toEqual(cli.rules.map((r: { probability: number }) => r.probability));
    }
  });
});
