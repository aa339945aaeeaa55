/**
 * What a widget declares so a reader can take its figure away (the figure menu: Download,
 * Reproduce, Cite): its charts (an SVG element each), its data tables (rows), the command that
 * recomputes its numbers, and its name and parameters in words. Pure types and naming helpers;
 * the exporters load only when the menu opens.
 */

/** A reference to a rendered element, as Preact's useRef gives it. */
export interface ElementRef<T> {
  current: T | null;
}

/** A legend entry of an exported chart: a label and the chart element whose stroke (or fill) its swatch copies. */
export interface LegendEntry {
  label: string;
  element: Element;
}

/** One chart of the figure: its SVG in the page and a name for the file ("pr-agi"). */
export interface FigureChart {
  /** File-name part, kebab-case: "pr-agi". */
  name: string;
  /** What the chart shows, for the caption and the menu: "Cumulative pr(AGI) by year". */
  title: string;
  svg: ElementRef<SVGSVGElement>;
  /** The series drawn, for a legend under the exported chart (the page's legend is HTML, outside the SVG). */
  legend?: () => LegendEntry[];
  /** A canvas the page lays exactly under the SVG (a heat map): embedded in the file as a PNG image. */
  underlay?: () => HTMLCanvasElement | null;
}

/** A cell of a data table: numbers stay numbers in JSON; null is an empty CSV cell. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** One table of the data behind the charts; rows are read when the reader downloads them. */
export interface FigureTable {
  /** File-name part, kebab-case: "curves". */
  name: string;
  title: string;
  rows: () => Row[];
}

/** One command that recomputes some of the figure's numbers. */
export interface ReproduceCommand {
  /** What it recomputes: "Conservative imitator". */
  label: string;
  /** The CLI model name: `npm run --silent compute -- <model> …`. */
  model: string;
  /** The scenario JSON the CLI and the package function take. */
  scenario: unknown;
}

/** How to recompute the figure: CLI commands and the same call through the compute package. */
export interface FigureReproduce {
  commands: ReproduceCommand[];
  /** The package call, given a scenario's JSON text: `runScenario(parseScenario(${json}))`. */
  packageCall: (scenarioJson: string) => string;
  /** Shown instead of commands when there is nothing to recompute yet (e.g. step 0 of a run). */
  unavailable?: string;
}

/** Everything the figure menu needs from a widget. */
export interface FigureSpec {
  /** Page path, e.g. "/notes/report-on-semi-informative-priors/". */
  path: string;
  /** The widget's serialised state (src/state `serialize`), without "?". */
  query: string;
  /** Short id of the figure for citations: "priors". */
  id: string;
  /** The figure's name: "Semi-informative priors calculator". */
  title: string;
  /** Its parameters in words, for captions and citations. */
  parameters: string;
  charts: FigureChart[];
  tables: FigureTable[];
  reproduce: FigureReproduce;
}

/** The compute package's name (src/compute, published under it with one export per model). */
export const COMPUTE_PACKAGE = '@intermittent-distillations/compute';

/**
 * The note's slug from a page path: the last non-empty segment.
 * @example noteSlug('/notes/report-on-semi-informative-priors/') // "report-on-semi-informative-priors"
 */
export function noteSlug(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? 'figure';
}

const slugPart = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w.]+/g, '-')
    .replace(/[._]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();

/** FNV-1a, 32 bits, hex: a short stable tag for a state too long for a file name. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Longest state part of a file name; longer states keep their start and a hash of the whole. */
export const MAX_STATE_CHARS = 60;

/**
 * The state part of a file name: each non-default parameter as `name-value` (widget prefix
 * dropped, punctuation to '-'), joined by '_'; "default" when there is none.
 * @example stateSlug('priors.ftp=1%2F300') // "ftp-1-300"
 */
export function stateSlug(query: string): string {
  const parts = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [k = '', v = ''] = pair.split('=');
      const key = decodeURIComponent(k).replace(/^[^.]*\./, '');
      return slugPart(`${key}-${decodeURIComponent(v.replace(/\+/g, ' '))}`);
    });
  const slug = parts.join('_') || 'default';
  return slug.length <= MAX_STATE_CHARS ? slug : `${slug.slice(0, MAX_STATE_CHARS - 9).replace(/[-_]+$/, '')}-${fnv1a(query)}`;
}

/**
 * A download's file name: note, figure part and state.
 * @example fileName('/notes/semi-informative-priors/', 'pr-agi', 'priors.ftp=1%2F300', 'svg') // "semi-informative-priors_pr-agi_ftp-1-300.svg"
 */
export function fileName(path: string, part: string, query: string, ext: string): string {
  return `${noteSlug(path)}_${slugPart(part)}_${stateSlug(query)}.${ext}`;
}
