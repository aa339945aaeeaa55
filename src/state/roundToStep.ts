/**
 * How many digits after the point a number needs when written out, exponent included, so that
 * rounding to it removes binary float noise (0.1 + 0.2 → 0.3).
 * @example decimalPlaces(0.25) // 2
 * @example decimalPlaces(1e-7) // 7
 */
export function decimalPlaces(value: number): number {
  const match = /^-?\d*(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(Math.abs(value)));
  if (!match) return 0;
  const fraction = match[1]?.length ?? 0;
  const exponent = match[2] ? Number(match[2]) : 0;
  return Math.max(0, fraction - exponent);
}

/**
 * Snap a value to the grid min, min + step, … that lies inside [min, max], like a native range
 * input does (its step base is `min`), then strip float noise by rounding to the decimals the
 * grid needs. Idempotent, so a value read back from a URL is already canonical.
 * Formula: k = clamp(round((v − min) / step), 0, ⌊(max − min) / step⌋); result = min + k·step.
 * @example roundToStep(0.30000000000000004, 0, 1, 0.1) // 0.3
 * @example roundToStep(0.97, 0, 1, 0.25) // 1
 */
export function roundToStep(value: number, min: number, max: number, step: number): number {
  const lastIndex = Math.floor((max - min) / step + 1e-9);
  const index = Math.min(lastIndex, Math.max(0, Math.round((value - min) / step)));
  const digits = Math.min(100, Math.max(decimalPlaces(step), decimalPlaces(min)));
  return Number((min + index * step).toFixed(digits)) + 0;
}
