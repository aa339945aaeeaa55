import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backlinksTo, extractNoteLinks, mdxToPlainText, sentenceAt } from '../../../src/site/links';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const notes = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), title: f, body: readFileSync(join(contentDir, f), 'utf8') }));

describe('mdxToPlainText', () => {
  it('keeps the words of components and links, drops tags, maths delimiters and emphasis (doc example)', () => {
    expect(mdxToPlainText('A *low-stakes* <Ref id="x">setting</Ref> with $\\alpha$.')).toBe('A low-stakes setting with alpha.');
  });
  it('turns line breaks into spaces and Markdown links into their words', () => {
    expect(mdxToPlainText('see<br />[the note](/notes/a/#b)\n and **this**')).toBe('see the note and this');
  });
});

describe('sentenceAt', () => {
  it('finds the sentence around an index (doc example)', () => {
    expect(sentenceAt('One. Two three. Four.', 6)).toBe('Two three.');
  });
  it('does not end a sentence at an abbreviation or after a closing quote mid-sentence', () => {
    const text = 'First. Mingard et al. say it, e.g. here. Last.';
    expect(sentenceAt(text, text.indexOf('say'))).toBe('Mingard et al. say it, e.g. here.');
  });
  it('returns a substring of the text that contains the index, for any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (s, n) => {
        const i = n % s.length;
        const out = sentenceAt(s, i);
        expect(s).toContain(out);
      }),
    );
  });
});

describe('extractNoteLinks', () => {
  it('finds a Markdown link with its section and sentence (doc example)', () => {
    expect(extractNoteLinks('## Opinion\n\nSee [the other note](/notes/b/#summary). More.')).toEqual([
      { to: 'b', hash: 'summary', section: 'opinion', sectionTitle: 'Opinion', sentence: 'See the other note.', inAnnotation: false },
    ]);
  });

  it('takes a margin note’s sentence from the margin note, and the client’s sentence without the margin notes in it', () => {
    const body = [
      '## Summary',
      '',
      'The client writes a first sentence. Then a second one<Sidenote label="x">An aside. It links [there](/notes/c/).</Sidenote> that goes on and links [here](/notes/d/#opinion) too. Third.',
    ].join('\n');
    const links = extractNoteLinks(body);
    expect(links.map((l) => [l.to, l.sentence, l.inAnnotation])).toEqual([
      ['c', 'It links there.', true],
      ['d', 'Then a second one that goes on and links here too.', false],
    ]);
  });

  it('reads HTML anchors, ignores links elsewhere, and numbers repeated headings like Astro does', () => {
    const body = '## Notes\n\nA <a href="/notes/x/">link</a>. An [outside](https://example.org/notes/y/) one. A [same-page](#notes) one.\n\n## Notes\n\nAgain [x](/notes/x/#summary).';
    expect(extractNoteLinks(body).map((l) => [l.to, l.hash, l.section])).toEqual([
      ['x', '', 'notes'],
      ['x', 'summary', 'notes-1'],
    ]);
  });
});

describe('backlinksTo, on the real notes', () => {
  it('the multi-prize note is linked from the lottery-ticket note, with its sentence, once per sentence', () => {
    const back = backlinksTo('multi-prize-lottery-ticket-hypothesis', notes);
    expect(back.map((b) => b.from)).toEqual(['updating-the-lottery-ticket-hypothesis']);
    expect(back[0]!.citations).toHaveLength(1);
    expect(back[0]!.citations[0]!.sentence).toMatch(/^A stronger claim, .* multi-prize lottery ticket paper: see the note on it, and Xu’s opinion there\.$/);
    expect(back[0]!.citations[0]!.section).toBe('opinion');
  });

  it('and the lottery-ticket note from the multi-prize note', () => {
    const back = backlinksTo('updating-the-lottery-ticket-hypothesis', notes);
    expect(back.map((b) => b.from)).toEqual(['multi-prize-lottery-ticket-hypothesis']);
    expect(back[0]!.citations[0]!.sentence).toBe('For a different update to the original hypothesis, see the note on Wentworth’s post.');
  });

  it('the two Christiano notes link each other', () => {
    expect(backlinksTo('mundane-solutions', notes).map((b) => b.from)).toEqual(['low-stakes-alignment']);
    expect(backlinksTo('low-stakes-alignment', notes).map((b) => b.from)).toEqual(['mundane-solutions']);
  });

  it('a note never lists itself', () => {
    const self = { slug: 'a', title: 'A', body: 'See [me](/notes/a/#opinion).' };
    expect(backlinksTo('a', [self])).toEqual([]);
    expect(backlinksTo('b', [{ slug: 'a', title: 'A', body: 'See [b](/notes/b/).' }])[0]?.citations[0]?.sentence).toBe('See b.');
  });
});
