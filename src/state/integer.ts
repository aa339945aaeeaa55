import { schemaError, type CommonOptions } from './field';
import { makeNumberField, type NumberField } from './number';

/** Options of a whole-number parameter. */
export interface IntegerOptions extends CommonOptions {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly log?: boolean;
}

/**
 * A whole-number parameter (counts, sizes). Unlike `number`, a fractional link value such as
 * "2.5" is not understood rather than silently rounded: a count of 2.5 is a typo, not precision.
 * Formula: value = clamp(v, min, max) for integer v. Source: architecture.md "Widget state in the URL".
 * @example integer({ default: 5, min: 1, max: 20 }).decode('2.5') // { kind: 'bad' }
 */
export function integer(options: IntegerOptions): NumberField {
  if (!Number.isInteger(options.min) || !Number.isInteger(options.max)) {
    schemaError('integer', 'whole-number min and max', { min: options.min, max: options.max });
  }
  return makeNumberField('integer', 'integer', { ...options, step: 1 }, true);
}
