import { useMemo } from 'preact/hooks';
import type { Spread } from '@intermittent-distillations/compute/sweep';
import { SweepChart } from '../../../ui/chart/SweepChart';
import { useSweep } from '../../../ui/chart/useSweep';
import type { ImitationParams } from '../params';
import { baselinePoint, conservativePoint, imitationSweepPlan } from '../sweep';
import './sweepPanel.css';
import { SweepKey, SweepControls } from '../../../ui/chart/SweepControls';

type Point = { kind: 'conservative'; queries: Spread; catastrophes: Spread } | { kind: 'baselines'; mixture: Spread; map: Spread };

export interface ImitationSweepPanelProps {
  params: ImitationParams;
  /** Sets run parameters (and restarts the run), as the widget's own controls do. */
  setRunParams: (patch: Partial<ImitationParams>) => void;
}

const count = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/**
 * The imitation sweep: the conservative imitator's queries and catastrophes over α (or k) across
 * several seeds, the baselines' catastrophes beside them, the demonstrator's prior marked where
 * α passes it. Points are computed one at a time between frames and shown as they finish;
 * Cancel stops, Resume goes on; results are cached per widget state.
 * @example <ImitationSweepPanel params={params} setRunParams={setRunParams} />
 */
export function ImitationSweepPanel({ params, setRunParams }: ImitationSweepPanelProps) {
  const plan = useMemo(() => imitationSweepPlan(params), [params.rule, params.prior, params.deceptive, params.ratio, params.trigger, params.together, params.seed, params.k]);
  const n = plan.xs.length;
  const sweep = useSweep<Point>(plan.key, n + 1, (i) =>
    i < n ? { kind: 'conservative', ...conservativePoint(plan, i) } : { kind: 'baselines', mixture: baselinePoint(plan, 'mixture'), map: baselinePoint(plan, 'map') },
  );
  const at = (i: number) => {
    const p = sweep.points[i];
    return p?.kind === 'conservative' ? p : null;
  };
  const baselines = sweep.points[n]?.kind === 'baselines' ? (sweep.points[n] as Extract<Point, { kind: 'baselines' }>) : null;
  const alpha = plan.param === 'selection.alpha';
  const series = [
    { id: 'queries', label: 'queries, conservative', values: plan.xs.map((_, i) => at(i)?.queries ?? null) },
    { id: 'catastrophes', label: 'catastrophes, conservative', values: plan.xs.map((_, i) => at(i)?.catastrophes ?? null) },
    { id: 'mixture', label: 'catastrophes, Bayes mixture (no α or k)', values: plan.xs.map(() => baselines?.mixture ?? null) },
    { id: 'map', label: 'catastrophes, MAP (no α or k)', values: plan.xs.map(() => baselines?.map ?? null) },
  ];
  const paramLabel = alpha ? 'α' : 'k';
  const current = alpha ? params.alpha : Math.min(params.k, plan.xs.length);
  const running = sweep.status === 'running';
  return (
    <figure class="imit-sweep" data-testid="imitation-sweep">
      <p class="imit-sweep-title">
        Sweep over {paramLabel}: the safety–querying trade-off ({plan.seeds.length} seeds, seeds {plan.seeds[0]}–{plan.seeds.at(-1)}, {plan.base.steps} steps each)
      </p>
      <SweepChart
        label={`Sweep of queries and catastrophes over ${paramLabel}, mean and range over ${plan.seeds.length} seeds`}
        xs={plan.xs}
        series={series}
        xScale={alpha ? 'log' : 'linear'}
        xLabel={paramLabel}
        yLabel="count"
        formatX={(x) => (alpha ? String(Number(x.toPrecision(3))) : String(x))}
        formatY={count}
        current={current}
        references={alpha ? [{ value: params.prior, label: `w(πᵈ) = ${params.prior}` }] : []}
        onChoose={(xi) => setRunParams(alpha ? { alpha: plan.xs[xi]! } : { k: plan.xs[xi]! })}
        class="imit-sweep-chart"
        testId="imitation-sweep-chart"
        status={
          <SweepControls sweep={sweep} testId="imitation-sweep-status" text={
            sweep.status === 'failed' ? `Stopped: ${sweep.error}` : running ? `Computing: ${sweep.done} of ${n + 1} points…` : sweep.status === 'cancelled' ? `Cancelled with ${sweep.done} of ${n + 1} points.` : `${n + 1} points, cached for these settings.`
          } />
        }
      />
      <figcaption class="imit-sweep-caption">
        <SweepKey series={series} prefix="imit" />
        <span>
          Lines are means over the seeds, bands their range.{' '}
          {alpha ? `With α above the demonstrator's prior (the red rule) the guarantee P(πᵈ ever leaves the set) ≤ α / w(πᵈ) says nothing, and catastrophes can appear. ` : ''}
          Focus the chart and use ←/→ (Page Up/Down, Home/End), ↑/↓ between curves; Enter or a click sets {paramLabel} to the point.
        </span>
      </figcaption>
    </figure>
  );
}
