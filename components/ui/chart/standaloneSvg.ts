/**
 * A chart's SVG as a file that stands alone: every style the page's CSS gave it inlined as
 * computed (so the current theme's colours, fonts and strokes come along), the theme's
 * background behind it, and a caption under it naming the figure, its parameters and its
 * permalink. No external references: it opens anywhere and renders to a canvas (svgToPng).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties a chart's CSS may set; each is written on every element as computed. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'vector-effect',
  'shape-rendering',
] as const;

/** Attributes that belong to the page (focus, accessibility in the page), not to a file. */
const PAGE_ATTRIBUTES = ['tabindex', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-describedby', 'role'];

/** A legend entry: its label and the chart element whose computed stroke (or fill) the swatch copies. */
export interface SvgLegendEntry {
  label: string;
  element: Element;
}

export interface SvgCaption {
  /** First line, bold: the figure and the chart. */
  title: string;
  /** The parameters in words. */
  parameters: string;
  /** The permalink with the state, on the served origin. */
  permalink: string;
  /** The series drawn, shown as swatches above the caption text. */
  legend?: readonly SvgLegendEntry[];
  /** A bitmap the page shows under the chart (a data: URL), stretched over the chart's viewBox. */
  underlay?: string | null;
}

export interface StandaloneSvg {
  /** The file's text, an XML document. */
  text: string;
  /** Its size in CSS pixels (the chart's viewBox plus the caption). */
  width: number;
  height: number;
}

/** Caption font size and line height in the chart's user units. */
const CAPTION_SIZE = 10;
const LINE = 13;
const PAD = 8;
const SWATCH = 22;

/** The chart's extent: its viewBox, grown to take in labels drawn outside it (the page shows them; a file would clip them). */
function extentOf(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const vb = svg.viewBox?.baseVal;
  const box = vb && vb.width > 0 ? { x: vb.x, y: vb.y, width: vb.width, height: vb.height } : { x: 0, y: 0, width: Number(svg.getAttribute('width')) || 300, height: Number(svg.getAttribute('height')) || 150 };
  let b: { x: number; y: number; width: number; height: number } | null = null;
  try {
    b = typeof svg.getBBox === 'function' ? svg.getBBox() : null;
  } catch {
    b = null;
  }
  if (!b || !(b.width > 0) || !(b.height > 0)) return box;
  const x0 = Math.floor(Math.min(box.x, b.x - 2));
  const y0 = Math.floor(Math.min(box.y, b.y - 2));
  const x1 = Math.ceil(Math.max(box.x + box.width, b.x + b.width + 2));
  const y1 = Math.ceil(Math.max(box.y + box.height, b.y + b.height + 2));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Rows of legend entries that fit the width (label width estimated from its length). */
function legendRows(entries: readonly SvgLegendEntry[], width: number): SvgLegendEntry[][] {
  const rows: SvgLegendEntry[][] = [];
  let row: SvgLegendEntry[] = [];
  let used = 0;
  for (const e of entries) {
    const w = SWATCH + 4 + e.label.length * CAPTION_SIZE * 0.6 + 12;
    if (row.length > 0 && used + w > width - 2 * PAD) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(e);
    used += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

/**
 * Break text into lines of at most `max` characters: at spaces where it can, inside long words
 * (a URL) where it must.
 * @example wrapText('a bb ccc', 4) // ["a bb", "ccc"]
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    if (line && line.length + 1 + w.length <= max) {
      line += ` ${w}`;
      continue;
    }
    if (line) lines.push(line);
    while (w.length > max) {
      lines.push(w.slice(0, max));
      w = w.slice(max);
    }
    line = w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first opaque background colour from the element up, or the page's. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = INLINED_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
  if (style) target.setAttribute('style', style);
  target.removeAttribute('class');
  for (const a of PAGE_ATTRIBUTES) target.removeAttribute(a);
}

/**
 * Serialise a chart as a standalone SVG document with inlined computed styles, the theme's
 * background (and the bitmap shown under it, if any) and a caption below the chart.
 * @example standaloneSvg(svg, { title: 'Priors: pr(AGI)', parameters: 'from 2020 to 2036', permalink: 'http://…' }).text // "<?xml …><svg xmlns=… width=… height=…>…</svg>"
 */
export function standaloneSvg(svg: SVGSVGElement, caption: SvgCaption): StandaloneSvg {
  const vb = svg.viewBox?.baseVal;
  const box = extentOf(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((s, i) => inlineStyles(s, targets[i]!));

  const rootStyle = getComputedStyle(svg);
  const ink = rootStyle.color || '#000000';
  const font = rootStyle.fontFamily || 'system-ui, sans-serif';
  const maxChars = Math.max(20, Math.floor((box.width - 2 * PAD) / (CAPTION_SIZE * 0.56)));
  const lines: { text: string; bold: boolean }[] = [
    ...wrapText(caption.title, maxChars).map((text) => ({ text, bold: true })),
    ...wrapText(caption.parameters, maxChars).map((text) => ({ text, bold: false })),
    ...wrapText(caption.permalink, maxChars).map((text) => ({ text, bold: false })),
  ];
  const legend = legendRows(caption.legend ?? [], box.width);
  const legendHeight = legend.length * LINE;
  const captionHeight = PAD + legendHeight + lines.length * LINE + PAD / 2;
  const width = box.width;
  const height = box.height + captionHeight;

  const doc = svg.ownerDocument;
  const el = (name: string, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('style', `font-family:${font};background:${backgroundOf(svg)}`);
  const title = el('title', {});
  title.textContent = caption.title;
  const desc = el('desc', {});
  desc.textContent = `${caption.parameters}. ${caption.permalink}`;
  const bg = el('rect', { x: box.x, y: box.y, width, height, fill: backgroundOf(svg) });
  if (caption.underlay && vb && vb.width > 0) {
    const image = el('image', { x: vb.x, y: vb.y, width: vb.width, height: vb.height, preserveAspectRatio: 'none', href: caption.underlay });
    clone.insertBefore(image, clone.firstChild);
  }
  clone.insertBefore(bg, clone.firstChild);
  clone.insertBefore(desc, clone.firstChild);
  clone.insertBefore(title, clone.firstChild);
  const g = el('g', { 'data-figure-caption': '', style: `fill:${ink};font-family:${font};font-size:${CAPTION_SIZE}px` });
  legend.forEach((row, r) => {
    let x = box.x + PAD;
    const y = box.y + box.height + PAD + (r + 0.5) * LINE;
    for (const entry of row) {
      const cs = getComputedStyle(entry.element);
      const stroked = cs.stroke && cs.stroke !== 'none';
      // a bar or dot: a filled square in its fill and outline; a line: a stroke in its dash
      const area = /^(rect|circle|ellipse|polygon)$/i.test(entry.element.tagName);
      const swatch = area
        ? el('rect', { x: x + SWATCH / 2 - 4, y: y - 4, width: 8, height: 8, style: `fill:${cs.fill || 'none'};stroke:${cs.stroke || 'none'};stroke-width:${cs.strokeWidth || '1px'}` })
        : stroked
        ? el('line', { x1: x, x2: x + SWATCH, y1: y, y2: y, style: `stroke:${cs.stroke};stroke-width:${cs.strokeWidth || '2px'};stroke-dasharray:${cs.strokeDasharray || 'none'};stroke-linecap:${cs.strokeLinecap || 'butt'};stroke-opacity:${cs.strokeOpacity || '1'}` })
        : el('rect', { x, y: y - 4, width: SWATCH, height: 8, style: `fill:${cs.fill || ink}` });
      g.appendChild(swatch);
      const t = el('text', { x: x + SWATCH + 4, y: y + CAPTION_SIZE * 0.35 });
      t.textContent = entry.label;
      g.appendChild(t);
      x += SWATCH + 4 + entry.label.length * CAPTION_SIZE * 0.6 + 12;
    }
  });
  lines.forEach((line, i) => {
    const t = el('text', { x: box.x + PAD, y: box.y + box.height + PAD + legendHeight + (i + 0.8) * LINE, ...(line.bold ? { 'font-weight': 'bold' } : {}) });
    t.textContent = line.text;
    g.appendChild(t);
  });
  clone.appendChild(g);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height };
}
