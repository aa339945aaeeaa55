/**
 * The keyboard contract of every chart cursor: ←/→ one point, Page Up/Page Down a tenth of the
 * points, Home/End the first and last. Returns the new index (clamped), or null for keys the
 * cursor does not handle (so the caller leaves them alone).
 * Source: architecture.md "Islands and charts" (a cursor with the keyboard contract).
 * @example cursorKey('PageDown', 50, 100) // 40
 */
export function cursorKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const page = Math.max(1, Math.round(count / 10));
  const next =
    key === 'ArrowLeft' ? current - 1
    : key === 'ArrowRight' ? current + 1
    : key === 'PageDown' ? current - page
    : key === 'PageUp' ? current + page
    : key === 'Home' ? 0
    : key === 'End' ? count - 1
    : null;
  return next === null ? null : Math.max(0, Math.min(count - 1, next));
}
