import { describe, expect, it } from 'vitest';
import { hitHref, hitsOf } from '../../../components/page/searchUi';
import { searchTerms } from '../../../components/page/searchHighlight';

describe('search helpers', () => {
  it('hitHref carries the query in q and keeps the section anchor last', () => {
    expect(hitHref('/notes/x/#summary', 'tangent space')).toBe('/notes/x/?q=tangent+space#summary');
    expect(hitHref('/notes/x/', 'a&b')).toBe('/notes/x/?q=a%26b');
  });

  it('searchTerms gives the phrase and its words of three letters or more', () => {
    expect(searchTerms('  Parameter tangent  space ')).toEqual({ phrase: 'parameter tangent space', words: ['parameter', 'tangent', 'space'] });
    expect(searchTerms('an ox of AI')).toEqual({ phrase: 'an ox of ai', words: [] });
  });

  it('hitsOf ranks a note’s sections by hits and names the section only when it is one', () => {
    const hits = hitsOf(
      {
        url: '/notes/x/',
        meta: { title: 'Note X' },
        excerpt: 'e',
        sub_results: [
          { title: 'Note X', url: '/notes/x/', excerpt: 'intro', locations: [1] },
          { title: 'Summary', url: '/notes/x/#summary', excerpt: 's', locations: [5, 6, 7] },
          { title: 'Opinion', url: '/notes/x/#opinion', excerpt: 'o', locations: [9, 10] },
          { title: 'Extra', url: '/notes/x/#extra', excerpt: 'x', locations: [] },
        ],
      },
      'q',
    );
    expect(hits.map((h) => [h.href, h.section])).toEqual([
      ['/notes/x/?q=q#summary', 'Summary'],
      ['/notes/x/?q=q#opinion', 'Opinion'],
      ['/notes/x/?q=q', null],
    ]);
  });
});
