import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartGeometry, formatOneIn, formatPercent, formatSpend, parseSpend, yearAtX } from '~components/widgets/priors/view';

describe('formatPercent', () => {
  it('uses 2 decimals below 10% and 1 from 10% up', () => {
    expect(formatPercent(16 / 379)).toBe('4.22%');
    expect(formatPercent(16 / 81)).toBe('19.8%');
    expect(formatPercent(0.1)).toBe('10.0%');
    expect(formatPercent(0.0999)).toBe('9.99%');
    expect(formatPercent(1)).toBe('100.0%');
  });
  it('says 0% for zero, <0.01% for tiny values and never NaN', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1e-9)).toBe('<0.01%');
    expect(formatPercent(Number.NaN)).toBe('–');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('–');
    fc.assert(fc.property(fc.double(), (p) => !formatPercent(p).includes('NaN')));
  });
});

describe('formatOneIn', () => {
  it('writes per-trial probabilities as 1 in N', () => {
    expect(formatOneIn(1 / 364)).toBe('1 in 364');
    expect(formatOneIn(1 / 12345)).toBe('1 in 12,345');
    expect(formatOneIn(1 / 1013572)).toBe('1 in 1.01M');
    expect(formatOneIn(1 / 776012)).toBe('1 in 776k');
    expect(formatOneIn(1 / 2.5e9)).toBe('1 in 2.5B');
    expect(formatOneIn(0.5)).toBe('1 in 2');
    expect(formatOneIn(null)).toBe('–');
    expect(formatOneIn(Number.NaN)).toBe('–');
    expect(formatOneIn(0)).toBe('–');
  });
});

describe('spend', () => {
  it('formats millions as $M / $B / $T', () => {
    expect(formatSpend(100)).toBe('$100M');
    expect(formatSpend(1000)).toBe('$1B');
    expect(formatSpend(100000)).toBe('$100B');
    expect(formatSpend(2500)).toBe('$2.5B');
    expect(formatSpend(1.2e6)).toBe('$1.2T');
  });
  it('parses typed amounts into millions and round-trips the formatted form', () => {
    expect(parseSpend('$2.5B')).toBe(2500);
    expect(parseSpend('300M')).toBe(300);
    expect(parseSpend('2.5e9')).toBe(2500);
    expect(parseSpend('1,000,000,000')).toBe(1000);
    expect(parseSpend('1 trillion')).toBe(1e6);
    for (const m of [100, 1000, 100000, 2500]) expect(parseSpend(formatSpend(m))).toBe(m);
  });
  it('refuses nonsense and amounts not above the 2020 spend', () => {
    expect(() => parseSpend('abc')).toThrow(/dollar amount/);
    expect(() => parseSpend('$5M')).toThrow(/2020 spend/);
    expect(() => parseSpend('0')).toThrow(/2020 spend/);
    expect(() => parseSpend('2e15')).toThrow(/at most/);
  });
});

describe('chartGeometry', () => {
  const line = (id: string, top: number) => ({
    id,
    label: id.toUpperCase(),
    points: Array.from({ length: 81 }, (_, k) => ({ year: 2020 + k, probability: (top * k) / 80 })),
  });

  it('maps the first and last year to the plot edges and 0 to the bottom', () => {
    const g = chartGeometry([line('a', 0.2)], { width: 640, height: 320 }, null);
    expect(g.years).toEqual({ first: 2020, last: 2100 });
    const d = g.lines[0]!.d;
    expect(d.startsWith(`M${g.plot.left},${g.plot.bottom}`)).toBe(true);
    expect(d.endsWith(`L${g.plot.right},${g.plot.top}`)).toBe(true);
    expect(g.cursor).toBeNull();
  });

  it('scales y to the largest visible value, with percent ticks', () => {
    const g = chartGeometry([line('a', 0.2), line('b', 0.05)], { width: 640, height: 320 }, null);
    expect(g.yTicks[0]!.label).toBe('0%');
    expect(g.yTicks.at(-1)!.label).toBe('20%');
    expect(g.yTicks.at(-1)!.y).toBe(g.plot.top);
    const small = chartGeometry([line('b', 0.05)], { width: 640, height: 320 }, null);
    expect(small.yTicks.at(-1)!.label).toBe('5%');
  });

  it('keeps a 1% axis when every curve is zero (the impossible rule alone)', () => {
    const g = chartGeometry([line('z', 0)], { width: 640, height: 320 }, 2050);
    expect(g.yTicks.at(-1)!.label).toBe('1%');
    expect(g.cursor!.values[0]!.text).toBe('0%');
  });

  it('reads every series at the cursor year, clamped to the years shown', () => {
    const g = chartGeometry([line('a', 0.2), line('b', 0.05)], { width: 640, height: 320 }, 2060);
    expect(g.cursor!.year).toBe(2060);
    expect(g.cursor!.values.map((v) => [v.id, v.value, v.text])).toEqual([
      ['a', 0.1, '10.0%'],
      ['b', 0.025, '2.50%'],
    ]);
    expect(chartGeometry([line('a', 0.2)], { width: 640, height: 320 }, 2500).cursor!.year).toBe(2100);
    expect(chartGeometry([line('a', 0.2)], { width: 640, height: 320 }, 1900).cursor!.year).toBe(2020);
  });

  it('uses fewer year ticks on a phone-width chart', () => {
    const wide = chartGeometry([line('a', 0.2)], { width: 640, height: 320 }, null);
    const narrow = chartGeometry([line('a', 0.2)], { width: 300, height: 260 }, null);
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(narrow.xTicks.every((t) => t.x >= narrow.plot.left && t.x <= narrow.plot.right)).toBe(true);
  });

  it('never emits NaN in any coordinate, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1 }), fc.constant(Number.NaN)), { minLength: 1, maxLength: 30 }), fc.integer({ min: 100, max: 2000 }), (ps, w) => {
        const g = chartGeometry([{ id: 'a', label: 'A', points: ps.map((probability, k) => ({ year: 2020 + k, probability })) }], { width: w, height: 300 }, 2025);
        return !JSON.stringify(g).includes('NaN');
      }),
    );
  });
});

describe('yearAtX', () => {
  it('inverts the x scale and clamps', () => {
    const g = chartGeometry([{ id: 'a', label: 'A', points: [{ year: 2020, probability: 0 }, { year: 2100, probability: 0.1 }] }], { width: 640, height: 320 }, null);
    expect(yearAtX(g, g.plot.left)).toBe(2020);
    expect(yearAtX(g, g.plot.right)).toBe(2100);
    expect(yearAtX(g, (g.plot.left + g.plot.right) / 2)).toBe(2060);
    expect(yearAtX(g, -50)).toBe(2020);
    expect(yearAtX(g, 1e6)).toBe(2100);
    expect(yearAtX({ plot: { left: 0, right: 80, top: 0, bottom: 1 }, years: { first: 2020, last: 2100 } }, 16)).toBe(2036);
  });
});
