import type { Field } from '../../src/state/field';

/**
 * Turn a URL field into a NumberField `parse` prop, so typed text obeys exactly the rules a link
 * does — except that an out-of-range value is refused rather than clamped, since the reader is
 * there to retype it.
 * @example fieldParser(fraction({ default: 1 / 300, min: 0.001, max: 0.01 }))('1/300') // 0.0033333333333333335
 */
export function fieldParser<T>(field: Field<T>): (text: string) => T {
  return (text: string) => {
    const decoded = field.decode(text);
    if (decoded.kind === 'ok') return decoded.value;
    throw new Error(`Enter ${field.expected}.`);
  };
}
