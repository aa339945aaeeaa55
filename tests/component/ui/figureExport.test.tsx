// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { fileName, stateSlug, MAX_STATE_CHARS, type FigureSpec } from '~components/ui/chart/figure';
import { toCsv } from '~components/ui/chart/toCsv';
import { standaloneSvg, wrapText } from '~components/ui/chart/standaloneSvg';
import { FigureMenu } from '~components/ui/chart/FigureMenu';
import { cliCommand } from '~components/ui/chart/FigurePanel';

afterEach(cleanup);

describe('file names', () => {
  it('name the note, the figure part and the state', () => {
    expect(fileName('/notes/semi-informative-priors/', 'pr-agi', 'priors.ftp=1%2F300', 'svg')).toBe('semi-informative-priors_pr-agi_ftp-1-300.svg');
    expect(fileName('/notes/x/', 'curves', '', 'csv')).toBe('x_curves_default.csv');
    expect(stateSlug('imitation.alpha=0.3&imitation.seed=7&imitation.step=400')).toBe('alpha-0-3_seed-7_step-400');
  });
  it('keep long states short and distinct (start kept, hash of the whole)', () => {
    const a = stateSlug(Array.from({ length: 20 }, (_, i) => `priors.w${i}=0.${i}`).join('&'));
    const b = stateSlug(Array.from({ length: 20 }, (_, i) => `priors.w${i}=0.${i + 1}`).join('&'));
    expect(a.length).toBeLessThanOrEqual(MAX_STATE_CHARS);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('CSV', () => {
  it('has a header of every column and one line per row, quoting what needs it', () => {
    const csv = toCsv([{ year: 2021, label: 'a, "b"', p: 0.5 }, { year: 2022, p: null, extra: true }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('year,label,p,extra');
    expect(lines).toHaveLength(4); // header, 2 rows, trailing empty
    expect(lines[1]).toBe('2021,"a, ""b""",0.5,');
    expect(lines[2]).toBe('2022,,,true');
  });
  it('writes non-finite numbers as empty cells', () => {
    expect(toCsv([{ x: Number.NaN, y: Infinity }])).toBe('x,y\r\n,\r\n');
  });
});

describe('standalone SVG', () => {
  it('wraps caption text at spaces, and inside words too long for a line', () => {
    expect(wrapText('a bb ccc', 4)).toEqual(['a bb', 'ccc']);
    expect(wrapText('http://example.org/long', 10)).toEqual(['http://exa', 'mple.org/l', 'ong']);
  });

  it('parses as SVG, inlines the computed styles, and carries the caption, title and permalink', () => {
    document.body.innerHTML = `
      <style>.c-line { stroke: rgb(10, 20, 30); stroke-width: 2px; fill: none; } .c-tick { fill: rgb(90, 80, 70); font-size: 11px; }</style>
      <div style="background-color: rgb(250, 250, 240)">
        <svg id="chart" viewBox="0 0 200 100" aria-hidden="true" class="c"><path class="c-line" d="M0,0L200,100"/><text class="c-tick" x="5" y="95">2036</text></svg>
      </div>`;
    const svg = document.getElementById('chart') as unknown as SVGSVGElement;
    const out = standaloneSvg(svg, { title: 'Priors: cumulative pr(AGI)', parameters: 'from 2020 to 2036; ftp 1/300', permalink: 'http://127.0.0.1:4321/notes/x/?priors.ftp=1%2F300' });
    const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.nodeName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(200);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(100);
    expect(out.height).toBe(Number(root.getAttribute('height')));
    expect(root.getAttribute('aria-hidden')).toBeNull();
    const path = root.querySelector('path')!;
    expect(path.getAttribute('style')).toContain('stroke:rgb(10, 20, 30)');
    expect(path.getAttribute('class')).toBeNull();
    expect(root.querySelector('text')!.getAttribute('style')).toContain('fill:rgb(90, 80, 70)');
    expect(root.querySelector('title')!.textContent).toBe('Priors: cumulative pr(AGI)');
    const caption = [...root.querySelectorAll('[data-figure-caption] text')].map((t) => t.textContent).join(' ');
    expect(caption).toContain('Priors: cumulative pr(AGI)');
    expect(caption).toContain('from 2020 to 2036; ftp 1/300');
    expect(caption.replace(/ /g, '')).toContain('http://127.0.0.1:4321/notes/x/?priors.ftp=1%2F300');
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('rgb(250, 250, 240)');
    expect(out.text).not.toMatch(/href="http|url\(http/);
  });

  it('draws a legend of the series under the chart, each swatch in its series’ computed stroke', () => {
    document.body.innerHTML = `
      <style>.a { stroke: rgb(1, 2, 3); stroke-dasharray: 4px, 2px; fill: none; } .b { fill: rgb(7, 8, 9); stroke: none; }</style>
      <svg id="chart" viewBox="0 0 300 100"><path class="a" d="M0,0L300,100"/><rect class="b" width="10" height="10"/></svg>`;
    const svg = document.getElementById('chart') as unknown as SVGSVGElement;
    const [a, b] = [svg.querySelector('.a')!, svg.querySelector('.b')!];
    const out = standaloneSvg(svg, { title: 'T', parameters: 'P', permalink: 'http://x/', legend: [{ label: 'Combined', element: a }, { label: 'Bars', element: b }] });
    const root = new DOMParser().parseFromString(out.text, 'image/svg+xml').documentElement;
    const caption = root.querySelector('[data-figure-caption]')!;
    expect([...caption.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Combined', 'Bars', 'T', 'P', 'http://x/']);
    expect(caption.querySelector('line')!.getAttribute('style')).toContain('stroke:rgb(1, 2, 3)');
    expect(caption.querySelector('rect')!.getAttribute('style')).toContain('fill:rgb(7, 8, 9)');
  });

  it('embeds a bitmap shown under the chart as an image over its viewBox', () => {
    document.body.innerHTML = `<svg id="chart" viewBox="0 0 200 160"><circle cx="5" cy="5" r="2"/></svg>`;
    const svg = document.getElementById('chart') as unknown as SVGSVGElement;
    const out = standaloneSvg(svg, { title: 'T', parameters: 'P', permalink: 'http://x/', underlay: 'data:image/png;base64,iVBORw0KGgo=' });
    const image = new DOMParser().parseFromString(out.text, 'image/svg+xml').documentElement.querySelector('image')!;
    expect([image.getAttribute('width'), image.getAttribute('height'), image.getAttribute('href')]).toEqual(['200', '160', 'data:image/png;base64,iVBORw0KGgo=']);
  });
});

describe('the reproduce command', () => {
  it('is the CLI call with the scenario as one shell-quoted JSON argument', () => {
    expect(cliCommand({ label: 'x', model: 'priors', scenario: { to: 2050 } })).toBe(`npm run --silent compute -- priors '{"to":2050}'`);
    expect(cliCommand({ label: 'x', model: 'm', scenario: { s: "it's" } })).toBe(`npm run --silent compute -- m '{"s":"it'\\''s"}'`);
  });
});

describe('the figure menu', () => {
  let blobs: { blob: Blob; name: string }[];
  beforeEach(() => {
    blobs = [];
    let last: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      last = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      blobs.push({ blob: last!, name: this.download });
    });
    document.body.innerHTML = '';
  });
  afterEach(() => vi.restoreAllMocks());

  function Widget() {
    const ref = useRef<SVGSVGElement>(null);
    const figure: FigureSpec = {
      path: '/notes/report-on-semi-informative-priors/',
      query: 'priors.ftp=1%2F300',
      id: 'priors',
      title: 'Calculator',
      parameters: 'ftp 1/300',
      charts: [{ name: 'pr-agi', title: 'Cumulative pr(AGI)', svg: ref }],
      tables: [{ name: 'curves', title: 'Curves', rows: () => [{ year: 2021, p: 0.1 }, { year: 2022, p: 0.2 }] }],
      reproduce: { commands: [{ label: 'All of it', model: 'priors', scenario: { from: 2020 } }], packageCall: (json) => `evaluateScenario(parseScenario(${json}))` },
    };
    return (
      <article data-cite-note data-cite-key="report-on-semi-informative-priors" data-cite-title="Report" data-cite-author="Mark Xu" data-cite-series="Intermittent Distillations #3" data-cite-url="https://example.org/notes/report-on-semi-informative-priors/" data-cite-published="2026-11-26" data-cite-year="2021">
        <svg ref={ref} viewBox="0 0 100 50">
          <path d="M0,0L100,50" />
        </svg>
        <button type="button">elsewhere</button>
        <FigureMenu figure={figure} />
      </article>
    );
  }

  it('opens on demand, downloads CSV and JSON and an SVG named after note, figure and state, shows the command and the citation; Escape closes and returns focus', async () => {
    render(<Widget />);
    const button = screen.getByRole('button', { name: /Download, reproduce, cite/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('figure-menu-panel').hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await screen.findByText('Download');

    fireEvent.click(screen.getByRole('button', { name: 'Curves: CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.name).toBe('report-on-semi-informative-priors_curves_ftp-1-300.csv');
    const csv = await blobs[0]!.blob.text();
    expect(csv.split('\r\n').filter(Boolean)).toEqual(['year,p', '2021,0.1', '2022,0.2']);

    fireEvent.click(screen.getByRole('button', { name: 'Curves: JSON' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const json = JSON.parse(await blobs[1]!.blob.text());
    expect(json.rows).toHaveLength(2);
    expect(json.columns).toEqual(['year', 'p']);
    expect(json.permalink).toBe(`${location.origin}/notes/report-on-semi-informative-priors/?priors.ftp=1%2F300`);
    expect(json.reproduce).toEqual([`npm run --silent compute -- priors '{"from":2020}'`]);

    fireEvent.click(screen.getByRole('button', { name: 'Cumulative pr(AGI): SVG' }));
    await waitFor(() => expect(blobs).toHaveLength(3));
    expect(blobs[2]!.name).toBe('report-on-semi-informative-priors_pr-agi_ftp-1-300.svg');
    expect(await blobs[2]!.blob.text()).toContain('Calculator: Cumulative pr(AGI)');

    expect(screen.getByTestId('figure-command').textContent).toBe(`npm run --silent compute -- priors '{"from":2020}'`);
    expect(screen.getByText(/evaluateScenario\(parseScenario\(\{"from":2020\}\)\)/)).toBeTruthy();
    const plain = document.querySelector<HTMLTextAreaElement>('[data-figure-cite="plain"]')!;
    expect(plain.value).toMatch(/^Editors of .* \(2026\), “Calculator” \(ftp 1\/300\) \[interactive figure\]\. In the annotated edition, 26 November 2026, of Mark Xu \(2021\), “Report”/);
    expect(document.querySelector<HTMLTextAreaElement>('[data-figure-cite="bibtex"]')!.value).toContain('year         = {2026}');
    expect(document.querySelector<HTMLTextAreaElement>('[data-figure-cite="permalink"]')!.value).toBe(`${location.origin}/notes/report-on-semi-informative-priors/?priors.ftp=1%2F300`);

    const inside = screen.getByRole('button', { name: 'Curves: CSV' });
    inside.focus();
    fireEvent.keyDown(inside, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
