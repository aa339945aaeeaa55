import { commonParts, schemaError, type CommonOptions, type Field } from './field';

/** An enum field also lists its choices for a select. */
export interface EnumField<V extends string> extends Field<V> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}

/**
 * One of a fixed list of names (a preset, a mode). Exact matches win; otherwise a unique
 * case-insensitive match is accepted, because people retype links by hand.
 * Source: architecture.md "Widget state in the URL".
 * @example enumOf(['report', 'strict'] as const, 'report').decode('Strict') // { kind: 'ok', value: 'strict' }
 */
export function enumOf<const V extends string>(values: readonly V[], defaultValue: NoInfer<V>, options: CommonOptions = {}): EnumField<V> {
  if (!Array.isArray(values) || values.length === 0) schemaError('enumOf', 'a non-empty list of values', values);
  if (new Set(values).size !== values.length) schemaError('enumOf', 'distinct values', values);
  if (!values.every((v) => typeof v === 'string' && v.length > 0)) schemaError('enumOf', 'non-empty string values', values);
  if (!values.includes(defaultValue)) schemaError('enumOf', `a default among ${values.join(', ')}`, defaultValue);
  const frozen = Object.freeze([...values]);
  const lookup = (raw: string): V | undefined => {
    const exact = frozen.find((v) => v === raw);
    if (exact !== undefined) return exact;
    const folded = frozen.filter((v) => v.toLowerCase() === raw.trim().toLowerCase());
    return folded.length === 1 ? folded[0] : undefined;
  };
  return Object.freeze({
    kind: 'enum',
    default: defaultValue,
    ...commonParts('enumOf', options),
    expected: `one of ${frozen.join(', ')}`,
    values: frozen,
    decode(raw: string) {
      const value = lookup(raw);
      return value === undefined ? ({ kind: 'bad' } as const) : ({ kind: 'ok', value } as const);
    },
    encode: (value: V) => value,
    normalize: (value: unknown) => frozen.find((v) => v === value),
    format: (value: V) => value,
  });
}
