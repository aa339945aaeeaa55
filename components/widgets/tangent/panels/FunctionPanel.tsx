import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TangentTask } from '@intermittent-distillations/compute/tangent';
import { ChartAxes } from '../../../ui/chart';
import { SURFACE_GRID, type Frame } from '../frames';
import { curveGeometry, formatValue, parseCssColor, pointsGeometry, surfacePixels, type Rgb } from '../view';
import { useThemeVersion } from '../../../ui/useThemeVersion';

const SIZE = { width: 360, height: 220 };
const MARGIN = { top: 8, right: 8, bottom: 22, left: 30 };
const SURFACE = { width: 200, height: 160 };
const FALLBACK: Record<'c0' | 'c1' | 'bg', Rgb> = { c0: [164, 22, 26], c1: [31, 79, 143], bg: [243, 241, 234] };


/** The class colours and background in the current theme; the theme's colours are light-dark() pairs, so the browser resolves them on a probe element (once per theme, not per frame). */
function useSurfaceColours(ref: { current: HTMLElement | null }): Record<'c0' | 'c1' | 'bg', Rgb> | null {
  const theme = useThemeVersion();
  const [colours, setColours] = useState<Record<'c0' | 'c1' | 'bg', Rgb> | null>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host || typeof getComputedStyle === 'undefined') return;
    const probe = document.createElement('span');
    host.appendChild(probe);
    const read = (name: string, fallback: Rgb) => {
      probe.style.color = `var(${name})`;
      return parseCssColor(getComputedStyle(probe).color) ?? fallback;
    };
    setColours({ c0: read('--danger', FALLBACK.c0), c1: read('--link', FALLBACK.c1), bg: read('--surface', FALLBACK.bg) });
    probe.remove();
  }, [theme, ref]);
  return colours;
}

function Surface({ title, values, frame, id }: { title: string; values: number[]; frame: Frame; id: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const colours = useSurfaceColours(box);
  useEffect(() => {
    const ctx = ref.current?.getContext?.('2d');
    if (!ctx || !colours || values.length !== SURFACE_GRID ** 2 || typeof ImageData === 'undefined') return;
    ctx.putImageData(new ImageData(surfacePixels(values, SURFACE_GRID, colours.c0, colours.c1, colours.bg), SURFACE_GRID, SURFACE_GRID), 0, 0);
  }, [values, colours]);
  const points = useMemo(() => pointsGeometry(frame.train, frame.extent, SURFACE), [frame.train, frame.extent]);
  return (
    <figure class="tan-surface">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <div class="tan-surface-box" ref={box}>
        <canvas ref={ref} width={SURFACE_GRID} height={SURFACE_GRID} class="tan-heat" aria-hidden="true" />
        <svg viewBox={`0 0 ${SURFACE.width} ${SURFACE.height}`} role="img" aria-labelledby={`${id}-t`}>
          {points.map((p, i) => (
            <circle key={i} cx={p.cx} cy={p.cy} r={2.4} class={`tan-pt tan-c${p.label}`} />
          ))}
        </svg>
      </div>
    </figure>
  );
}

/**
 * The left panel: the target, training points, the network and its linearisation as training
 * runs, and the infinite-width prediction (dashed); for a 2-D task, two decision surfaces.
 * @example <FunctionPanel frame={frame} task="sin" id="t1" />
 */
export function FunctionPanel({ frame, task, id }: { frame: Frame | null; task: TangentTask; id: string }) {
  if (!frame) return <p class="tan-muted tan-fn">Setting up the network for these settings…</p>;
  const readout = `Step ${frame.step}: train loss network ${formatValue(frame.trainLoss)}, linearisation ${formatValue(frame.linearTrainLoss)}; test loss network ${formatValue(frame.testLoss)}, linearisation ${formatValue(frame.linearTestLoss)}, infinite width ${formatValue(frame.infiniteTestLoss)}.`;
  if (frame.inputDim === 2) {
    return (
      <div class="tan-fn">
        <div class="tan-pair">
          <Surface title="Network" values={frame.network} frame={frame} id={`${id}-n`} />
          <Surface title="Linearisation" values={frame.linear} frame={frame} id={`${id}-l`} />
        </div>
        <p class="tan-key">Shading: the output, red for −1 (class 0) to blue for +1 (class 1); dots are the 64 training points.</p>
        <p class="tan-readout">{readout}</p>
      </div>
    );
  }
  const g = curveGeometry({ task: task === 'step' ? 'step' : 'sin', xs: frame.xs, network: frame.network, linear: frame.linear, infinite: frame.infinite, train: frame.train }, SIZE, MARGIN);
  return (
    <div class="tan-fn">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={`The target, the network and its linearisation over x from −3 to 3. ${readout}`}>
        <ChartAxes left={g.left} right={g.right} bottom={g.bottom} yTicks={g.yTicks} xTicks={g.xTicks} prefix="tan" xLabelOffset={14} />
        <path d={g.target} class="tan-line tan-target" />
        <path d={g.infinite} class="tan-line tan-inf" />
        <path d={g.linear} class="tan-line tan-lin" />
        <path d={g.network} class="tan-line tan-net" />
        {g.points.map((p, i) => (
          <circle key={i} cx={p.cx} cy={p.cy} r={2.2} class="tan-dot" />
        ))}
      </svg>
      <ul class="tan-legend" aria-label="Legend">
        <li><span class="tan-sw tan-sw-target" aria-hidden="true" /> target</li>
        <li><span class="tan-sw tan-sw-net" aria-hidden="true" /> network</li>
        <li><span class="tan-sw tan-sw-lin" aria-hidden="true" /> linearisation</li>
        <li><span class="tan-sw tan-sw-inf" aria-hidden="true" /> infinite width</li>
      </ul>
      <p class="tan-readout">{readout}</p>
    </div>
  );
}
