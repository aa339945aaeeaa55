import { useMemo } from 'preact/hooks';
import { SweepChart } from '../../../ui/chart/SweepChart';
import type { PriorsParams } from '../params';
import { priorsSweepData } from '../sweep';
import './sweepPanel.css';

const formatFtp = (x: number) => `1/${Math.round(1 / x)}`;
const formatPct = (p: number) => `${Number((100 * p).toPrecision(2))}%`;

export interface PriorsSweepPanelProps {
  params: PriorsParams;
  set: (patch: Partial<PriorsParams>) => void;
}

/**
 * The priors sweep beside the main chart: pr(AGI by the target year) against the first-trial
 * probability (log axis) for several virtual-success values, the report's table cells as points
 * on the curves, the current ftp marked; choosing a point sets ftp and vs (and so the URL).
 * It recomputes synchronously (≈ 400 closed-form runs, a few milliseconds) when an input changes.
 * @example <PriorsSweepPanel params={params} set={set} />
 */
export function PriorsSweepPanel({ params, set }: PriorsSweepPanelProps) {
  const key = `${params.from}|${params.to}|${params.start}|${params.increment}|${params.vs}`;
  const data = useMemo(() => {
    try {
      return { ok: priorsSweepData(params), error: null };
    } catch (e) {
      return { ok: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [key]);
  const to = Math.max(params.to, params.from);
  return (
    <figure class="priors-sweep" data-testid="priors-sweep">
      <p class="priors-sweep-title">
        Sweep: calendar-rule pr(AGI by {to}) against the first-trial probability
      </p>
      {data.ok ? (
        <SweepChart
          label={`Sweep of the calendar rule's pr(AGI by ${to}) over first-trial probabilities 1/3000 to 1/2, one curve per virtual-success value`}
          xs={data.ok.xs}
          series={data.ok.series}
          marks={data.ok.marks}
          xScale="log"
          xLabel="ftp"
          yLabel={`pr(AGI by ${to})`}
          formatX={formatFtp}
          formatY={formatPct}
          current={params.ftp}
          currentSeries={Math.max(0, data.ok.currentSeries)}
          onChoose={(xi, si) => set({ ftp: data.ok!.xs[xi]!, vs: data.ok!.vs[si]! })}
          class="priors-sweep-chart"
          testId="priors-sweep-chart"
        />
      ) : (
        <p role="status">{data.error}</p>
      )}
      <figcaption class="priors-sweep-caption">
        {data.ok?.series.map((s) => (
          <span key={s.id} class={`priors-sweep-key sweep-s-${s.id}`}>
            <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
              <line x1="1" x2="23" y1="5" y2="5" />
            </svg>
            {s.label}
          </span>
        ))}
        {data.ok?.reportInputs ? (
          <span class="priors-sweep-key">
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <rect x="3" y="3" width="6" height="6" transform="rotate(45 6 6)" />
            </svg>
            the report’s printed values (§4.2, §5.2.3)
          </span>
        ) : (
          <span>The report’s printed values appear for its inputs: rule out 2020, target 2036, regime start 1956.</span>
        )}
        <span>
          The dashed rule is the current ftp. Focus the chart: ←/→ move along a curve (Page Up/Down: ten points, Home/End), ↑/↓ change curve, Enter sets the calculator to the point; or click.
        </span>
      </figcaption>
    </figure>
  );
}
