import { useId, useMemo, useRef } from 'preact/hooks';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { Disclosure, FixedParams, InstanceCaption, InstanceLayout, useInstance, type InstanceProps } from '../../ui/instance/index';
import { Issues } from '../../ui/Issues';
import { Permalink } from '../../ui/Permalink';
import { Toggle } from '../../ui/Toggle';
import { tangentFigure } from './figure';
import type { Frame } from './frames';
import { tangentInstance } from './instance';
import { effectiveWidth, type TangentParams } from './params';
import { Controls } from './panels/Controls';
import { FunctionPanel } from './panels/FunctionPanel';
import { SweepPanel } from './panels/SweepPanel';
import { TicketPanel } from './panels/TicketPanel';
import type { TrainerFactory } from './trainer';
import { useRun, type RunStatus } from './useRun';
import { useSweep, type SweepCache } from './useSweep';
import { formatValue, formatWidth } from './view';
import './tangent.css';

/** What the build computed for the instance's start state, so the first frame needs no JavaScript. */
export interface TangentInitial {
  /** runKey of the start state and its frame at the start step */
  key: string;
  frame: Frame;
  /** the start state's sweeps by sweepKey (both scalings); empty for a focused figure, which has no sweep */
  sweeps: SweepCache;
}

/** Props of the island; tests inject a trainer factory. */
export interface TangentIslandProps extends InstanceProps {
  initial: TangentInitial;
  /** Page path for the permalink. */
  path?: string;
  createTrainer?: TrainerFactory;
}

const defaultFactory: TrainerFactory = async () => (await import('./workerTrainer')).createWorkerTrainer();

function headline(status: RunStatus, frame: Frame | null, current: boolean, error: string | null, target: number): string {
  if (status === 'error') return `Training stopped: ${error ?? 'unknown error'}`;
  if (status === 'replaying') return `Replaying to step ${target}…`;
  if (!frame || !current) return 'Setting up the network…';
  const end = frame.step >= frame.totalSteps ? ' (finished)' : '';
  const lead = `Step ${frame.step} of ${frame.totalSteps}${end}.`;
  if (frame.step === 0) return `${lead} Press Play: the network and its linearisation start as the same function.`;
  return `${lead} functionGap ${formatValue(frame.functionGap)}, weightChange ${formatValue(frame.weightChange)}; test loss network ${formatValue(frame.testLoss)}, linearisation ${formatValue(frame.linearTestLoss)}, infinite width ${formatValue(frame.infiniteTestLoss)}.`;
}

/**
 * The values an editors' caption may quote (tangentInstance.quotable), as the widget shows them;
 * "…" for a measure while the settings' frame is on its way (null), never NaN.
 * @example quotesOf(frame, params).functionGap // "0.0123"
 */
export function quotesOf(frame: Frame | null, params: TangentParams): Record<string, string> {
  const v = (x: number | undefined) => (frame ? formatValue(x) : '…');
  return {
    width: formatWidth(effectiveWidth(params)),
    step: frame ? String(frame.step) : '…',
    steps: String(params.steps),
    scaling: params.scaling === 'ntk' ? 'NTK' : 'mean-field',
    functionGap: v(frame?.functionGap),
    weightChange: v(frame?.weightChange),
    trainLoss: v(frame?.trainLoss),
    linearTrainLoss: v(frame?.linearTrainLoss),
    testLoss: v(frame?.testLoss),
    linearTestLoss: v(frame?.linearTestLoss),
    infiniteTestLoss: v(frame?.infiniteTestLoss),
    parameters: frame ? formatWidth(frame.parameters) : '…',
  };
}

/**
 * The parameter-tangent-space demo (issue 10), as a configured instance (issue 17): a ReLU network
 * trained by full-batch gradient descent beside its linearisation at θ₀ and the infinite-width
 * prediction, with the controls the instance shows. The full model adds, folded, a width sweep of
 * functionGap and weightChange under NTK or mean-field scaling and the tangent-ticket curve.
 * All compute runs in Web Workers; every setting and the step reached live in the URL (`<id>.*`).
 * Source: issue 10; spec /work/shared/specs/tangent.md.
 * @example <TangentIsland client:visible initial={initial} id="narrow" start={{ width: 16, step: 2000 }} controls={['width', 'step']} />
 */
export function TangentIsland({ initial, path = '', createTrainer = defaultFactory, ...instanceProps }: TangentIslandProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const inst = useInstance(tangentInstance, instanceProps);
  const { params, setParams, issues, focused } = inst;
  const run = useRun(params, setParams, createTrainer, initial, inst.schema);
  const sweep = useSweep(params, createTrainer, initial.sweeps, !focused && params.sweepOpen);
  // The full model starts a changed run at step 0; a focused figure trains the new settings to the step it showed.
  const set = (patch: Partial<TangentParams>) => setParams(focused ? patch : { ...patch, step: 0 });
  const frame = run.frame;
  const busy = run.status === 'starting' || run.status === 'replaying';
  const meanField = params.scaling === 'mean-field';
  // The same element while the sweep is unchanged, so Preact skips it when frames arrive while
  // playing (about 15 a second): redrawing its chart each time was a tenth of a frame on a phone.
  const sweepPanel = useMemo(
    () => (
      <SweepPanel
        widths={sweep.widths}
        rows={sweep.rows}
        other={sweep.other}
        scaling={params.scaling}
        busy={sweep.busy}
        error={sweep.error}
        extend={
          params.depth === 1 ? (
            <Toggle label="Extend the sweep to 16,384 units" checked={params.wide} onChange={(wide) => setParams({ wide })} hint="Computed here in your browser: the widest network takes as long as all the others together, several times over." />
          ) : null
        }
      />
    ),
    [sweep.widths, sweep.rows, sweep.other, params.scaling, sweep.busy, sweep.error, params.depth, params.wide],
  );
  const chart = (
    // a group, not a region landmark: a note holds several figures with this same chart title
    <div role="group" class={`tan-panel${run.current ? '' : ' tan-stale'}`} aria-labelledby={`${id}-fn`}>
      <p id={`${id}-fn`} class="tan-title">The network and its linearisation</p>
      <FunctionPanel frame={frame} task={params.task} id={id} />
    </div>
  );
  const controls = (
    <>
      <Controls params={params} set={set} shows={inst.shows} run={{ playing: run.playing, busy, play: run.play, pause: run.pause, step: run.step, reset: run.reset }} />
      {focused ? <FixedParams spec={tangentInstance} params={params} shown={inst.shown} /> : null}
    </>
  );
  return (
    <div class="tan" ref={rootRef}>
      <Issues issues={issues} />
      <p class="tan-headline" role="status" aria-live="polite">
        {headline(run.status, frame, run.current, run.error, run.replayTarget)}
      </p>
      <InstanceLayout chart={chart} controls={controls} />
      <InstanceCaption template={instanceProps.caption} values={quotesOf(run.current ? frame : null, params)} />
      {focused ? null : (
        <>
          <Disclosure summary={`Width sweep (${meanField ? 'mean-field' : 'NTK'} scaling, ${formatValue(params.steps)} steps)`} open={params.sweepOpen} onToggle={(sweepOpen) => setParams({ sweepOpen })} eager class="tan-fold">
            {sweepPanel}
          </Disclosure>
          <Disclosure summary="Tangent tickets: how few parameters carry the change" open={params.ticketsOpen} onToggle={(ticketsOpen) => setParams({ ticketsOpen })} eager class="tan-fold tan-tickets">
            <TicketPanel ticket={frame?.ticket ?? null} step={frame?.step ?? 0} />
            <p class="tan-caption">
              Each parameter’s part in the linearised change is (θ_T − θ₀)ᵢ ∂f/∂θᵢ; the curve keeps the largest parts first. The fewer parameters it takes to reach 90%, the more skewed the distribution the opinion expects (“how much does this neuron matter”), and the less surprising a high-performing subnetwork is.
            </p>
          </Disclosure>
        </>
      )}
      <FigureMenu figure={tangentFigure({ path, query: inst.query, params, frame, sweep: sweep.rows, root: rootRef, id: inst.id, full: !focused })} />
      <Permalink class="tan-permalink" path={path} query={inst.query} />
    </div>
  );
}
