import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import {
  defaults,
  defineSchema,
  integer,
  keysOf,
  normalizeParams,
  number,
  parse,
  serialize,
  type ParamsOf,
} from '~state/index';
import { schema } from './fixtures';

type P = ParamsOf<typeof schema>;
const ownedKeys = new Set(Object.keys(schema.fields).flatMap((name) => keysOf(schema, name)));

/** Valid parameters: each field's own range, then canonicalised (the "after rounding to step" of the brief). */
const validParams: fc.Arbitrary<P> = fc
  .record({
    ftp: fc.oneof(
      fc.double({ min: 1 / 10000, max: 0.1, noNaN: true }),
      fc.integer({ min: 10, max: 10000 }).map((q) => 1 / q),
    ),
    vs: fc.double({ min: 0.1, max: 10, noNaN: true }),
    alpha: fc.double({ min: 0, max: 1, noNaN: true }),
    rate: fc.double({ min: 0.0001, max: 1, noNaN: true }),
    mode: fc.constantFrom('report' as const, 'strict' as const),
    trials: fc.integer({ min: 1, max: 200 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    grid: fc.boolean(),
  })
  .map((p) => normalizeParams(schema, p));

/** Anything at all in the parameter slots: NaN, wrong types, out of range. */
const wildParams = fc.dictionary(
  fc.constantFrom(...Object.keys(schema.fields)),
  fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(undefined), fc.constant(null)),
);

/** Query keys that belong to someone else, including keys under this widget's prefix it does not own. */
const otherKey = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.tuple(fc.constantFrom('imitation', 'pruning', 'priors', 'legacy'), fc.string({ minLength: 1, maxLength: 8 })).map(([w, p]) => `${w}.${p}`),
  )
  .filter((k) => !ownedKeys.has(k));
const otherQuery = fc.array(fc.tuple(otherKey, fc.string({ maxLength: 12 })), { maxLength: 6 });

function isValid(params: Record<string, unknown>): boolean {
  return Object.entries(schema.fields).every(([name, field]) => {
    const v = params[name];
    return v !== undefined && field.normalize(v) === v;
  });
}

describe('doc examples', () => {
  it('defineSchema, keysOf, defaults, normalizeParams', () => {
    expect(defineSchema('priors', { vs: number({ default: 1, min: 0.1, max: 10, step: 0.1 }) }).fields.vs.default).toBe(1);
    expect(keysOf(schema, 'ftp')).toEqual(['priors.ftp', 'priors.firstTrial']);
    expect(defaults(defineSchema('w', { n: integer({ default: 3, min: 1, max: 9 }) }))).toEqual({ n: 3 });
    expect(normalizeParams(schema, { alpha: 0.30000000000000004 }).alpha).toBe(0.3);
  });
  it('parse reports a bad value in a sentence', () => {
    expect(parse(schema, '?priors.ftp=abc').issues[0]?.message).toBe(
      "This link's value “abc” for ftp was not understood; using 1/300.",
    );
  });
  it('serialize keeps other keys and writes the fraction form', () => {
    expect(serialize(schema, { ftp: 1 / 700, vs: 1 }, '?other.k=2')).toBe('other.k=2&priors.ftp=1/700');
  });
  it('ParamsOf infers each field type', () => {
    expectTypeOf<P>().toEqualTypeOf<{
      ftp: number;
      vs: number;
      alpha: number;
      rate: number;
      mode: 'report' | 'strict';
      trials: number;
      seed: number;
      grid: boolean;
    }>();
  });
});

describe('parse', () => {
  it('reads every kind of field, with or without a leading "?"', () => {
    const q = 'priors.ftp=1/1000&priors.vs=2.5&priors.mode=strict&priors.trials=12&priors.seed=7&priors.grid=true&x=1';
    const expected = { ...defaults(schema), ftp: 0.001, vs: 2.5, mode: 'strict', trials: 12, seed: 7, grid: true };
    expect(parse(schema, q)).toEqual({ params: expected, issues: [] });
    expect(parse(schema, `?${q}`)).toEqual({ params: expected, issues: [] });
    expect(parse(schema, new URLSearchParams(q))).toEqual({ params: expected, issues: [] });
  });
  it('clamps with an issue that names the label and the value used', () => {
    const { params, issues } = parse(schema, 'priors.vs=50');
    expect(params.vs).toBe(10);
    expect(issues).toEqual([
      {
        key: 'priors.vs',
        param: 'vs',
        received: '50',
        used: '10',
        message: "This link's value “50” for virtual successes is above the maximum; using 10.",
      },
    ]);
  });
  it('opens old links through aliases, the canonical key winning', () => {
    expect(parse(schema, 'priors.firstTrial=1/100').params.ftp).toBe(0.01);
    expect(parse(schema, 'legacy.n=9').params.trials).toBe(9);
    expect(parse(schema, 'priors.firstTrial=1/100&priors.ftp=1/50').params.ftp).toBe(0.02);
  });
  it('decodes percent-encoding and shortens huge values in messages', () => {
    expect(parse(schema, 'priors.ftp=1%2F500').params.ftp).toBe(1 / 500);
    const { issues } = parse(schema, `priors.mode=${'x'.repeat(500)}`);
    expect(issues[0]?.message.length).toBeLessThan(140);
  });
  it('never throws on arbitrary text and always yields valid params', () => {
    const keyish = fc.oneof(fc.constantFrom(...ownedKeys), fc.string({ maxLength: 10 }));
    const valueish = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer().map(String),
      fc.tuple(fc.integer(), fc.integer()).map(([a, b]) => `${a}/${b}`),
      fc.constantFrom('%', '%E0%A4%A', '%FF', '+', '1e999', '-0', 'NaN', '&', '='),
    );
    const query = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.tuple(keyish, valueish)).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { params, issues } = parse(schema, q);
        expect(isValid(params)).toBe(true);
        for (const issue of issues) {
          expect(ownedKeys.has(issue.key)).toBe(true);
          expect(issue.message).toMatch(/^This link's value “.*” for .+; using .+\.$/s);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('is total even for input outside its type', () => {
    for (const q of [undefined, null, 42, {}, []]) {
      expect(parse(schema, q as unknown as string)).toEqual({ params: defaults(schema), issues: [] });
    }
  });
});

describe('serialize', () => {
  it('writes nothing for defaults', () => {
    expect(serialize(schema, defaults(schema))).toBe('');
    expect(serialize(schema, {})).toBe('');
  });
  it('rounds to the step, so no float noise reaches the URL', () => {
    expect(serialize(schema, { alpha: 0.1 + 0.2 })).toBe('priors.alpha=0.3');
    expect(serialize(schema, { rate: 0.123456789 })).toBe('priors.rate=0.1235');
  });
  it('drops this widget\'s alias keys and its default-valued keys from the old query', () => {
    expect(serialize(schema, { ftp: 1 / 300 }, 'priors.firstTrial=1/20&priors.vs=3&legacy.n=4&b=2&a=1')).toBe('a=1&b=2');
  });
  it('treats NaN and wrong types as defaults instead of writing them', () => {
    expect(serialize(schema, { vs: Number.NaN, mode: 'nope' as 'strict' })).toBe('');
  });
  it('round-trips: parse(serialize(p)) = p for valid p', () => {
    fc.assert(
      fc.property(validParams, otherQuery, (p, others) => {
        const q = serialize(schema, p, new URLSearchParams(others));
        expect(parse(schema, q)).toEqual({ params: p, issues: [] });
      }),
      { numRuns: 500 },
    );
  });
  it('round-trips anything to its canonical form, and never writes a default', () => {
    fc.assert(
      fc.property(wildParams, (p) => {
        const q = serialize(schema, p as Partial<P>);
        expect(parse(schema, q).params).toEqual(normalizeParams(schema, p));
        for (const [key, value] of new URLSearchParams(q)) {
          const name = key.slice('priors.'.length);
          const field = schema.fields[name as keyof P];
          expect(field.decode(value)).not.toEqual({ kind: 'ok', value: field.default });
        }
      }),
      { numRuns: 500 },
    );
  });
  it("keeps other widgets' keys, values and order, with all keys sorted", () => {
    fc.assert(
      fc.property(validParams, otherQuery, (p, others) => {
        const existing = new URLSearchParams(others);
        const out = new URLSearchParams(serialize(schema, p, existing));
        for (const key of new Set(existing.keys())) expect(out.getAll(key)).toEqual(existing.getAll(key));
        const keys = [...out.keys()];
        expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(serialize(schema, defaults(schema), existing)).toBe(serialize(schema, {}, existing));
      }),
      { numRuns: 300 },
    );
  });
});
