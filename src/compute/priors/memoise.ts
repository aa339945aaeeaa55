/** Every memo table made by {@link memoise}, so a benchmark can measure the uncached path. */
const tables: Map<string, unknown>[] = [];

/**
 * Cache a pure function of plain numeric arguments on those arguments, so a calibration's root
 * finding runs once per input change rather than once per frame or per curve year.
 *
 * Formula: memoised(x) = table[key(x)] ?? (table[key(x)] = fn(x)); the table keeps at most
 * `limit` entries (oldest evicted first) so a slider sweep cannot grow it without bound.
 * Source: the requirement "root finding for calibrations done once per input change and cached".
 *
 * @example const square = memoise((x: number) => x * x, (x) => String(x)); square(3) // 9
 */
export function memoise<A, R>(fn: (args: A) => R, key: (args: A) => string, limit = 256): (args: A) => R {
  const table = new Map<string, R>();
  tables.push(table as Map<string, unknown>);
  return (args: A) => {
    const k = key(args);
    const hit = table.get(k);
    if (hit !== undefined || table.has(k)) return hit as R;
    const value = fn(args);
    if (table.size >= limit) table.delete(table.keys().next().value as string);
    table.set(k, value);
    return value;
  };
}

/**
 * Empty every memo table (for benchmarks and tests of the uncached path).
 * Formula: none; Source: n/a (housekeeping).
 * @example clearCalibrationCache() // undefined
 */
export function clearCalibrationCache(): void {
  for (const table of tables) table.clear();
}
