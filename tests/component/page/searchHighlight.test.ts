// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightFromUrl } from '../../../components/page/searchHighlight';

const marks = () => [...document.querySelectorAll('mark.search-hit-mark')].map((m) => m.textContent);

describe('highlightFromUrl', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><div class="note-body">
      <p>Intro: a parameter tangent space before any heading.</p>
      <div class="section-heading"><h2 id="summary">Summary</h2></div>
      <p>We call this the parameter <a href="/glossary/">tangent space</a>. SGD searches the <em>tangent</em> space.</p>
      <div class="section-heading"><h2 id="opinion">Opinion</h2></div>
      <p>The parameter tangent space again.</p>
    </div></main>`;
  });

  it('marks the phrase in the target section only, across a link, and drops q from the address', () => {
    history.replaceState(null, '', '/notes/x/?q=Parameter+tangent+space&priors.ftp=0.1#summary');
    highlightFromUrl();
    expect(marks()).toEqual(['parameter ', 'tangent space']);
    expect(document.querySelector('#summary')!.closest('div')!.nextElementSibling!.querySelectorAll('mark')).toHaveLength(2);
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/notes/x/?priors.ftp=0.1#summary');
    // The text is unchanged, only wrapped.
    expect(document.querySelector('.note-body p:nth-of-type(2)')!.textContent).toBe('We call this the parameter tangent space. SGD searches the tangent space.');
  });

  it('falls back to the words when the section lacks the phrase', () => {
    history.replaceState(null, '', '/notes/x/?q=tangent+spaces+of#opinion');
    highlightFromUrl();
    expect(marks()).toEqual(['tangent']);
  });

  it('without an anchor, marks the part before the first heading', () => {
    history.replaceState(null, '', '/notes/x/?q=tangent+space');
    highlightFromUrl();
    expect(marks()).toEqual(['tangent space']);
  });
});
