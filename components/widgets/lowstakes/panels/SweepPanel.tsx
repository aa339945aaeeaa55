import { useMemo } from 'preact/hooks';
import { SweepChart } from '../../../ui/chart/SweepChart';
import { useSweep } from '../../../ui/chart/useSweep';
import { stakesOf, type LowStakesParams } from '../params';
import { lowStakesPoint, lowStakesRun, lowStakesSweepPlan, type LowStakesSweepRun } from '../sweep';
import { formatNumber } from '../view';
import './sweepPanel.css';
import { SweepKey, SweepControls } from '../../../ui/chart/SweepControls';

export interface LowStakesSweepPanelProps {
  params: LowStakesParams;
  /** Sets parameters (and the URL), as the widget's own controls do. */
  set: (patch: Partial<LowStakesParams>) => void;
}

/**
 * The low-stakes sweep over stakes B (log, up to T): expected bad decisions and the regret in
 * units of B (regret ÷ B), mean and range over SWEEP_SEEDS seeds, the widget's B marked. Each
 * streamed task is one run (the CLI's sweep of one value and one seed, ≈ 40 ms at T = 100,000),
 * run between tasks by useSweep, cancellable, cached per widget state; a point is drawn once its
 * seeds are in. Choosing a point sets B.
 * @example <LowStakesSweepPanel params={params} set={set} />
 */
export function LowStakesSweepPanel({ params, set }: LowStakesSweepPanelProps) {
  const plan = useMemo(() => lowStakesSweepPlan(params), [JSON.stringify({ ...params, stakes: 0 })]);
  const n = plan.xs.length * plan.seeds.length;
  const sweep = useSweep<LowStakesSweepRun>(plan.key, n, (i) => lowStakesRun(plan, i));
  const points = plan.xs.map((_, xi) => lowStakesPoint(plan, sweep.points, xi));
  const series = [
    { id: 'bad', label: 'expected bad decisions', values: points.map((p) => p?.badDecisions ?? null) },
    { id: 'regret', label: 'regret ÷ B', values: points.map((p) => p?.regretPerStake ?? null) },
  ];
  const running = sweep.status === 'running';
  return (
    <figure class="ls-sweep" data-testid="lowstakes-sweep">
      <p class="ls-sweep-title">
        Sweep over the stakes B: bad decisions and regret ({plan.seeds.length} seeds, seeds {plan.seeds[0]}–{plan.seeds.at(-1)}, T = {formatNumber(params.steps, 0)})
      </p>
      <SweepChart
        label={`Sweep of expected bad decisions and regret ÷ B over the stakes B, mean and range over ${plan.seeds.length} seeds`}
        xs={plan.xs}
        series={series}
        xScale="log"
        xLabel="B"
        yLabel="bad decisions"
        formatX={(x) => formatNumber(x, 0)}
        formatY={(y) => formatNumber(y)}
        current={stakesOf(params)}
        onChoose={(xi) => set({ stakes: plan.xs[xi]! })}
        class="ls-sweep-chart"
        testId="lowstakes-sweep-chart"
        status={
          <SweepControls sweep={sweep} testId="lowstakes-sweep-status" text={
            sweep.status === 'failed' ? `Stopped: ${sweep.error}` : running ? `Computing: ${sweep.done} of ${n} runs…` : sweep.status === 'cancelled' ? `Cancelled with ${sweep.done} of ${n} runs.` : `${plan.xs.length} points (${n} runs), cached for these settings.`
          } />
        }
      />
      <figcaption class="ls-sweep-caption">
        <SweepKey series={series} prefix="ls" />
        <span>
          Lines are means over the seeds, bands their range. Regret is shown in units of one bad decision's cost B: as B grows the
          bad decisions dominate it, and the two curves come together. Focus the chart and use ←/→ (Page Up/Down, Home/End), ↑/↓ between
          curves; Enter or a click sets B to the point.
        </span>
      </figcaption>
    </figure>
  );
}
