import { schemaError, type Field } from './field';

/** The fields of one widget, by parameter name. */
export type Fields = Readonly<Record<string, Field<unknown>>>;

/** A widget's URL surface: its id (the key prefix) and its fields. */
export interface Schema<F extends Fields = Fields> {
  readonly widgetId: string;
  readonly fields: F;
  /**
   * For a configured instance (components/ui/instance): the widget's own defaults. The fields'
   * defaults are then the instance's starting state, and `serialize` keeps every value that
   * differs from either, so a copied link carries the whole figure wherever it is pasted.
   */
  readonly baseline?: Readonly<Record<string, unknown>>;
}

/** The value type a field holds. */
export type ValueOf<F> = F extends Field<infer T> ? T : never;

/**
 * The parameter object a schema describes, inferred from its fields.
 * @example type P = ParamsOf<typeof schema> // { ftp: number; mode: 'report' | 'strict' }
 */
export type ParamsOf<S extends Schema> = { -readonly [K in keyof S['fields']]: ValueOf<S['fields'][K]> };

/** One value the URL held that the widget could not use as written. */
export interface Issue {
  /** The query key as it appeared in the link (maybe an alias). */
  readonly key: string;
  /** The schema parameter it was meant for. */
  readonly param: string;
  /** The raw text from the link. */
  readonly received: string;
  /** The value used instead, formatted for a reader. */
  readonly used: string;
  /** A short sentence the widget shows. */
  readonly message: string;
}

const WIDGET_ID = /^[a-z][a-z0-9-]*$/;
const PARAM = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Declare a widget's URL parameters once; keys in the URL are `<widgetId>.<param>`. Mistakes
 * (bad ids, an alias shadowing another parameter) throw when the module loads, so they fail the
 * build rather than a reader's link.
 * Source: architecture.md "Widget state in the URL" (one typed table; rename only with an alias).
 * @example defineSchema('priors', { vs: number({ default: 1, min: 0.1, max: 10, step: 0.1 }) }).fields.vs.default // 1
 */
export function defineSchema<const F extends Fields>(widgetId: string, fields: F): Schema<F> {
  if (typeof widgetId !== 'string' || !WIDGET_ID.test(widgetId)) {
    schemaError('defineSchema', 'a kebab-case widget id like "semi-informative-priors"', widgetId);
  }
  const names = Object.keys(fields);
  if (names.length === 0) schemaError('defineSchema', 'at least one field', fields);
  const owner = new Map<string, string>();
  for (const name of names) {
    if (!PARAM.test(name)) schemaError('defineSchema', 'parameter names like "ftp" or "trial_years"', name);
    owner.set(`${widgetId}.${name}`, name);
  }
  for (const name of names) {
    for (const alias of fields[name]?.aliases ?? []) {
      const key = alias.includes('.') ? alias : `${widgetId}.${alias}`;
      const taken = owner.get(key);
      if (taken !== undefined) schemaError('defineSchema', `alias "${alias}" of ${name} not already used by ${taken}`, alias);
      owner.set(key, name);
    }
  }
  return Object.freeze({ widgetId, fields: Object.freeze({ ...fields }) as F });
}

/**
 * The query keys a parameter answers to: canonical first, then its aliases.
 * @example keysOf(schema, 'ftp') // ['priors.ftp', 'priors.firstTrial']
 */
export function keysOf(schema: Schema, param: string): string[] {
  const field = schema.fields[param];
  if (!field) return [];
  const aliases = field.aliases.map((a) => (a.includes('.') ? a : `${schema.widgetId}.${a}`));
  return [`${schema.widgetId}.${param}`, ...aliases];
}

/**
 * The parameters when the URL says nothing.
 * @example defaults(defineSchema('w', { n: integer({ default: 3, min: 1, max: 9 }) })) // { n: 3 }
 */
export function defaults<S extends Schema>(schema: S): ParamsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.fields)) out[name] = field.default;
  return out as ParamsOf<S>;
}

/**
 * Bring parameters to their canonical form (clamped, on the step grid). A value that is not of
 * the field's type at all (NaN, a string for a number) takes the fallback's value, else the default:
 * NaN never reaches a widget.
 * @example normalizeParams(schema, { alpha: 0.30000000000000004 }) // { alpha: 0.3 }
 */
export function normalizeParams<S extends Schema>(
  schema: S,
  params: Partial<Record<keyof S['fields'], unknown>> | null | undefined,
  fallback?: Partial<ParamsOf<S>>,
): ParamsOf<S> {
  const source: Record<string, unknown> = params && typeof params === 'object' ? params : {};
  const back: Record<string, unknown> = fallback ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.fields)) {
    out[name] =
      field.normalize(Object.hasOwn(source, name) ? source[name] : undefined) ??
      field.normalize(back[name]) ??
      field.default;
  }
  return out as ParamsOf<S>;
}
