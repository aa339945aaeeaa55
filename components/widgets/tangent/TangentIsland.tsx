import { useId, useRef } from 'preact/hooks';
import { maxWidth, tangentTasks } from '@intermittent-distillations/compute/tangent';
import { serialize } from '../../../src/state/index';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { Issues } from '../../ui/Issues';
import { Permalink } from '../../ui/Permalink';
import { PlayPause } from '../../ui/PlayPause';
import { SeedField } from '../../ui/SeedField';
import { Select } from '../../ui/Select';
import { Slider, rangeOf } from '../../ui/Slider';
import { Toggle } from '../../ui/Toggle';
import { useUrlState } from '../../ui/useUrlState';
import { tangentFigure } from './figure';
import type { Frame } from './frames';
import { effectiveWidth, TASK_LABELS, tangentSchema, type TangentParams } from './params';
import { FunctionPanel } from './panels/FunctionPanel';
import { SweepPanel } from './panels/SweepPanel';
import { TicketPanel } from './panels/TicketPanel';
import type { TrainerFactory } from './trainer';
import { useRun, type RunStatus } from './useRun';
import { useSweep, type SweepCache } from './useSweep';
import { formatValue, formatWidth } from './view';
import './tangent.css';

/** What the build computed for the default settings, so the first frame needs no JavaScript. */
export interface TangentInitial {
  /** runKey of the default settings and their step-0 frame */
  key: string;
  frame: Frame;
  /** default sweeps by sweepKey (both scalings) */
  sweeps: SweepCache;
}

/** Props of the island; tests inject a trainer factory. */
export interface TangentIslandProps {
  initial: TangentInitial;
  /** Page path for the permalink. */
  path?: string;
  createTrainer?: TrainerFactory;
}

const defaultFactory: TrainerFactory = async () => (await import('./workerTrainer')).createWorkerTrainer();

function headline(status: RunStatus, frame: Frame | null, error: string | null, target: number): string {
  if (status === 'error') return `Training stopped: ${error ?? 'unknown error'}`;
  if (status === 'replaying') return `Replaying the link to step ${target}…`;
  if (!frame) return 'Setting up the network…';
  const end = frame.step >= frame.totalSteps ? ' (finished)' : '';
  const lead = `Step ${frame.step} of ${frame.totalSteps}${end}.`;
  if (frame.step === 0) return `${lead} Press Play: the network and its linearisation start as the same function.`;
  return `${lead} functionGap ${formatValue(frame.functionGap)}, weightChange ${formatValue(frame.weightChange)}; test loss network ${formatValue(frame.testLoss)}, linearisation ${formatValue(frame.linearTestLoss)}, infinite width ${formatValue(frame.infiniteTestLoss)}.`;
}

/**
 * The parameter-tangent-space demo (issue 10): a ReLU network trained by full-batch gradient
 * descent beside its linearisation at θ₀ and the infinite-width prediction, a width sweep of
 * functionGap and weightChange under NTK or mean-field scaling, and the tangent-ticket curve.
 * All compute runs in Web Workers; every setting and the step reached live in the URL.
 * Source: issue 10; spec /work/shared/specs/tangent.md.
 * @example <TangentIsland client:visible initial={initial} />
 */
export function TangentIsland({ initial, path = '', createTrainer = defaultFactory }: TangentIslandProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const [params, setParams, issues] = useUrlState(tangentSchema);
  const run = useRun(params, setParams, createTrainer, initial);
  const sweep = useSweep(params, createTrainer, initial.sweeps);
  const set = (patch: Partial<TangentParams>) => setParams({ ...patch, step: 0 });
  const frame = run.frame;
  const capped = effectiveWidth(params) < params.width;
  const busy = run.status === 'starting' || run.status === 'replaying';
  const meanField = params.scaling === 'mean-field';
  return (
    <div class="tan" ref={rootRef}>
      <div class="tan-controls">
        <Issues issues={issues} />
        <div class="tan-grid-controls">
          <Select label="Task" value={params.task} options={tangentTasks.map((t) => ({ value: t, label: TASK_LABELS[t] }))} onChange={(task) => set({ task })} />
          <Slider
            label="Width (units per hidden layer)"
            value={params.width}
            {...rangeOf(tangentSchema.fields.width)}
            log
            format={formatWidth}
            hint={capped ? `With ${params.depth} hidden layers the model runs at most ${formatWidth(maxWidth(params.depth))} units; running ${formatWidth(effectiveWidth(params))}.` : undefined}
            onChange={(width) => set({ width })}
          />
          <Slider label="Depth (hidden layers)" value={params.depth} {...rangeOf(tangentSchema.fields.depth)} onChange={(depth) => set({ depth })} />
          <Slider label="Learning rate η" value={params.lr} {...rangeOf(tangentSchema.fields.lr)} log onChange={(lr) => set({ lr })} />
          <Slider label="Steps (full batch)" value={params.steps} {...rangeOf(tangentSchema.fields.steps)} log onChange={(steps) => set({ steps })} />
          <SeedField value={params.seed} onChange={(seed) => set({ seed })} />
        </div>
        <Toggle
          label="Mean-field scaling (output × 1/n, learning rate × n)"
          checked={meanField}
          onChange={(on) => set({ scaling: on ? 'mean-field' : 'ntk' })}
          hint={meanField ? 'Mean-field: the weights move O(1) at any width, so the network learns features and leaves its tangent space.' : 'NTK scaling: output × 1/√n, so each weight moves O(1/√n) and a wide network stays near its linearisation (lazy).'}
        />
        <PlayPause playing={run.playing} onPlayingChange={(on) => (on ? run.play() : run.pause())} onStep={run.step} onReset={run.reset} disabled={busy} />
      </div>
      <p class="tan-headline" role="status" aria-live="polite">
        {headline(run.status, frame, run.error, run.replayTarget)}
      </p>
      <div class="tan-panels">
        <section class="tan-panel" aria-labelledby={`${id}-fn`}>
          <p id={`${id}-fn`} class="tan-title">The network and its linearisation</p>
          <FunctionPanel frame={frame} task={params.task} id={id} />
        </section>
        <section class="tan-panel" aria-labelledby={`${id}-sw`}>
          <p id={`${id}-sw`} class="tan-title">Width sweep ({meanField ? 'mean-field' : 'NTK'} scaling, {formatValue(params.steps)} steps)</p>
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
        </section>
      </div>
      <section class="tan-panel tan-tickets" aria-labelledby={`${id}-tk`}>
        <p id={`${id}-tk`} class="tan-title">Tangent tickets: how few parameters carry the change</p>
        <TicketPanel ticket={frame?.ticket ?? null} step={frame?.step ?? 0} />
        <p class="tan-caption">
          Each parameter’s part in the linearised change is (θ_T − θ₀)ᵢ ∂f/∂θᵢ; the curve keeps the largest parts first. The fewer parameters it takes to reach 90%, the more skewed the distribution the opinion expects (“how much does this neuron matter”), and the less surprising a high-performing subnetwork is.
        </p>
      </section>
      <FigureMenu figure={tangentFigure({ path, query: serialize(tangentSchema, params, ''), params, frame, sweep: sweep.rows, root: rootRef })} />
      <Permalink class="tan-permalink" path={path} query={serialize(tangentSchema, params, '')} />
    </div>
  );
}
