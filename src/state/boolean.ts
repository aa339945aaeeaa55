import { commonParts, schemaError, type CommonOptions, type Field } from './field';

/** Options of an on/off parameter. */
export interface BooleanOptions extends CommonOptions {
  readonly default: boolean;
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/**
 * An on/off parameter. Written as "true"/"false"; hand-written links may also say 1/0, yes/no,
 * on/off in any case.
 * Source: architecture.md "Widget state in the URL".
 * @example boolean({ default: false }).decode('ON') // { kind: 'ok', value: true }
 */
export function boolean(options: BooleanOptions): Field<boolean> {
  if (typeof options.default !== 'boolean') schemaError('boolean', 'a boolean default', options.default);
  return Object.freeze({
    kind: 'boolean',
    default: options.default,
    ...commonParts('boolean', options),
    expected: 'true or false',
    decode(raw: string) {
      const text = raw.trim().toLowerCase();
      if (TRUE.has(text)) return { kind: 'ok', value: true } as const;
      if (FALSE.has(text)) return { kind: 'ok', value: false } as const;
      return { kind: 'bad' } as const;
    },
    encode: (value: boolean) => (value ? 'true' : 'false'),
    normalize: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
    format: (value: boolean) => (value ? 'on' : 'off'),
  });
}
