/** Positions on a log slider: fine enough that arrow keys move ~0.5 % of a decade over 4 decades. */
export const LOG_POSITIONS = 1000;

/**
 * Where a value sits on a logarithmic slider of LOG_POSITIONS steps.
 * Formula: p = round(N · ln(v / min) / ln(max / min)), clamped to [0, N].
 * @example toLogPosition(0.01, 0.0001, 1) // 500
 */
export function toLogPosition(value: number, min: number, max: number): number {
  const p = Math.round((LOG_POSITIONS * Math.log(value / min)) / Math.log(max / min));
  return Number.isFinite(p) ? Math.min(LOG_POSITIONS, Math.max(0, p)) : 0;
}

/**
 * The value at a position of a logarithmic slider (inverse of toLogPosition before rounding).
 * Formula: v = min · (max / min)^(p / N).
 * @example fromLogPosition(500, 0.0001, 1) // ≈ 0.01
 */
export function fromLogPosition(position: number, min: number, max: number): number {
  return min * (max / min) ** (position / LOG_POSITIONS);
}
