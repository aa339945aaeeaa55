import { useMemo, useRef, useState } from 'preact/hooks';
import { Select } from '../../../ui/Select';
import { SweepChart } from '../../../ui/chart/SweepChart';
import type { SweepValue } from '../../../ui/chart/sweepGeometry';
import { useSweep, type KnownSweep } from '../../../ui/chart/useSweep';
import type { PruningParams } from '../params';
import { pruningSweepPlan, type PruningSweepKind } from '../sweep';
import type { Sweeper, SweeperFactory } from '../sweepPoint';
import './sweepPanel.css';
import { SweepKey, SweepControls } from '../../../ui/chart/SweepControls';

export interface PruningSweepPanelProps {
  params: PruningParams;
  /** Sets run parameters (and restarts the run), as the widget's own controls do. */
  setRunParams: (patch: Partial<PruningParams>) => void;
  /** Where points are trained; the default loads the sweep worker on the first Run (tests pass a fake). */
  createSweeper?: SweeperFactory;
  /** The sweep of the instance's start state, trained at build time (Pruning.astro): drawn at once. */
  prebuilt?: KnownSweep<SweepValue> | undefined;
}

const defaultSweeper: SweeperFactory = () => {
  let real: Promise<Sweeper> | null = null;
  return {
    point: async (request, signal) => {
      real ??= import('../workerSweeper').then((m) => m.createWorkerSweeper());
      return (await real).point(request, signal);
    },
  };
};

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

/**
 * The pruning sweep: test accuracy of the pruned network and of the dense baseline against the
 * width of every hidden layer or the kept fraction k, mean and range over three seeds, trained in
 * a Web Worker of its own when the reader asks (it takes minutes), streamed point by point,
 * cancellable, cached per setting; choosing a point sets the widget's width or k.
 * @example <PruningSweepPanel params={params} setRunParams={setRunParams} />
 */
export function PruningSweepPanel({ params, setRunParams, createSweeper = defaultSweeper, prebuilt }: PruningSweepPanelProps) {
  const [kind, setKind] = useState<PruningSweepKind>('width');
  const planar = params.dataset !== 'digits';
  const plan = useMemo(() => pruningSweepPlan(params, kind), [params.dataset, params.depth, params.method, params.init, params.lr, params.seed, params.keep, params.width, kind]);
  const sweeper = useRef<Sweeper | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  const sweep = useSweep<SweepValue>(
    plan.key,
    plan.tasks.length,
    (i, signal) => {
      sweeper.current ??= createSweeper();
      return sweeper.current.point(plan.tasks[i]!.request, signal);
    },
    planar && requested === plan.key,
    prebuilt,
  );
  if (!planar) {
    return (
      <p class="prune-sweep-note" data-testid="pruning-sweep">
        Sweeps run on the 2-D sets only: on the digits one would train 48 networks for minutes each.
      </p>
    );
  }
  const valueOf = (series: 'pruned' | 'dense', xIndex: number): SweepValue | null => {
    const at = plan.tasks.findIndex((t) => t.series === series && (t.xIndex === xIndex || (series === 'dense' && kind === 'keep')));
    return at < 0 ? null : (sweep.points[at] ?? null);
  };
  const series = [
    { id: 'pruned', label: `${params.method}, pruned`, values: plan.xs.map((_, i) => valueOf('pruned', i)) },
    { id: 'dense', label: kind === 'keep' ? 'dense baseline (no k)' : 'dense baseline', values: plan.xs.map((_, i) => valueOf('dense', i)) },
  ];
  const width = kind === 'width';
  const n = plan.tasks.length;
  const status = sweep.status;
  return (
    <figure class="prune-sweep" data-testid="pruning-sweep">
      <p class="prune-sweep-title">
        Sweep: test accuracy against {width ? 'the width of every hidden layer' : 'the kept fraction k'} ({plan.seeds.length} seeds, {plan.epochs} epochs = {plan.steps} steps each)
      </p>
      <div class="prune-sweep-kind">
        <Select
          label="Sweep over"
          value={kind}
          options={[
            { value: 'width', label: 'width (8 … 512)' },
            { value: 'keep', label: 'kept fraction k (0.1 … 0.9)' },
          ]}
          onChange={(k) => setKind(k as PruningSweepKind)}
        />
      </div>
      <SweepChart
        label={`Sweep of test accuracy over ${width ? 'width' : 'the kept fraction'}, pruned and dense, mean and range over ${plan.seeds.length} seeds`}
        xs={plan.xs}
        series={series}
        xScale={width ? 'log' : 'linear'}
        xLabel={width ? 'width' : 'k'}
        yLabel="test accuracy"
        formatX={(x) => String(x)}
        formatY={pct}
        current={width ? params.width : params.keep}
        onChoose={(xi) => setRunParams(width ? { width: plan.xs[xi]! } : { keep: plan.xs[xi]! })}
        class="prune-sweep-chart"
        testId="pruning-sweep-chart"
        status={
          <SweepControls sweep={sweep} testId="pruning-sweep-status" onRun={() => setRequested(plan.key)} text={
            status === 'failed'
                ? `Stopped: ${sweep.error}`
                : status === 'idle'
                ? `Not run yet: ${n} points, ${n * plan.seeds.length} trainings in a worker.`
                : status === 'running'
                  ? `Training: ${sweep.done} of ${n} points…`
                  : status === 'cancelled'
                    ? `Cancelled with ${sweep.done} of ${n} points.`
                    : prebuilt?.key === plan.key
                      ? `${n} points, trained when this page was built (the same code and seeds as a live sweep).`
                      : `${n} points, cached for these settings.`
          } />
        }
      />
      <figcaption class="prune-sweep-caption">
        <SweepKey series={series} prefix="prune" />
        <span>Lines are means over the seeds, bands their range; the dashed rule is the widget’s setting. Focus the chart: ←/→ (Page Up/Down, Home/End), ↑/↓ between curves; Enter or a click sets {width ? 'the width' : 'k'}.</span>
      </figcaption>
    </figure>
  );
}
