/**
 * Display rules for bibliographic records from content/sources.json. The records say in their
 * `notes` which facts were not confirmed; those are never shown as facts.
 */
export interface SourceRecord {
  id: string;
  title: string;
  authors: string[];
  venue: string;
  date: string | null;
  url: string | null;
  arxiv: string | null;
  doi: string | null;
  confirmed_by: string[];
  notes: string;
}

const EXACT_DAY_UNCONFIRMED = /\bexact (?:date|day)\b[^.;]*?\b(?:unconfirmed|is not|not confirmed)\b/i;

/**
 * Whether a record's date may be shown: it must exist and the record's notes must not mark the
 * date unconfirmed ("DATE UNCONFIRMED", "PUBLICATION DATE UNCONFIRMED", "… and date UNCONFIRMED"); an
 * unconfirmed *exact* date ("the exact day is not") withdraws a full date but leaves a year- or
 * month-precision date standing.
 * @example dateIsConfirmed({ date: '2021-05-15', notes: 'PUBLICATION DATE UNCONFIRMED' }) // false
 */
export function dateIsConfirmed(record: Pick<SourceRecord, 'date' | 'notes'>): boolean {
  if (!record.date) return false;
  // "the exact day is not [confirmed]" withdraws a full date, and only a full date.
  if (record.date.length === 10 && EXACT_DAY_UNCONFIRMED.test(record.notes)) return false;
  // "exact date UNCONFIRMED" doesn't withdraw a year or a month confirmed elsewhere ("2019").
  const notes = record.date.length < 10 ? record.notes.replace(/\bexact (?:date|day)\b[^.;]*/gi, '') : record.notes;
  return !/\bdate\b[^.;]*?\bunconfirmed\b/i.test(notes);
}

/** The date to print, or null. "2021-04-18" → "18 April 2021"; "2021-03" → "March 2021"; "2019" → "2019". */
export function displayDate(record: Pick<SourceRecord, 'date' | 'notes'>): string | null {
  if (!dateIsConfirmed(record)) return null;
  return formatIsoDate(record.date!);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats an ISO date of any precision (year, year-month, full) without inventing the missing parts. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`formatIsoDate: expected YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(iso)}`);
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  if (!month) throw new Error(`formatIsoDate: expected a month 01–12, received ${JSON.stringify(iso)}`);
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The year of a confirmed date, or null. */
export function confirmedYear(record: Pick<SourceRecord, 'date' | 'notes'>): string | null {
  return dateIsConfirmed(record) ? record.date!.slice(0, 4) : null;
}

/** Author names as printed: the handle in parentheses dropped ("John Wentworth (johnswentworth)" → "John Wentworth"). */
export function authorNames(record: Pick<SourceRecord, 'authors'>): string[] {
  return record.authors.map((a) => a.replace(/\s*\([^)]*\)\s*$/, '').trim());
}

/** "A", "A and B", "A, B and C"; empty when the record confirms no author. */
export function joinAuthors(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The link to use: the record's URL, else its DOI, else its arXiv page; null when none. */
export function primaryLink(record: Pick<SourceRecord, 'url' | 'doi' | 'arxiv'>): string | null {
  if (record.url) return record.url;
  if (record.doi) return `https://doi.org/${record.doi}`;
  if (record.arxiv) return `https://arxiv.org/abs/${record.arxiv}`;
  return null;
}
