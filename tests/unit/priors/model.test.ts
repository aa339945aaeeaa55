import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clearCalibrationCache,
  evaluateScenario,
  parseFraction,
  parseScenario,
  PRESETS,
  RULE_DEFAULTS,
  SCENARIO_DEFAULTS,
} from '~compute/priors/index';
import { expectedTrialProbability, logSurvival, probabilityWithin, logConditionalSurvival } from '~compute/priors/betaBinomial';
import { calibrateAnchorFtp, calibrateComputeFtp, calibrateResearcherFtp } from '~compute/priors/calibrateFtp';
import { countTrials } from '~compute/priors/countTrials';
import { logCumulativeResearcherYears } from '~compute/priors/researcherYears';
import { log10ComputePrice, log10LargestCompute, log10LargestSpend } from '~compute/priors/computeTrajectory';
import { combineForecasts, normaliseWeights, updateWeights } from '~compute/priors/hyperPrior';
import { memoise } from '~compute/priors/memoise';

const run = (s: unknown) => evaluateScenario(parseScenario(s));
const calendar = (ftp: number | string) => run({ rules: [{ kind: 'calendar', ftp }] });

describe('spec §5 public check values', () => {
  it('calendar, vs 1, start 1956, 2020 → 2036: 16/(1/ftp + 79)', () => {
    for (const [ftp, printed] of [['1/300', 0.042216], ['1/100', 0.08939], ['1/1000', 0.01483], ['1/50', 0.124]] as const) {
      const p = calendar(ftp).probability;
      expect(p).toBeCloseTo(16 / (1 / parseFraction(ftp) + 79), 12);
      expect(Number(p.toPrecision(String(printed).replace('0.', '').replace(/^0+/, '').length))).toBe(printed);
    }
  });
  it("Laplace's rule gives 19.75% (and the baseline in every result)", () => {
    expect(calendar(0.5).probability).toBeCloseTo(16 / 81, 12);
    expect(Number((calendar('1/300').laplace.probability * 100).toFixed(2))).toBe(19.75);
  });
  it('rule out AGI before the end of 2025: 11/379', () => {
    expect(run({ from: 2025, to: 2036, rules: [{ kind: 'calendar' }] }).probability).toBeCloseTo(11 / 379, 12);
  });
  it('E(p) after 50 failures with ftp 1/100: 1/200, 1/150, 1/125', () => {
    expect(expectedTrialProbability({ ftp: 0.01, virtualSuccesses: 0.5 }, 50)).toBeCloseTo(1 / 200, 15);
    expect(expectedTrialProbability({ ftp: 0.01, virtualSuccesses: 1 }, 50)).toBeCloseTo(1 / 150, 15);
    expect(expectedTrialProbability({ ftp: 0.01, virtualSuccesses: 2 }, 50)).toBeCloseTo(1 / 125, 15);
  });
  it('tail: ftp 1/300, vs 1, P(AGI only after 300 years of effort) = 299/599 ≈ 49.9%', () => {
    const after = Math.exp(logSurvival({ ftp: 1 / 300, virtualSuccesses: 1 }, 300));
    expect(after).toBeCloseTo(299 / 599, 12);
    expect(Number((after * 100).toFixed(1))).toBe(49.9);
  });
  it('published all-things-considered: low 1.3 / central 7.5 / high 18 (2036), 5.3 / 20 / 35 (2100)', () => {
    const at = (preset: string, to: number) => run({ preset, to }).probability * 100;
    expect(Number(at('low', 2036).toPrecision(2))).toBe(1.3);
    expect(Number(at('central', 2036).toPrecision(2))).toBe(7.5);
    expect(Number(at('high', 2036).toPrecision(2))).toBe(18);
    expect(Number(at('low', 2100).toPrecision(2))).toBe(5.3);
    expect(Number(at('central', 2100).toPrecision(2))).toBe(20);
    expect(Number(at('high', 2100).toPrecision(2))).toBe(35);
  });
});

describe('doc examples', () => {
  it('hold', () => {
    expect(Math.exp(logSurvival({ ftp: 0.5, virtualSuccesses: 1 }, 3))).toBeCloseTo(0.25, 13);
    expect(Math.exp(logConditionalSurvival({ ftp: 0.5, virtualSuccesses: 1 }, 1, 2))).toBeCloseTo(0.5, 13);
    expect(probabilityWithin({ ftp: 1 / 300, virtualSuccesses: 1 }, 64, 16)).toBeCloseTo(16 / 379, 13);
    expect(countTrials(Math.log(2), 0.01)).toBe(69);
    expect(Math.exp(logCumulativeResearcherYears(1957, { start: 1956, gAct: 0.1, gExp: 0.1 }))).toBeCloseTo(111, 9);
    expect(log10ComputePrice(2028)).toBe(-18);
    expect(log10LargestSpend(2028, 9)).toBeCloseTo(8.425, 12);
    expect(log10LargestCompute(2036, 9)).toBe(28);
    expect(calibrateComputeFtp({ ftpResearcher: 0.01, relativeImportance: 1 })).toBeCloseTo(0.01, 10);
    expect(calibrateResearcherFtp({ ftpCalendar: 1 / 300, gExp: 0.043, increment: 0.01 })).toBeCloseTo(0.000801884428345, 12);
    expect(calibrateAnchorFtp({ trials: 99, virtualSuccesses: 1 })).toBeCloseTo(0.01, 10);
    expect(normaliseWeights([1, 3])).toEqual([0.25, 0.75]);
    expect(normaliseWeights([0, 0])).toEqual([0.5, 0.5]);
    const w = updateWeights([0.5, 0.5], [Math.log(0.5), 0]);
    expect(w[0]).toBeCloseTo(1 / 3, 14);
    expect(w[1]).toBeCloseTo(2 / 3, 14);
    expect(combineForecasts([0.25, 0.75], [0.1, 0.02])).toBeCloseTo(0.04, 14);
    const square = memoise((x: number) => x * x, (x) => String(x));
    expect(square(3)).toBe(9);
    expect(PRESETS.central.length).toBe(6);
    expect(RULE_DEFAULTS.researcher.gAct).toBe(0.11);
    expect(SCENARIO_DEFAULTS.increment).toBe(0.0001);
    expect(parseFraction('1/300')).toBeCloseTo(1 / 300, 17);
  });
});

describe('trajectories and calibrations', () => {
  it('cumulative researcher-years match the yearly running sum of the report code', () => {
    const growth = { start: 1956, gAct: 0.11, gExp: 0.043 };
    let r = 10;
    let R = 10 / 0.11;
    for (let y = 1957; y <= 2100; y++) {
      r *= y <= 2036 ? 1.11 : 1.043;
      R += r;
      expect(logCumulativeResearcherYears(y, growth)).toBeCloseTo(Math.log(R), 10);
    }
  });
  it('researcher calibration reproduces the calendar forecast it was calibrated on', () => {
    const ftp = calibrateResearcherFtp({ ftpCalendar: 1 / 300, gExp: 0.043, increment: 1e-4 });
    const r = run({ rules: [{ kind: 'researcher', ftpCalendar: '1/300', gAct: 0.043 }] });
    expect(r.rules[0]!.ftp).toBe(ftp);
    expect(r.rules[0]!.probability).toBeCloseTo(16 / 379, 9);
  });
  it('anchor calibration puts 50% on reaching the anchor compute, for any vs', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.integer({ min: 10, max: 500000 }), (vs, trials) => {
      const ftp = calibrateAnchorFtp({ trials, virtualSuccesses: vs });
      expect(probabilityWithin({ ftp, virtualSuccesses: vs }, 0, trials)).toBeCloseTo(0.5, 8);
    }), { numRuns: 30 });
  });
  it('compute calibration: X compute trials after 5 failures match one researcher trial', () => {
    const ftpRes = 1e-3;
    const ftp = calibrateComputeFtp({ ftpResearcher: ftpRes, relativeImportance: 5 });
    expect(probabilityWithin({ ftp, virtualSuccesses: 1 }, 5, 5)).toBeCloseTo(1 / (1 / ftpRes + 5), 12);
  });
  it('evolution: `strict` updates the weight on the failures since 1e21 FLOP, `report` does not', () => {
    const rules = [{ kind: 'calendar' }, { kind: 'evolution' }];
    const report = run({ rules, evolutionUpdate: 'report' });
    const strict = run({ rules, evolutionUpdate: 'strict' });
    expect(strict.rules[1]!.weightAtFrom).toBeLessThan(report.rules[1]!.weightAtFrom);
    expect(strict.rules[1]!.probability).toBe(report.rules[1]!.probability);
    // Under `report` the evolution rule's survival to 2020 counts as 1.
    const cal = Math.exp(logSurvival({ ftp: 1 / 300, virtualSuccesses: 1 }, 64));
    expect(report.rules[1]!.weightAtFrom).toBeCloseTo(1 / (1 + cal), 12);
  });
});

describe('properties', () => {
  const ftpArb = fc.double({ min: 1e-5, max: 0.5, noNaN: true });
  const vsArb = fc.double({ min: 0.05, max: 20, noNaN: true });
  it('pr(AGI by target) increases with ftp', () => {
    fc.assert(fc.property(ftpArb, ftpArb, vsArb, (a, b, vs) => {
      fc.pre(Math.abs(a - b) > 1e-9);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const p = (ftp: number) => run({ rules: [{ kind: 'calendar', ftp, virtualSuccesses: vs }] }).probability;
      expect(p(lo)).toBeLessThanOrEqual(p(hi));
    }), { numRuns: 60 });
  });
  it('every curve is non-decreasing in the target year and starts at 0', () => {
    fc.assert(fc.property(fc.constantFrom('low', 'central', 'high'), fc.integer({ min: 2020, max: 2099 }), fc.constantFrom(1e-4, 1e-2), (preset, from, increment) => {
      const r = run({ preset, from, increment });
      for (const curve of [r.curve, r.staticCurve, ...r.rules.map((x) => x.curve)]) {
        expect(curve[0]).toEqual({ year: from, probability: 0 });
        expect(curve.at(-1)!.year).toBe(2100);
        for (let i = 1; i < curve.length; i++) expect(curve[i]!.probability).toBeGreaterThanOrEqual(curve[i - 1]!.probability);
      }
    }), { numRuns: 20 });
  });
  it('the combination lies between its rules’ min and max, and weights at `from` sum to 1', () => {
    const kinds = ['calendar', 'researcher', 'compute', 'lifetime', 'evolution', 'log-uniform', 'impossible'];
    fc.assert(fc.property(
      fc.array(fc.record({ kind: fc.constantFrom(...kinds), weight: fc.double({ min: 0, max: 5, noNaN: true }) }), { minLength: 1, maxLength: 7 }),
      fc.integer({ min: 2020, max: 2099 }),
      fc.integer({ min: 0, max: 80 }),
      fc.constantFrom<'report' | 'strict'>('report', 'strict'),
      (rules, from, span, evolutionUpdate) => {
        const to = Math.min(2100, from + span);
        const r = run({ from, to, rules, evolutionUpdate });
        const ps = r.rules.map((x) => x.probability);
        for (const p of [r.probability, r.staticProbability]) {
          expect(p).toBeGreaterThanOrEqual(Math.min(...ps) - 1e-12);
          expect(p).toBeLessThanOrEqual(Math.max(...ps) + 1e-12);
        }
        expect(r.rules.reduce((s, x) => s + x.weightAtFrom, 0)).toBeCloseTo(1, 12);
        expect(r.rules.reduce((s, x) => s + x.normalisedWeight, 0)).toBeCloseTo(1, 12);
      },
    ), { numRuns: 60 });
  });
  it('many virtual successes tend to the geometric 1 − (1 − ftp)^m', () => {
    fc.assert(fc.property(fc.double({ min: 1e-4, max: 0.2, noNaN: true }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), (ftp, n, m) => {
      const geometric = 1 - (1 - ftp) ** m;
      expect(probabilityWithin({ ftp, virtualSuccesses: 1e7 }, n, m)).toBeCloseTo(geometric, 4);
    }));
  });
  it('the closed form equals the direct product over trials on small cases', () => {
    fc.assert(fc.property(ftpArb, vsArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (ftp, vs, n, m) => {
      let fail = 1;
      for (let k = 0; k < m; k++) fail *= 1 - 1 / (1 / ftp + (n + k) / vs);
      expect(probabilityWithin({ ftp, virtualSuccesses: vs }, n, m)).toBeCloseTo(1 - fail, 10);
    }));
  });
  it('the closed-form hyper-prior equals the report’s year-by-year update loop', () => {
    const r = run({ preset: 'central', to: 2100 });
    const rules = r.rules;
    // Year-by-year: P(y | none by y−1) = Σ wᵢ(y−1)·Pᵢ(y | none by y−1); weights updated each year.
    let weights = rules.map((x) => x.weightAtFrom);
    let fail = 1;
    for (let k = 1; k < r.curve.length; k++) {
      const cond = rules.map((x) => 1 - (1 - x.curve[k]!.probability) / (1 - x.curve[k - 1]!.probability));
      const pYear = weights.reduce((s, w, i) => s + w * cond[i]!, 0);
      fail *= 1 - pYear;
      expect(1 - fail).toBeCloseTo(r.curve[k]!.probability, 12);
      const un = weights.map((w, i) => w * (1 - cond[i]!));
      const total = un.reduce((a, b) => a + b, 0);
      weights = un.map((u) => u / total);
    }
  });
  it('never returns NaN for any valid scenario', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 0.9, noNaN: true }), vsArb, fc.integer({ min: -5000, max: 2020 }), (ftp, vs, start) => {
      const r = run({ rules: [{ kind: 'calendar', ftp, virtualSuccesses: vs, start }, { kind: 'researcher', start, virtualSuccesses: vs }, { kind: 'lifetime', virtualSuccesses: vs }] });
      for (const x of r.rules) for (const p of x.curve) expect(Number.isFinite(p.probability)).toBe(true);
    }), { numRuns: 40 });
  });
});

describe('API shape', () => {
  it('returns per-rule weights, curves, E(p) and the Laplace baseline', () => {
    const r = run({ preset: 'central' });
    expect(r.rules.map((x) => x.kind)).toEqual(['calendar', 'researcher', 'compute', 'lifetime', 'evolution', 'impossible']);
    expect(r.rules[0]!.expectedProbabilityNow).toBeCloseTo(1 / (300 + 64), 15);
    expect(r.rules[5]!.expectedProbabilityNow).toBeNull();
    expect(r.rules[0]!.curve).toHaveLength(81);
    expect(r.laplace.curve.at(-1)!.probability).toBeCloseTo(80 / 145, 12);
    expect(r.rules[2]!.initialWeight).toBe(0.05);
  });
  it('clearing the calibration cache does not change results', () => {
    const a = run({ preset: 'central' });
    clearCalibrationCache();
    expect(run({ preset: 'central' })).toEqual(a);
  });
});

describe('validation', () => {
  const bad: [unknown, RegExp][] = [
    [{ rules: [{ kind: 'calendar' }, { kind: 'calendar' }, { kind: 'calendar', ftp: 2 }] }, /^priors: expected rules\[2\]\.ftp in \(0, 1\), received 2$/],
    [{ rules: [{ kind: 'calendar', virtualSuccesses: 0 }] }, /rules\[0\]\.virtualSuccesses in \(0, 1e6\], received 0/],
    [{ rules: [{ kind: 'calendar', start: 2021 }] }, /rules\[0\]\.start an integer in \[-100000, 2020\] \(no later than the rule-out year\), received 2021/],
    [{ rules: [{ kind: 'compute', spend2036: 5e6 }] }, /rules\[0\]\.spend2036 in dollars above the 2020 spend/],
    [{ rules: [{ kind: 'impossible', weight: -1 }] }, /rules\[0\]\.weight ≥ 0, received -1/],
    [{ from: 2030, to: 2025, rules: [{ kind: 'calendar' }] }, /expected to an integer target year in \[from \(2030\), 2100\], received 2025/],
    [{ rules: [{ kind: 'magic' }] }, /rules\[0\]\.kind one of calendar, researcher/],
    [{ rules: [{ kind: 'calendar' }], colour: 'red' }, /scenario keys among .* received "colour"/],
    [{ rules: [{ kind: 'lifetime', ftp: 0.1 }] }, /rules\[0\] keys among kind, weight, spend2036, virtualSuccesses for kind "lifetime", received "ftp"/],
    [{ preset: 'medium' }, /preset one of low, central, high, received "medium"/],
    [{ from: 2019, preset: 'low' }, /from an integer in \[2020, 2099\], received 2019/],
    [{ increment: 0, preset: 'low' }, /increment a relative trial increment in \(0, 0\.1\], received 0/],
    [{ evolutionUpdate: 'lax', preset: 'low' }, /evolutionUpdate "report" or "strict", received "lax"/],
    [{}, /rules \(a non-empty array\) or a preset/],
    [[], /priors: expected a scenario object, received \[\]/],
  ];
  it.each(bad)('rejects %j', (input, message) => {
    expect(() => parseScenario(input)).toThrow(message);
  });
  it('parseFraction rejects "abc", "0", "1/0", "2" with clear messages', () => {
    expect(() => parseFraction('abc')).toThrow('parseFraction: expected ftp as a number or a fraction like "1/300", received "abc"');
    expect(() => parseFraction('0')).toThrow('parseFraction: expected ftp in (0, 1), received "0"');
    expect(() => parseFraction('1/0')).toThrow('parseFraction: expected ftp with a non-zero denominator, received "1/0"');
    expect(() => parseFraction('2')).toThrow('parseFraction: expected ftp in (0, 1), received "2"');
    expect(parseFraction(' 3 / 1000 ')).toBeCloseTo(0.003, 17);
    expect(parseFraction('0.01')).toBe(0.01);
  });
  it('fills the report defaults and lets a preset be overridden', () => {
    expect(parseScenario({ rules: [{ kind: 'calendar' }] }).rules[0]).toEqual({ kind: 'calendar', weight: 1, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 });
    const s = parseScenario({ preset: 'Central', from: 2030 });
    expect(s.from).toBe(2030);
    expect(s.to).toBe(2036);
    expect(s.rules).toEqual(PRESETS.central);
  });
});
