/**
 * The contract every URL field implements. A field owns everything about one parameter's text
 * form, so `parse`/`serialize` stay generic and a widget's whole URL surface is one typed table
 * (the TensorFlow Playground idea, without its hand-repeated serialise calls).
 */

/**
 * What a field made of one raw query value. `clamped` keeps the link usable (the nearest allowed
 * value) while still telling the reader their value was changed.
 * @example number({ default: 0, min: 0, max: 1, step: 0.1 }).decode('5') // { kind: 'clamped', value: 1, bound: 'max' }
 */
export type Decoded<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'clamped'; readonly value: T; readonly bound: 'min' | 'max' }
  | { readonly kind: 'bad' };

/**
 * One URL parameter: its default, its text form and its canonical value set.
 * Invariants (checked by property tests): `decode` never throws; `normalize` is idempotent;
 * `decode(encode(v))` is `{ kind: 'ok', value: v }` for every normalised `v`.
 * @example integer({ default: 3, min: 1, max: 9 }).normalize(4.4) // 4
 */
export interface Field<T> {
  readonly kind: 'number' | 'integer' | 'seed' | 'boolean' | 'enum' | 'fraction';
  readonly default: T;
  /** Human name used in messages; the parameter name when not given. */
  readonly label: string | undefined;
  /** Old parameter names (or full `widget.param` keys) that still open. */
  readonly aliases: readonly string[];
  /** What a valid value looks like, for messages: "a number from 0 to 1". */
  readonly expected: string;
  /** Read one raw query value. Total: bad text is `{ kind: 'bad' }`, never an exception. */
  decode(raw: string): Decoded<T>;
  /** The canonical URL text of a normalised value. */
  encode(value: T): string;
  /** Clamp and round a value of this field's type; `undefined` when it is not one (NaN, wrong type). */
  normalize(value: unknown): T | undefined;
  /** The value as a reader should see it in a message ("1/300", "0.25", "on"). */
  format(value: T): string;
}

/** Options every field constructor accepts besides its own. */
export interface CommonOptions {
  /** Human name for messages (default: the parameter name). */
  readonly label?: string;
  /** Old names that keep working in links: a parameter name, or a full `widget.param` key. */
  readonly aliases?: readonly string[];
}

/** A programmer error in a schema definition: thrown at module load so a bad schema fails the build. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

/**
 * Throw a schema definition error in the project's `fn: expected …, received …` shape.
 * @example schemaError('number', 'min < max', '1 ≥ 0') // throws "number: expected min < max, received 1 ≥ 0"
 */
export function schemaError(fn: string, expected: string, received: unknown): never {
  const shown = typeof received === 'string' ? received : JSON.stringify(received) ?? String(received);
  throw new SchemaError(`${fn}: expected ${expected}, received ${shown}`);
}

/** Shared handling of label and aliases so every constructor validates them the same way. */
export function commonParts(fn: string, options: CommonOptions): { label: string | undefined; aliases: readonly string[] } {
  const aliases = options.aliases ?? [];
  for (const alias of aliases) {
    if (typeof alias !== 'string' || !/^([a-z][a-z0-9-]*\.)?[A-Za-z][A-Za-z0-9_]*$/.test(alias)) {
      schemaError(fn, 'aliases like "oldName" or "widget.oldName"', alias);
    }
  }
  return { label: options.label, aliases: Object.freeze([...aliases]) };
}
