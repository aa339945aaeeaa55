import type { Cell, Row } from './figure';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows as CSV (RFC 4180, CRLF line ends): a header of every column in first-seen order, then one
 * line per row; missing cells and non-finite numbers are empty.
 * @example toCsv([{ year: 2036, p: 0.04 }]) // "year,p\r\n2036,0.04\r\n"
 */
export function toCsv(rows: readonly Row[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
