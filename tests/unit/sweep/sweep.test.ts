/**
 * The shared sweep (src/compute/sweep) through each model's CLI run: a sweep is exactly the single
 * runs it is made of, deterministic, reproduces the report's printed cells, and refuses bad specs
 * with a precise message (exit 2 from the CLI process).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run as priors, runOne as priorsOne } from '~compute/priors/cli';
import { run as imitation, runOne as imitationOne } from '~compute/imitation/cli';
import { evaluateScenario, parseFraction, parseScenario } from '~compute/priors/index';
import { evaluateAtTarget } from '~compute/priors/evaluateAtTarget';
import { planSweep, setPath, summarisePoint, sweepFields, type SweepOutput } from '~compute/sweep/index';
import { priorsSweepModel } from '~compute/priors/sweepModel';
import { imitationSweepModel } from '~compute/imitation/sweepModel';

const root = new URL('../../../', import.meta.url).pathname;
const cli = (model: string, json: string) => spawnSync('npx', ['tsx', 'src/compute/cli.ts', model, json], { cwd: root, encoding: 'utf8' });
const sweepOf = (out: unknown) => (out as SweepOutput).sweep;

describe('setPath', () => {
  it('copies along the path and never mutates', () => {
    const input = { rules: [{ kind: 'calendar', ftp: 0.1 }], from: 2020 };
    const frozen = structuredClone(input);
    const out = setPath(input, 'rules.0.ftp', 0.5);
    expect(out).toEqual({ rules: [{ kind: 'calendar', ftp: 0.5 }], from: 2020 });
    expect(input).toEqual(frozen);
    expect(() => setPath(input, 'rules.3.ftp', 1)).toThrow('setPath: expected a path whose parents exist in the scenario, received "rules.3.ftp"');
  });
});

describe('summarising', () => {
  it('takes mean, min and max per field; booleans count as 0/1; fields null in a run are left out', () => {
    const runs = [{ q: 1, ok: true, first: null, list: [] }, { q: 3, ok: false, first: 4, list: [] }];
    expect(sweepFields(runs)).toEqual(['q', 'ok']);
    expect(summarisePoint(0.1, runs, ['q', 'ok'])).toEqual({ value: 0.1, q: { mean: 2, min: 1, max: 3 }, ok: { mean: 0.5, min: 0, max: 1 } });
  });
});

describe('a sweep equals the single runs it is made of', () => {
  it('priors: one run per value, min = max = mean (deterministic)', () => {
    const values = [1 / 3000, 1 / 300, 0.01, 0.5];
    const out = sweepOf(priors({ from: 2025, rules: [{ kind: 'calendar', virtualSuccesses: 2 }], sweep: { param: 'ftp', values } }));
    expect(out.param).toBe('ftp');
    expect(out.seeds).toBeUndefined();
    expect(out.points.map((p) => p.value)).toEqual(values);
    out.points.forEach((p, i) => {
      const single = priorsOne({ from: 2025, rules: [{ kind: 'calendar', virtualSuccesses: 2, ftp: values[i] }] });
      expect(p.probability).toEqual({ mean: single.probability, min: single.probability, max: single.probability });
      expect(p.staticProbability).toEqual({ mean: single.staticProbability, min: single.staticProbability, max: single.staticProbability });
    });
  });

  it('priors: a path into a preset, and `to` left to its default until swept', () => {
    const out = sweepOf(priors({ preset: 'central', sweep: { param: 'rules.1.gAct', values: [0.03, 0.21] } }));
    const central = priorsOne({ preset: 'central' });
    const rules = central.rules.map((r) => r.kind);
    expect(rules[1]).toBe('researcher');
    const expected = (g: number) => {
      const parsed = priorsSweepModel.prepare!({ preset: 'central' });
      return priorsOne(setPath(parsed, 'rules.1.gAct', g)).probability;
    };
    expect(out.points.map((p) => (p.probability as { mean: number }).mean)).toEqual([expected(0.03), expected(0.21)]);
    const byTo = sweepOf(priors({ from: 2030, rules: [{ kind: 'calendar' }], sweep: { param: 'from', values: [2040] } }));
    expect((byTo.points[0]!.probability as { mean: number }).mean).toBe(0); // to follows from when unwritten
  });

  it('imitation: mean and range over the seeds of exactly the single runs', () => {
    const values = [0.01, 0.3];
    const seeds = [1, 2, 3];
    const base = { steps: 600, world: { triggerSpread: 0 } };
    const out = sweepOf(imitation({ ...base, sweep: { param: 'selection.alpha', values, seeds } }));
    expect(out.seeds).toEqual(seeds);
    values.forEach((alpha, i) => {
      const singles = seeds.map((seed) => imitationOne({ ...base, seed, selection: { rule: 'alpha', alpha } }));
      for (const field of ['queries', 'catastrophes'] as const) {
        const xs = singles.map((s) => s[field]);
        expect(out.points[i]![field]).toEqual({ mean: xs.reduce((a, b) => a + b) / xs.length, min: Math.min(...xs), max: Math.max(...xs) });
      }
      const left = singles.filter((s) => s.demonstratorLeftTopSet).length / seeds.length;
      expect((out.points[i]!.demonstratorLeftTopSet as { mean: number }).mean).toBe(left);
    });
    // the safety/querying trade-off the widget draws: α below w(π^d) queries and stays safe; above, it fails
    expect((out.points[0]!.catastrophes as { max: number }).max).toBe(0);
    expect((out.points[1]!.catastrophes as { min: number }).min).toBeGreaterThan(0);
  });

  it('imitation: top-k sweeps over k', () => {
    const out = sweepOf(imitation({ steps: 300, selection: { rule: 'top-k', k: 10 }, sweep: { param: 'selection.k', values: [1, 26], seeds: [4] } }));
    const single = imitationOne({ steps: 300, seed: 4, selection: { rule: 'top-k', k: 26 } });
    expect((out.points[1]!.queries as { mean: number }).mean).toBe(single.queries);
  });

  it('is deterministic', () => {
    const scenario = { steps: 400, sweep: { param: 'world.deceptivePriorRatio', values: [1, 5, 20], seeds: [7, 8] } };
    expect(imitation(structuredClone(scenario))).toEqual(imitation(structuredClone(scenario)));
    const p = { preset: 'high', sweep: { param: 'to', values: [2036, 2050, 2100] } };
    expect(priors(structuredClone(p))).toEqual(priors(structuredClone(p)));
  });
});

describe('evaluateAtTarget (the priors sweep’s run)', () => {
  it('gives exactly evaluateScenario’s two headline numbers for every preset, year and convention', () => {
    for (const preset of ['low', 'central', 'high']) {
      for (const [from, to] of [[2020, 2036], [2020, 2100], [2030, 2031]]) {
        for (const evolutionUpdate of ['report', 'strict']) {
          const s = parseScenario({ preset, from, to, evolutionUpdate, increment: 0.01 });
          const full = evaluateScenario(s);
          expect(evaluateAtTarget(s)).toEqual({ probability: full.probability, staticProbability: full.staticProbability });
        }
      }
    }
  });
});

describe('the priors sweep reproduces the report', () => {
  interface Case { section: string; quantity: string; params: Record<string, unknown>; printedPercent: string; knownMismatch?: string }
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/priors/report-tables.json', import.meta.url), 'utf8')) as { cases: Case[] };
  const calendarCells = fixture.cases.filter(
    (c) => c.quantity === 'rule' && c.params.kind === 'calendar' && Object.keys(c.params).every((k) => ['kind', 'ftp', 'virtualSuccesses'].includes(k)) && !c.knownMismatch,
  );
  const digits = (printed: string) => Math.max(1, printed.replace('.', '').replace(/^0+/, '').length);

  it('draws every calendar table cell (ftp × vs, 2020 → 2036) from one sweep per vs', () => {
    expect(calendarCells.length).toBeGreaterThanOrEqual(25);
    const byVs = new Map<number, Case[]>();
    for (const c of calendarCells) {
      const vs = (c.params.virtualSuccesses as number | undefined) ?? 1;
      byVs.set(vs, [...(byVs.get(vs) ?? []), c]);
    }
    for (const [vs, cells] of byVs) {
      const values = cells.map((c) => parseFraction(c.params.ftp));
      const out = sweepOf(priors({ rules: [{ kind: 'calendar', virtualSuccesses: vs }], sweep: { param: 'ftp', values } }));
      cells.forEach((c, i) => {
        const percent = 100 * (out.points[i]!.probability as { mean: number }).mean;
        expect(Number(percent.toPrecision(digits(c.printedPercent))), `${c.section} ${c.params.ftp} vs ${vs}`).toBe(Number(c.printedPercent));
      });
    }
  });

  it('reproduces the researcher-year table against g_act (§6.1.2)', () => {
    const cells = fixture.cases.filter((c) => c.section.startsWith('§6.1.2') && !c.knownMismatch && c.params.ftpCalendar === '1/1000');
    const values = cells.map((c) => c.params.gAct as number);
    const out = sweepOf(priors({ rules: [{ kind: 'researcher', ftpCalendar: 1 / 1000 }], sweep: { param: 'gAct', values } }));
    cells.forEach((c, i) => {
      const percent = 100 * (out.points[i]!.probability as { mean: number }).mean;
      expect(Number(percent.toPrecision(digits(c.printedPercent)))).toBe(Number(c.printedPercent));
    });
  });
});

describe('bad sweeps are refused with the reason', () => {
  const cases: [string, unknown, string | RegExp][] = [
    ['unknown param', { rules: [{ kind: 'calendar' }], sweep: { param: 'vs', values: [1] } }, 'sweep: expected sweep.param a numeric field of this priors scenario (from, increment, rules.0.weight, rules.0.ftp, rules.0.virtualSuccesses, rules.0.start), received "vs"'],
    ['a rule field named alone with many rules', { preset: 'central', sweep: { param: 'ftp', values: [0.1] } }, 'sweep: expected sweep.param as a path such as "rules.0.ftp" (the scenario has 6 rules), received "ftp"'],
    ['empty values', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [] } }, 'sweep: expected sweep.values a non-empty array of numbers, received []'],
    ['a value that is not a number', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.1, '1/3'] } }, 'sweep: expected sweep.values[1] a finite number, received "1/3"'],
    ['out of range (the model’s own message)', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.1, 2] } }, 'sweep: ftp = 2 (sweep.values[1]) is not a valid scenario: priors: expected rules[0].ftp in (0, 1), received 2'],
    ['seeds for a deterministic model', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.1], seeds: [1] } }, 'sweep: expected no sweep.seeds: the priors model is deterministic, received [1]'],
    ['too many points', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: Array.from({ length: 10_001 }, (_, i) => (i + 1) / 20_000) } }, 'sweep: expected at most 10000 runs (values × seeds) for priors, received 10001 (10001 values × 1 seed)'],
    ['unknown sweep key', { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.1], steps: 3 } }, 'sweep: expected sweep keys among param, values, seeds, received "steps"'],
    ['a bad scenario around the sweep', { rules: [{ kind: 'calendar', ftp: 3 }], sweep: { param: 'ftp', values: [0.1] } }, 'priors: expected rules[0].ftp in (0, 1), received 3'],
  ];
  it.each(cases)('priors: %s', (_, scenario, message) => {
    expect(() => priors(scenario)).toThrow(message);
  });

  it('imitation: seeds, the seed field itself, k with the α rule, too many runs', () => {
    expect(() => imitation({ sweep: { param: 'selection.alpha', values: [0.1], seeds: [] } })).toThrow('sweep: expected sweep.seeds a non-empty array of integers, received []');
    expect(() => imitation({ sweep: { param: 'selection.alpha', values: [0.1], seeds: [1.5] } })).toThrow('sweep: expected sweep.seeds[0] an integer, received 1.5');
    expect(() => imitation({ sweep: { param: 'seed', values: [1], seeds: [1] } })).toThrow('sweep: expected sweep.param other than the seed "seed" (list seeds in sweep.seeds), received "seed"');
    expect(() => imitation({ sweep: { param: 'selection.k', values: [1] } })).toThrow(/^sweep: expected sweep.param a numeric field of this imitation scenario \(steps, selection.alpha, .*\), received "selection.k"$/);
    expect(() => imitation({ sweep: { param: 'selection.alpha', values: [0.1, 1.5] } })).toThrow('sweep: selection.alpha = 1.5 (sweep.values[1]) is not a valid scenario: imitation: expected selection.alpha in (0, 1], received 1.5');
    expect(() => imitation({ sweep: { param: 'steps', values: Array.from({ length: 101 }, (_, i) => i + 1), seeds: Array.from({ length: 10 }, (_, i) => i) } })).toThrow(
      'sweep: expected at most 1000 runs (values × seeds) for imitation, received 1010 (101 values × 10 seeds)',
    );
  });

  it('plans without running: the runs list values outer, seeds inner', () => {
    const plan = planSweep(imitationSweepModel, { sweep: { param: 'world.triggerStep', values: [100, 200], seeds: [5, 6] } });
    expect(plan.runs.map((r) => [r.value, r.seed, (r.scenario.world as { triggerStep: number }).triggerStep, r.scenario.seed])).toEqual([
      [100, 5, 100, 5],
      [100, 6, 100, 6],
      [200, 5, 200, 5],
      [200, 6, 200, 6],
    ]);
  });

  it('the CLI process exits 2 with one line for each model, 0 with a sweep', () => {
    const ok = cli('priors', '{"rules":[{"kind":"calendar"}],"sweep":{"param":"ftp","values":[0.01]}}');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).sweep.points[0].probability.mean).toBeCloseTo(0.08939, 5);
    for (const [model, json, message] of [
      ['priors', '{"rules":[{"kind":"calendar"}],"sweep":{"param":"ftp","values":[]}}', 'sweep: expected sweep.values a non-empty array of numbers, received []'],
      ['imitation', '{"sweep":{"param":"world.nope","values":[1]}}', 'sweep: expected sweep.param a numeric field of this imitation scenario'],
      ['prune', '{"sweep":{"param":"keep","values":[0.5, 1.5],"seeds":[1]}}', 'sweep: keep = 1.5 (sweep.values[1]) with seed 1 is not a valid scenario: parseScenario: expected keep in (0, 1], received 1.5'],
      ['prune', `{"sweep":{"param":"hidden","values":[${Array.from({ length: 201 }, (_, i) => i + 1).join(',')}]}}`, 'sweep: expected at most 200 runs (values × seeds) for prune, received 201 (201 values × 1 seed)'],
    ] as const) {
      const r = cli(model, json);
      expect(r.status, `${model} ${json}`).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  });
});
