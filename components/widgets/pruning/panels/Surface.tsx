/** A decision surface: the network's class probabilities over the plane as a heat map under the data, redrawn when the theme changes. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { generatePlanar, planarExtent, type PlanarDataset } from '@intermittent-distillations/compute/pruning/data';
import { GRID, SURFACE, heatPixels, parseHexColor, pointsPath, surfaceGeometry, type Rgb } from '../view';
import { useThemeVersion } from '../../../ui/useThemeVersion';

const FALLBACK: Record<'c0' | 'c1' | 'bg', Rgb> = { c0: [164, 22, 26], c1: [31, 79, 143], bg: [243, 241, 234] };

/** The site's colours for the heat map, read from its custom properties (so both themes work). */
function themeColours(el: Element): Record<'c0' | 'c1' | 'bg', Rgb> {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: Rgb) => parseHexColor(style.getPropertyValue(name)) ?? fallback;
  return { c0: read('--danger', FALLBACK.c0), c1: read('--link', FALLBACK.c1), bg: read('--surface', FALLBACK.bg) };
}


export function Surface({ title, grid, dataset, seed, id, theme }: { title: string; grid: Float32Array | null; dataset: PlanarDataset; seed: number; id: string; theme: number }) {
  const data = useMemo(() => generatePlanar(dataset, { seed }), [dataset, seed]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The heat map is a 40 × 40 bitmap on a canvas under the points: repainting it each report costs
  // a putImageData, where 1,600 SVG cells under 1,000 SVG points cost a long main-thread task.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext?.('2d');
    if (!canvas || !ctx || !grid || grid.length !== GRID * GRID || typeof ImageData === 'undefined') return;
    const { c0, c1, bg } = themeColours(canvas);
    ctx.putImageData(new ImageData(heatPixels(grid, GRID, c0, c1, bg), GRID, GRID), 0, 0);
  }, [grid, theme]);
  // The same vnode every report, so Preact skips diffing; one path per class and split (see pointsPath)
  const points = useMemo(() => {
    const p = surfaceGeometry(planarExtent[dataset], SURFACE, { train: data.train, test: data.test });
    return (
      <g>
        {([0, 1] as const).map((k) => {
          const marks = p.train.filter((m) => m.label === k);
          return <path key={`a${k}`} d={pointsPath(marks, 'dot', 1.6)} class={`prune-pt prune-train prune-c${k}`} data-points={marks.length} />;
        })}
        {([0, 1] as const).map((k) => {
          const marks = p.test.filter((m) => m.label === k);
          return <path key={`b${k}`} d={pointsPath(marks, 'square', 1.6)} class={`prune-pt prune-test prune-c${k}`} data-points={marks.length} />;
        })}
      </g>
    );
  }, [dataset, data]);
  return (
    <figure class="prune-surface">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <div class={`prune-surface-box${grid ? ' prune-has-grid' : ''}`}>
        {grid ? <canvas ref={canvasRef} width={GRID} height={GRID} class="prune-heat" aria-hidden="true" /> : null}
        <svg viewBox={`0 0 ${SURFACE.width} ${SURFACE.height}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
          {points}
        </svg>
      </div>
      <p id={`${id}-d`} class="prune-sr">
        {grid ? 'Shaded by the network’s probability of class 1 (red class 0, blue class 1); ' : 'No decision surface yet; '}
        {data.train.count} training points (dots) and {data.test.count} test points (squares).
      </p>
    </figure>
  );
}
