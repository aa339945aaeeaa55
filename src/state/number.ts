import { commonParts, schemaError, type CommonOptions, type Field } from './field';
import { parseDecimal } from './parseDecimal';
import { roundToStep } from './roundToStep';

/** Options of a continuous parameter. */
export interface NumberOptions extends CommonOptions {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** The control's step: values are snapped to min + k·step and written with no float noise. */
  readonly step: number;
  /** The slider maps its position logarithmically (needs min > 0); values still snap to `step`. */
  readonly log?: boolean;
}

/** A number field also tells the slider how to draw itself. */
export interface NumberField extends Field<number> {
  readonly kind: 'number' | 'integer' | 'seed';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly log: boolean;
}

/**
 * A continuous parameter on a stepped range; out-of-range link values are clamped, off-grid ones
 * snapped to the step (a link made at finer precision still opens on the control's grid).
 * Formula: value = clamp(min + round((v − min)/step)·step, min, max) (see roundToStep).
 * Source: architecture.md "Widget state in the URL" (clamp, round to the control's step).
 * @example number({ default: 0.5, min: 0, max: 1, step: 0.01 }).decode('0.333') // { kind: 'ok', value: 0.33 }
 */
export function number(options: NumberOptions): NumberField {
  return makeNumberField('number', 'number', options);
}

/** Shared body of number, integer and seed fields; `fn` names the constructor in errors. */
export function makeNumberField(
  fn: string,
  kind: NumberField['kind'],
  options: NumberOptions,
  integerOnly = false,
): NumberField {
  const { min, max, step, log = false } = options;
  const common = commonParts(fn, options);
  if (![min, max, step, options.default].every(Number.isFinite)) {
    schemaError(fn, 'finite default, min, max and step', { default: options.default, min, max, step });
  }
  if (!(min < max)) schemaError(fn, 'min < max', { min, max });
  if (!(step > 0)) schemaError(fn, 'step > 0', step);
  if (log && !(min > 0)) schemaError(fn, 'min > 0 for a log field', min);
  const snap = (v: number) => roundToStep(v, min, max, step);
  if (snap(options.default) !== options.default) {
    schemaError(fn, `a default on the grid ${min} + k·${step} within [${min}, ${max}]`, options.default);
  }
  const expected = integerOnly ? `a whole number from ${min} to ${max}` : `a number from ${min} to ${max}`;
  return Object.freeze({
    kind,
    default: options.default,
    ...common,
    expected,
    min,
    max,
    step,
    log,
    decode(raw: string) {
      const v = parseDecimal(raw);
      if (v === undefined || (integerOnly && !Number.isInteger(v))) return { kind: 'bad' } as const;
      if (v < min) return { kind: 'clamped', value: min, bound: 'min' } as const;
      if (v > max) return { kind: 'clamped', value: snap(max), bound: 'max' } as const;
      return { kind: 'ok', value: snap(v) } as const;
    },
    encode: (value: number) => String(value),
    normalize(value: unknown) {
      return typeof value === 'number' && Number.isFinite(value) ? snap(value) : undefined;
    },
    format: (value: number) => String(value),
  });
}
