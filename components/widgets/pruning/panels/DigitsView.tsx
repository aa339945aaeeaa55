/** The digits view: per-layer mask bitmaps, the confusion matrix and a strip of test digits with their predictions. */
import { useEffect, useRef } from 'preact/hooks';
import type { TrainerReport } from '../trainer';
import { confusionShares, digitPixels, maskBox } from '../view';

export function MaskCanvas({ pixels, shape, label }: { pixels: Uint8ClampedArray<ArrayBuffer> | undefined; shape: [number, number]; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext?.('2d');
    if (!ctx || !pixels || pixels.length !== 4 * shape[0] * shape[1] || typeof ImageData === 'undefined') return;
    // width fanOut × height fanIn, one pixel per weight (bias row at the bottom); built in the worker
    ctx.putImageData(new ImageData(pixels, shape[1], shape[0]), 0, 0);
  }, [pixels, shape]);
  const box = maskBox(shape);
  return <canvas ref={ref} width={shape[1]} height={shape[0]} class="prune-mask" style={{ width: `${box.width}px`, height: `${box.height}px` }} role="img" aria-label={label} />;
}

function Digit({ pixels, label }: { pixels: Uint8Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext?.('2d');
    if (!ctx || typeof ImageData === 'undefined') return;
    ctx.putImageData(new ImageData(digitPixels(pixels), 28, 28), 0, 0);
  }, [pixels]);
  return <canvas ref={ref} width={28} height={28} class="prune-digit" role="img" aria-label={label} />;
}

export function DigitsView({ report }: { report: TrainerReport | null }) {
  if (!report) {
    return <p class="prune-muted">The confusion matrix and a strip of test digits appear when training starts.</p>;
  }
  const shares = confusionShares(report.pruned.confusion);
  const digits = report.digitPixels;
  return (
    <div class="prune-digits">
      <div class="prune-scroll" tabindex={0} role="region" aria-label="Confusion matrix of the pruned network (scrolls)">
        <table class="prune-confusion">
          <caption>Pruned network on the test digits: rows true digit, columns predicted</caption>
          <thead>
            <tr>
              <th scope="col">true \ pred</th>
              {shares.map((_, j) => (
                <th key={j} scope="col">
                  {j}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.pruned.confusion.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i}</th>
                {row.map((v, j) => (
                  <td key={j} class={i === j ? 'prune-diag' : undefined} style={{ '--share': String(shares[i]![j]!) }}>
                    {Number.isFinite(v) ? v : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="prune-strip" aria-label="First test digits with the pruned network’s predictions">
        {report.pruned.predictions.map((p, i) =>
          digits[i] ? (
            <li key={p.index} class={p.predicted === p.label ? '' : 'prune-wrong'}>
              <Digit pixels={digits[i]!} label={`Digit ${p.label}`} />
              <span>
                {p.predicted === p.label ? '✓' : '✗'} {p.predicted}
              </span>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
