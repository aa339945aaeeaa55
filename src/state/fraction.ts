import { commonParts, schemaError, type CommonOptions, type Field } from './field';
import { exactFraction } from './exactFraction';
import { parseDecimal } from './parseDecimal';

/** Options of a ratio or probability typed as "1/300" or 0.00333. */
export interface FractionOptions extends CommonOptions {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Significant digits kept for values that are not a simple fraction (default 6). */
  readonly digits?: number;
  /** Largest denominator recognised as a simple fraction (default 10000). */
  readonly maxDenominator?: number;
  /** Write "1/300" instead of "0.0033333333333333335" when the fraction is exact and shorter. */
  readonly preferFraction?: boolean;
}

/** A fraction field exposes its bounds for controls. */
export interface FractionField extends Field<number> {
  readonly kind: 'fraction';
  readonly min: number;
  readonly max: number;
}

// Beyond this, fractions with denominators ≤ 10⁴ sit closer than the 2⁻⁴⁴ recognition tolerance
// and normalisation would stop being idempotent.
const LIMIT = 1e4;

const DECIMAL = String.raw`(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const RATIO = new RegExp(String.raw`^\s*([+-]?${DECIMAL})\s*/\s*(${DECIMAL})\s*$`);

/**
 * A ratio or probability that people think of as a fraction: the semi-informative priors report
 * quotes first-trial probabilities as 1/300, 1/1000 (priors spec §4: "ftp (decimal or fraction
 * such as "1/300")"). A simple fraction is kept exactly; anything else keeps `digits`
 * significant digits. Out-of-range link values are clamped.
 * Formula: value = p/q when p/q (q ≤ maxDenominator) matches to 2⁻⁴⁴, else v to `digits` s.f.
 * @example fraction({ default: 1 / 300, min: 0.0001, max: 0.1, preferFraction: true }).encode(1 / 300) // "1/300"
 */
export function fraction(options: FractionOptions): FractionField {
  const { min, max, digits = 6, maxDenominator = 10000, preferFraction = false } = options;
  const common = commonParts('fraction', options);
  if (![min, max, options.default].every(Number.isFinite)) {
    schemaError('fraction', 'finite default, min and max', { default: options.default, min, max });
  }
  if (!(min < max)) schemaError('fraction', 'min < max', { min, max });
  if (Math.max(Math.abs(min), Math.abs(max)) > LIMIT) schemaError('fraction', `bounds within ±${LIMIT}`, { min, max });
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) schemaError('fraction', 'digits in 1…15', digits);
  if (!Number.isInteger(maxDenominator) || maxDenominator < 1 || maxDenominator > 1e6) {
    schemaError('fraction', 'maxDenominator in 1…1000000', maxDenominator);
  }

  const simplest = (v: number) => {
    const f = exactFraction(v, maxDenominator);
    return f ? f.numerator / f.denominator : Number(v.toPrecision(digits));
  };
  for (const [name, v] of [['min', min], ['max', max]] as const) {
    if (simplest(v) !== v) schemaError('fraction', `${name} written with at most ${digits} significant digits or as p/q`, v);
  }
  const clamp = (v: number) => Math.min(max, Math.max(min, v)) + 0;
  const normalizeNumber = (v: number) => clamp(simplest(v));
  if (normalizeNumber(options.default) !== options.default) {
    schemaError('fraction', `a default within [${min}, ${max}] written as p/q or with ${digits} significant digits`, options.default);
  }

  const asRatio = (v: number): string | undefined => {
    const f = exactFraction(v, maxDenominator);
    return f && f.denominator > 1 && f.numerator / f.denominator === v ? `${f.numerator}/${f.denominator}` : undefined;
  };
  const shortest = (v: number) => {
    const decimal = String(v);
    const ratio = asRatio(v);
    return ratio !== undefined && ratio.length < decimal.length ? ratio : decimal;
  };
  const read = (raw: string): number | undefined => {
    const m = RATIO.exec(raw);
    if (!m) return parseDecimal(raw);
    const q = Number(m[2]);
    const v = Number(m[1]) / q;
    return q > 0 && Number.isFinite(v) ? v : undefined;
  };

  return Object.freeze({
    kind: 'fraction',
    default: options.default,
    ...common,
    expected: `a fraction such as 1/300 or a decimal, from ${shortest(min)} to ${shortest(max)}`,
    min,
    max,
    decode(raw: string) {
      const v = read(raw);
      if (v === undefined) return { kind: 'bad' } as const;
      if (v < min) return { kind: 'clamped', value: min, bound: 'min' } as const;
      if (v > max) return { kind: 'clamped', value: max, bound: 'max' } as const;
      return { kind: 'ok', value: normalizeNumber(v) } as const;
    },
    encode: (value: number) => (preferFraction ? shortest(value) : String(value)),
    normalize(value: unknown) {
      return typeof value === 'number' && Number.isFinite(value) ? normalizeNumber(value) : undefined;
    },
    format: shortest,
  });
}
