// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { previewOf } from '../../../components/page/previewPopover';

const doc = new DOMParser().parseFromString(
  `<html><head><title>T</title><meta name="description" content="The gist of the note."></head><body><main>
  <h1>A note</h1>
  <div class="note-body">
    <div class="section-heading"><h2 id="summary">Summary</h2><a class="heading-anchor" href="#summary">#</a><button class="cite-button">Cite</button></div>
    <p>First paragraph.<span class="sn"><span class="sidenote">A margin note that must not show.</span></span> With maths <span class="katex"><span class="katex-mathml"><math><mi>θ</mi><annotation>\\theta</annotation></math></span><span class="katex-html">garbled</span></span> inside.</p>
    <p>${'word '.repeat(80)}</p>
    <div class="section-heading"><h2 id="opinion">Opinion</h2></div>
    <p>Not part of the summary.</p>
  </div>
  <ol><li id="ref-x">Ann Author. <a href="https://example.org"><cite>A Title</cite></a>. Venue, 2021.<a class="ref-link" href="#ref-x">↓</a></li></ol>
  <section><div class="section-heading"><h2 id="term">Term</h2></div><p class="glossary-definition" data-preview-text>${'Defined at length. '.repeat(20)}</p></section>
  </main></body></html>`,
  'text/html',
);

describe('previewOf', () => {
  it('gives a reference’s full entry (doc example, with a made-up entry)', () => {
    expect(previewOf(doc, 'ref-x')).toEqual({ title: 'Reference', text: 'Ann Author. A Title. Venue, 2021.' });
  });

  it('gives a section’s heading and first lines: margin notes, buttons and KaTeX’s visual copy left out, the next section not reached', () => {
    const p = previewOf(doc, 'summary')!;
    expect(p.title).toBe('A note › Summary');
    expect(p.text.startsWith('First paragraph. With maths θ inside. word word')).toBe(true);
    expect(p.text).not.toMatch(/margin note|garbled|theta|Cite|Not part/);
    expect(p.text.endsWith('…')).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(261);
  });

  it('gives a glossary definition whole, however long', () => {
    expect(previewOf(doc, 'term')!.text).toBe('Defined at length. '.repeat(20).trim());
  });

  it('gives a page’s title and description for a link without a fragment, and nothing for a missing id', () => {
    expect(previewOf(doc, '')).toEqual({ title: 'A note', text: 'The gist of the note.' });
    expect(previewOf(doc, 'nope')).toBeNull();
  });
});
