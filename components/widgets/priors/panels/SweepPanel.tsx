import { useMemo, useState } from 'preact/hooks';
import { Select } from '../../../ui/Select';
import { SweepChart } from '../../../ui/chart/SweepChart';
import type { PriorsParams } from '../params';
import { priorsSweepData, type PriorsSweepKind } from '../sweep';
import { formatSpend } from '../view';
import './sweepPanel.css';
import { SweepKey } from '../../../ui/chart/SweepControls';

const formatPct = (p: number) => `${Number((100 * p).toPrecision(2))}%`;

const KINDS: Record<PriorsSweepKind, { option: string; what: string; xLabel: string; xScale: 'log' | 'linear'; formatX: (x: number) => string; keys: string }> = {
  ftp: { option: 'calendar rule: first-trial probability', what: 'calendar-rule', xLabel: 'ftp', xScale: 'log', formatX: (x) => `1/${Math.round(1 / x)}`, keys: 'virtual-success value' },
  gAct: { option: 'researcher-year rule: g_act', what: 'researcher-year', xLabel: 'g_act', xScale: 'linear', formatX: (x) => `${Number((100 * x).toFixed(1))}%`, keys: 'calendar ftp' },
  spend: { option: 'compute rule: 2036 spend', what: 'compute-rule', xLabel: 'S₂₀₃₆', xScale: 'log', formatX: formatSpend, keys: 'relative importance X' },
};

export interface PriorsSweepPanelProps {
  params: PriorsParams;
  set: (patch: Partial<PriorsParams>) => void;
}

/**
 * The priors sweep beside the main chart: one rule's pr(AGI by the target year) against the
 * calendar ftp (log, a curve per vs), g_act (a curve per calendar ftp) or the 2036 spend (log, a
 * curve per X), the report's printed cells as points on the curves, the current setting marked;
 * choosing a point sets the widget (and so the URL). Closed forms: it recomputes in the page, in
 * a few milliseconds, when an input changes.
 * @example <PriorsSweepPanel params={params} set={set} />
 */
export function PriorsSweepPanel({ params, set }: PriorsSweepPanelProps) {
  const [kind, setKind] = useState<PriorsSweepKind>('ftp');
  const k = KINDS[kind];
  const key = JSON.stringify([kind, params.from, params.to, params.start, params.increment, params.vs, params.ftp, params.gExp, params.X, params.spendM]);
  const data = useMemo(() => {
    try {
      return { ok: priorsSweepData(params, kind), error: null };
    } catch (e) {
      return { ok: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [key]);
  const to = Math.max(params.to, params.from);
  return (
    <figure class="priors-sweep" data-testid="priors-sweep">
      <p class="priors-sweep-title">
        Sweep: {k.what} pr(AGI by {to}) against {k.xLabel}
      </p>
      <div class="priors-sweep-kind priors-no-print">
        <Select
          label="Sweep"
          value={kind}
          options={(Object.keys(KINDS) as PriorsSweepKind[]).map((value) => ({ value, label: KINDS[value].option }))}
          onChange={(v) => setKind(v as PriorsSweepKind)}
        />
      </div>
      {data.ok ? (
        <SweepChart
          label={`Sweep of the ${k.what} pr(AGI by ${to}) over ${k.xLabel}, one curve per ${k.keys}`}
          xs={data.ok.xs}
          series={data.ok.series}
          marks={data.ok.marks}
          xScale={k.xScale}
          xLabel={k.xLabel}
          yLabel={`pr(AGI by ${to})`}
          formatX={k.formatX}
          formatY={formatPct}
          current={data.ok.current}
          currentSeries={data.ok.currentSeries}
          onChoose={(xi, si) => set(data.ok!.choose(xi, si))}
          class="priors-sweep-chart"
          testId="priors-sweep-chart"
        />
      ) : (
        <p role="status">{data.error}</p>
      )}
      <figcaption class="priors-sweep-caption">
        <SweepKey series={data.ok?.series ?? []} prefix="priors" />
        {data.ok?.marks.length ? (
          <span class="priors-sweep-key">
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <rect x="3" y="3" width="6" height="6" transform="rotate(45 6 6)" />
            </svg>
            the report’s printed values
          </span>
        ) : (
          <span>The report’s printed values appear where a curve has a table’s inputs (rule out 2020, target 2036{kind === 'ftp' ? '' : ', 0.01% trials'}).</span>
        )}
        <span>
          The dashed rule is the current setting. Focus the chart: ←/→ move along a curve (Page Up/Down: ten points, Home/End), ↑/↓ change curve, Enter sets the calculator to the point; or click.
        </span>
      </figcaption>
    </figure>
  );
}
