import { useId, useState } from 'preact/hooks';
import { citableFromData, figureBibtex, figurePlainText, type Citable } from '../../../src/site/citation';
import { COMPUTE_PACKAGE, fileName, noteSlug, type FigureSpec, type ReproduceCommand, type Row } from './figure';
import { standaloneSvg } from './standaloneSvg';
import { downloadBlob, svgToPng } from './svgToPng';
import { toCsv } from './toCsv';

export interface FigurePanelProps {
  figure: FigureSpec;
}

/** The site's name, as the page chrome gives it (BaseLayout's og:site_name), for the figure's credit. */
function siteTitle(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content || 'Intermittent Distillations';
}

/**
 * The note's citation data from its article's data attributes (NoteLayout writes them for the
 * section cite dialog, components/page/cite.ts), with the URL on the served origin; null off a note.
 */
function noteCitable(): Citable | null {
  const d = document.querySelector<HTMLElement>('[data-cite-note]')?.dataset;
  return d ? citableFromData({ ...d }, location.origin) : null;
}

/** A shell-safe single-quoted argument. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The command line that recomputes a figure's numbers from a clone of the site.
 * @example cliCommand({ label: 'x', model: 'priors', scenario: { to: 2050 } }) // "npm run --silent compute -- priors '{\"to\":2050}'"
 */
export function cliCommand(c: ReproduceCommand): string {
  return `npm run --silent compute -- ${c.model} ${shellQuote(JSON.stringify(c.scenario))}`;
}

/** The panel of the figure menu: Download, Reproduce, Cite (loaded when the menu first opens). */
export function FigurePanel({ figure }: FigurePanelProps) {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [status, setStatus] = useState('');
  const permalink = `${location.origin}${figure.path}${figure.query ? `?${figure.query}` : ''}`;
  const note = noteCitable();
  const accessed = new Date().toISOString().slice(0, 10);
  const cite = note ? { id: figure.id, title: figure.title, parameters: figure.parameters, url: permalink } : null;
  const name = (part: string, ext: string) => fileName(figure.path, part, figure.query, ext);

  const run = async (what: string, task: () => Promise<void> | void) => {
    try {
      await task();
      setStatus(`${what}: done.`);
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const chartFile = (i: number) => {
    const chart = figure.charts[i]!;
    const svg = chart.svg.current;
    if (!svg) throw new Error('the chart is not on the page');
    return standaloneSvg(svg, { title: `${figure.title}: ${chart.title}`, parameters: figure.parameters, permalink, legend: chart.legend?.() ?? [], underlay: chart.underlay?.()?.toDataURL('image/png') ?? null });
  };
  const tableJson = (name: string, title: string, rows: Row[]) =>
    JSON.stringify(
      {
        note: noteSlug(figure.path),
        figure: figure.title,
        table: name,
        title,
        parameters: figure.parameters,
        permalink,
        reproduce: figure.reproduce.unavailable ? [] : figure.reproduce.commands.map(cliCommand),
        columns: [...new Set(rows.flatMap((r) => Object.keys(r)))],
        rows,
      },
      null,
      2,
    );
  const copy = async (label: string, text: string, field?: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${label} copied to the clipboard.`);
    } catch {
      field?.select();
      setStatus(`${label} selected: press Ctrl+C (⌘C) to copy.`);
    }
  };

  const { reproduce } = figure;
  return (
    <div class="figure-panel">
      <section class="figure-panel-part" aria-labelledby={`${uid}-dl`}>
        <p class="figure-panel-heading" id={`${uid}-dl`}>
          Download
        </p>
        <ul class="figure-panel-list">
          {figure.charts.map((chart, i) => (
            <li key={chart.name}>
              <span>Chart: {chart.title}</span>
              <span class="figure-panel-buttons">
                <button type="button" class="ui-button" aria-label={`${chart.title}: SVG`} onClick={() => void run('SVG', () => downloadBlob(new Blob([chartFile(i).text], { type: 'image/svg+xml' }), name(chart.name, 'svg')))}>
                  SVG
                </button>
                <button
                  type="button"
                  class="ui-button"
                  aria-label={`${chart.title}: PNG`}
                  onClick={() =>
                    void run('PNG', async () => {
                      const svg = chartFile(i);
                      downloadBlob(await svgToPng(svg.text, svg.width, svg.height, 2), name(chart.name, 'png'));
                    })
                  }
                >
                  PNG
                </button>
              </span>
            </li>
          ))}
          {figure.tables.map((table) => (
            <li key={table.name}>
              <span>Data: {table.title}</span>
              <span class="figure-panel-buttons">
                <button type="button" class="ui-button" aria-label={`${table.title}: CSV`} onClick={() => void run('CSV', () => downloadBlob(new Blob([toCsv(table.rows())], { type: 'text/csv' }), name(table.name, 'csv')))}>
                  CSV
                </button>
                <button
                  type="button"
                  class="ui-button"
                  aria-label={`${table.title}: JSON`}
                  onClick={() => void run('JSON', () => downloadBlob(new Blob([tableJson(table.name, table.title, table.rows())], { type: 'application/json' }), name(table.name, 'json')))}
                >
                  JSON
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section class="figure-panel-part" aria-labelledby={`${uid}-re`}>
        <p class="figure-panel-heading" id={`${uid}-re`}>
          Reproduce
        </p>
        {reproduce.unavailable ? (
          <p class="ui-hint">{reproduce.unavailable}</p>
        ) : (
          <>
            <p class="ui-hint">In a clone of this site, after <code>npm ci</code>, this recomputes the figure’s numbers:</p>
            {reproduce.commands.map((c) => (
              <div key={c.label} class="figure-panel-code">
                <p class="figure-panel-label">{c.label}</p>
                <pre data-testid="figure-command">
                  <code>{cliCommand(c)}</code>
                </pre>
                <button type="button" class="ui-button" aria-label={`Copy the command: ${c.label}`} onClick={() => void copy('Command', cliCommand(c))}>
                  Copy
                </button>
              </div>
            ))}
            {reproduce.commands[0] ? (
              <div class="figure-panel-code">
                <p class="figure-panel-label">
                  The same through the package {COMPUTE_PACKAGE}
                  {reproduce.commands.length > 1 ? ' (the first scenario; the others alike)' : ''}:
                </p>
                <pre data-testid="figure-package-call">
                  <code>{reproduce.packageCall(JSON.stringify(reproduce.commands[0].scenario))}</code>
                </pre>
              </div>
            ) : null}
          </>
        )}
      </section>

      <section class="figure-panel-part" aria-labelledby={`${uid}-ci`}>
        <p class="figure-panel-heading" id={`${uid}-ci`}>
          Cite this figure
        </p>
        {[
          { key: 'permalink', label: 'Permalink', text: permalink, rows: 2 },
          ...(note && cite
            ? [
                { key: 'plain', label: 'Citation', text: figurePlainText(note, siteTitle(), cite, accessed), rows: 4 },
                { key: 'bibtex', label: 'BibTeX', text: figureBibtex(note, siteTitle(), cite, accessed), rows: 8 },
              ]
            : []),
        ].map((f) => (
          <div key={f.key} class="figure-panel-field">
            <label for={`${uid}-${f.key}`}>{f.label}</label>
            <textarea id={`${uid}-${f.key}`} rows={f.rows} readOnly value={f.text} data-figure-cite={f.key} />
            <button type="button" class="ui-button" aria-label={`Copy the ${f.label.toLowerCase()}`} onClick={(e) => void copy(f.label, f.text, (e.currentTarget as HTMLElement).previousElementSibling as HTMLTextAreaElement)}>
              Copy
            </button>
          </div>
        ))}
      </section>
      <p class="figure-panel-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
