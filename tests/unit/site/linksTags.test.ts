import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByTag, tagSlug } from '../../../src/site/linksTags';

describe('tagSlug', () => {
  it('lower-cases and hyphenates (doc example)', () => {
    expect(tagSlug('Paul Christiano')).toBe('paul-christiano');
    expect(tagSlug('AI timelines')).toBe('ai-timelines');
    expect(tagSlug('Pérez & co.')).toBe('perez-co');
  });
  it('always gives a URL-safe segment or throws a precise error', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(tagSlug(s)).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
        } catch (e) {
          expect(String(e)).toMatch(/^Error: tagSlug: expected a tag with a letter or digit/);
        }
      }),
    );
  });
});

describe('groupByTag', () => {
  it('groups notes by tag, tags sorted, notes in order (doc example)', () => {
    expect(groupByTag([{ tags: ['b', 'a'] }, { tags: ['a'] }]).map((g) => [g.tag, g.notes.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
  it('refuses two tags that would share a page', () => {
    expect(() => groupByTag([{ tags: ['Lottery tickets'] }, { tags: ['lottery-tickets'] }])).toThrow(/distinct tag slugs/);
  });
});
