/**
 * The one shape of error the compute package throws for bad input:
 * `fnName: expected …, received …`. The CLI maps it to exit code 2 and widgets
 * show its message next to the offending control.
 */
export class ComputeInputError extends Error {
  override name = 'ComputeInputError';
}

/** Format a received value for an error message without ever printing "[object Object]". */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Throw the package's input error.
 * @example invalid('calendarRule', 'ftp in (0, 1)', 2) // throws "calendarRule: expected ftp in (0, 1), received 2"
 */
export function invalid(fn: string, expected: string, received: unknown): never {
  throw new ComputeInputError(`${fn}: expected ${expected}, received ${describe(received)}`);
}
