/**
 * Read a plain decimal number from URL or typed text, strictly: `Number()` alone would accept
 * "", " ", "0x10" and "Infinity", none of which a person means as a parameter value.
 * Grammar: optional sign, digits with an optional point, optional exponent; surrounding spaces allowed.
 * @example parseDecimal('1.5e-3') // 0.0015
 * @example parseDecimal('0x10') // undefined
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value + 0 : undefined;
}
