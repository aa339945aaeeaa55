import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boolean, enumOf, fraction, integer, MAX_SEED, number, SchemaError, seed } from '~state/index';
import { schemaError } from '~state/field';
import { parseDecimal } from '~state/parseDecimal';
import { decimalPlaces, roundToStep } from '~state/roundToStep';
import { exactFraction } from '~state/exactFraction';
import { encodeQueryComponent } from '~state/encodeQueryComponent';

describe('doc examples', () => {
  it('Decoded / number clamps out-of-range values', () => {
    expect(number({ default: 0, min: 0, max: 1, step: 0.1 }).decode('5')).toEqual({ kind: 'clamped', value: 1, bound: 'max' });
  });
  it('Field / integer normalises to a whole number', () => {
    expect(integer({ default: 3, min: 1, max: 9 }).normalize(4.4)).toBe(4);
  });
  it('schemaError', () => {
    expect(() => schemaError('number', 'min < max', '1 ≥ 0')).toThrow(new SchemaError('number: expected min < max, received 1 ≥ 0'));
  });
  it('parseDecimal', () => {
    expect(parseDecimal('1.5e-3')).toBe(0.0015);
    expect(parseDecimal('0x10')).toBeUndefined();
  });
  it('decimalPlaces and roundToStep', () => {
    expect(decimalPlaces(0.25)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(roundToStep(0.30000000000000004, 0, 1, 0.1)).toBe(0.3);
    expect(roundToStep(0.97, 0, 1, 0.25)).toBe(1);
  });
  it('number snaps to its step', () => {
    expect(number({ default: 0.5, min: 0, max: 1, step: 0.01 }).decode('0.333')).toEqual({ kind: 'ok', value: 0.33 });
  });
  it('integer rejects fractional text', () => {
    expect(integer({ default: 5, min: 1, max: 20 }).decode('2.5')).toEqual({ kind: 'bad' });
  });
  it('seed clamps to the 32-bit state space', () => {
    expect(seed({ default: 7 }).decode('4294967296')).toEqual({ kind: 'clamped', value: 4294967295, bound: 'max' });
  });
  it('boolean reads on/off in any case', () => {
    expect(boolean({ default: false }).decode('ON')).toEqual({ kind: 'ok', value: true });
  });
  it('enumOf folds case when unambiguous', () => {
    expect(enumOf(['report', 'strict'] as const, 'report').decode('Strict')).toEqual({ kind: 'ok', value: 'strict' });
  });
  it('exactFraction', () => {
    expect(exactFraction(1 / 300, 10000)).toEqual({ numerator: 1, denominator: 300 });
    expect(exactFraction(0.00333, 10000)).toBeUndefined();
  });
  it('fraction writes the shorter exact form', () => {
    expect(fraction({ default: 1 / 300, min: 0.0001, max: 0.1, preferFraction: true }).encode(1 / 300)).toBe('1/300');
  });
  it('encodeQueryComponent keeps slashes readable', () => {
    expect(encodeQueryComponent('1/300 & more')).toBe('1/300%20%26%20more');
  });
});

describe('number', () => {
  const f = number({ default: 0.5, min: 0, max: 1, step: 0.1 });
  it('rejects text a person would not mean as a number', () => {
    for (const raw of ['', ' ', 'abc', '0x10', 'Infinity', 'NaN', '1,5', '1e999', '--1', '.']) {
      expect(f.decode(raw), raw).toEqual({ kind: 'bad' });
    }
  });
  it('clamps below the minimum', () => {
    expect(f.decode('-3')).toEqual({ kind: 'clamped', value: 0, bound: 'min' });
  });
  it('never produces float noise or negative zero', () => {
    expect(f.normalize(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(f.normalize(-0), 0)).toBe(true);
    expect(f.normalize(Number.NaN)).toBeUndefined();
    expect(f.normalize('0.3')).toBeUndefined();
  });
  it('keeps a grid whose top is below max inside the range', () => {
    const g = number({ default: 0, min: 0, max: 1, step: 0.3 });
    expect(g.decode('1')).toEqual({ kind: 'ok', value: 0.9 });
    expect(g.decode('2')).toEqual({ kind: 'clamped', value: 0.9, bound: 'max' });
    expect(g.normalize(0.99)).toBe(0.9);
  });
  it('normalize is idempotent and stays in range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -6, max: 2 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        (rawMin, steps, exp, v) => {
          const step = 10 ** exp;
          const min = roundToStep(rawMin, -1e3, 1e3, step);
          const max = Number((min + steps * step).toFixed(Math.max(0, -exp) + 3));
          const g = number({ default: min, min, max, step });
          const once = g.normalize(v)!;
          expect(g.normalize(once)).toBe(once);
          expect(once).toBeGreaterThanOrEqual(min);
          expect(once).toBeLessThanOrEqual(max);
          expect(g.decode(g.encode(once))).toEqual({ kind: 'ok', value: once });
        },
      ),
    );
  });
  it('fails at definition time with a precise message', () => {
    expect(() => number({ default: 0, min: 1, max: 0, step: 1 })).toThrow('number: expected min < max');
    expect(() => number({ default: 0.55, min: 0, max: 1, step: 0.1 })).toThrow('number: expected a default on the grid');
    expect(() => number({ default: 1, min: 0, max: 10, step: 1, log: true })).toThrow('number: expected min > 0 for a log field');
    expect(() => number({ default: 0, min: 0, max: 1, step: 0 })).toThrow('number: expected step > 0');
    expect(() => number({ default: 0, min: 0, max: 1, step: 0.1, aliases: ['bad key'] })).toThrow(SchemaError);
    expect(() => integer({ default: 1, min: 0.5, max: 3 })).toThrow('integer: expected whole-number min and max');
  });
});

describe('seed', () => {
  it('defaults to 1 and covers [0, 2^32 − 1]', () => {
    const f = seed();
    expect(f.default).toBe(1);
    expect(f.decode('0')).toEqual({ kind: 'ok', value: 0 });
    expect(f.decode(String(MAX_SEED))).toEqual({ kind: 'ok', value: MAX_SEED });
    expect(f.decode('-1')).toEqual({ kind: 'clamped', value: 0, bound: 'min' });
    expect(f.decode('1.5')).toEqual({ kind: 'bad' });
  });
});

describe('boolean and enumOf', () => {
  it('boolean writes true/false and rejects other words', () => {
    const f = boolean({ default: true });
    expect(f.encode(false)).toBe('false');
    expect(f.decode(f.encode(false))).toEqual({ kind: 'ok', value: false });
    expect(f.decode('maybe')).toEqual({ kind: 'bad' });
    expect(f.decode('')).toEqual({ kind: 'bad' });
  });
  it('enumOf refuses ambiguous case folding and bad definitions', () => {
    const f = enumOf(['a', 'A', 'b'], 'a');
    expect(f.decode('A')).toEqual({ kind: 'ok', value: 'A' });
    expect(f.decode('B')).toEqual({ kind: 'ok', value: 'b' });
    const g = enumOf(['a', 'A'], 'a');
    expect(g.decode(' a ')).toEqual({ kind: 'bad' });
    expect(() => enumOf(['x', 'y'], 'z' as 'x')).toThrow('enumOf: expected a default among x, y');
    expect(() => enumOf(['x', 'x'], 'x')).toThrow('enumOf: expected distinct values');
  });
});

describe('fraction', () => {
  const f = fraction({ default: 1 / 300, min: 1 / 10000, max: 0.1, preferFraction: true });
  it('reads "1/300" and 0.00333 as different values', () => {
    expect(f.decode('1/300')).toEqual({ kind: 'ok', value: 1 / 300 });
    expect(f.decode(' 1 / 300 ')).toEqual({ kind: 'ok', value: 1 / 300 });
    expect(f.decode('0.00333')).toEqual({ kind: 'ok', value: 0.00333 });
    expect(f.decode('0.0033333333333333335')).toEqual({ kind: 'ok', value: 1 / 300 });
  });
  it('writes the shorter exact form only when asked', () => {
    expect(f.encode(0.01)).toBe('0.01');
    expect(f.encode(1 / 700)).toBe('1/700');
    expect(f.encode(0.00333)).toBe('0.00333');
    const plain = fraction({ default: 0.01, min: 0, max: 1 });
    expect(plain.encode(1 / 300)).toBe(String(1 / 300));
    expect(plain.decode(plain.encode(1 / 300))).toEqual({ kind: 'ok', value: 1 / 300 });
  });
  it('keeps 6 significant digits otherwise', () => {
    expect(f.normalize(0.0123456789)).toBe(0.0123457);
  });
  it('rejects bad ratios and clamps', () => {
    for (const raw of ['1/0', '0/0', '1/', '/3', '1/-3', 'one/300', '1//300', '']) expect(f.decode(raw), raw).toEqual({ kind: 'bad' });
    expect(f.decode('1/2')).toEqual({ kind: 'clamped', value: 0.1, bound: 'max' });
    expect(f.decode('-1/300')).toEqual({ kind: 'clamped', value: 1 / 10000, bound: 'min' });
  });
  it('recovers every simple fraction p/q it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (p, q) => {
        const g = fraction({ default: 1, min: 0, max: 10000, preferFraction: true });
        const v = g.normalize(p / q)!;
        expect(v).toBe(p / q);
        expect(g.decode(g.encode(v))).toEqual({ kind: 'ok', value: v });
      }),
    );
  });
  it('normalize is idempotent for any number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -2e4, max: 2e4 }), (x) => {
        const g = fraction({ default: 0, min: -1e4, max: 1e4, preferFraction: true });
        const once = g.normalize(x)!;
        expect(g.normalize(once)).toBe(once);
        expect(g.decode(g.encode(once))).toEqual({ kind: 'ok', value: once });
      }),
    );
  });
  it('fails at definition time for bounds it cannot keep exact', () => {
    expect(() => fraction({ default: 0.5, min: 0, max: 0.1234567891 })).toThrow('fraction: expected max written with at most 6 significant digits');
    expect(() => fraction({ default: 0.5, min: 0, max: 0.1 })).toThrow('fraction: expected a default within [0, 0.1]');
    expect(() => fraction({ default: 1, min: 0, max: 1e5 })).toThrow('fraction: expected bounds within ±10000');
  });
});
