import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { authorNames, confirmedYear, dateIsConfirmed, displayDate, formatIsoDate, joinAuthors, primaryLink, type SourceRecord } from '~site/sources';
import { readingMinutes } from '~site/readingTime';

const records = JSON.parse(readFileSync('content/sources.json', 'utf8')) as SourceRecord[];
const byId = (id: string) => records.find((r) => r.id === id)!;

describe('source display rules', () => {
  it('never shows a date the research marks unconfirmed', () => {
    expect(displayDate(byId('christiano-mundane-solutions'))).toBeNull(); // no date at all
    expect(displayDate(byId('universality-unwrapped'))).toBeNull(); // "AUTHOR AND DATE UNCONFIRMED"
    expect(displayDate(byId('aipriors-tool'))).toBeNull(); // "launch date UNCONFIRMED"
  });
  it('shows confirmed dates at the precision they were confirmed', () => {
    expect(displayDate(byId('wentworth-updating-lth'))).toBe('18 April 2021');
    expect(displayDate(byId('davidson-report-semi-informative-priors-blog'))).toBe('March 2021');
    expect(displayDate(byId('christiano-strategy-stealing'))).toBe('2019');
  });
  it('a year-only date stands when only the exact day is unconfirmed (Mark Xu\'s post: 2021)', () => {
    const post = byId('intermittent-distillations-3');
    expect(post.date).toBe('2021');
    expect(dateIsConfirmed(post)).toBe(true);
    expect(displayDate(post)).toBe('2021');
    expect(confirmedYear(post)).toBe('2021');
    // The same notes with a full date: that day is what the research calls unconfirmed.
    expect(dateIsConfirmed({ ...post, date: '2021-05-15' })).toBe(false);
    expect(dateIsConfirmed({ date: '2021', notes: 'STATUS: year confirmed; the exact day is not.' })).toBe(true);
    expect(dateIsConfirmed({ date: '2021', notes: 'PUBLICATION DATE UNCONFIRMED' })).toBe(false);
  });
  it('every record either has a showable date or says why not', () => {
    for (const r of records) {
      if (r.date && !dateIsConfirmed(r)) expect(r.notes).toMatch(/unconfirmed/i);
    }
  });
  it('formats ISO dates without inventing parts and rejects others', () => {
    expect(formatIsoDate('2021-02-17')).toBe('17 February 2021');
    expect(() => formatIsoDate('17/02/2021')).toThrow(/formatIsoDate: expected YYYY/);
    expect(() => formatIsoDate('2021-13')).toThrow(/month 01–12/);
  });
  it('prints authors without forum handles, and no author where none is confirmed', () => {
    expect(authorNames(byId('wentworth-updating-lth'))).toEqual(['John Wentworth']);
    expect(joinAuthors(authorNames(byId('dartmouth-1956')))).toBe('John McCarthy, Marvin L. Minsky, Nathaniel Rochester and Claude E. Shannon');
    expect(joinAuthors(authorNames(byId('universality-unwrapped')))).toBe('');
  });
  it('links to the URL, else the DOI, else arXiv', () => {
    expect(primaryLink(byId('laplace-rule-of-succession'))).toBeNull();
    expect(primaryLink({ url: null, doi: '10.1/x', arxiv: '1' })).toBe('https://doi.org/10.1/x');
    expect(primaryLink({ url: null, doi: null, arxiv: '2103.09377' })).toBe('https://arxiv.org/abs/2103.09377');
  });
});

describe('reading time', () => {
  it('counts prose words at 230 a minute, ignoring frontmatter, imports, tags and maths', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    const mdx = `---\ntitle: x\n---\nimport A from './a';\n${'word '.repeat(230)}<Sidenote label="a">tag</Sidenote> $x + y$ $$\\frac{a}{b}$$`;
    expect(readingMinutes(mdx)).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });
});
