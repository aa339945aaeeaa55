import { maxWidth, tangentTasks } from '@intermittent-distillations/compute/tangent';
import { PlayPause } from '../../../ui/PlayPause';
import { SeedField } from '../../../ui/SeedField';
import { Select } from '../../../ui/Select';
import { Slider, rangeOf } from '../../../ui/Slider';
import { Toggle } from '../../../ui/Toggle';
import { effectiveWidth, TASK_LABELS, tangentSchema, type TangentParams } from '../params';
import { formatWidth } from '../view';

const f = tangentSchema.fields;

/** What the Play / Step / Reset group drives (useRun). */
export interface RunControls {
  playing: boolean;
  busy: boolean;
  play: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
}

/** Props of Controls: the parameters, the setter, the run, and which controls this instance shows. */
export interface ControlsProps {
  params: TangentParams;
  set: (patch: Partial<TangentParams>) => void;
  run: RunControls;
  /** Whether this instance shows a parameter's control; `step` is the run group. All in the full model. */
  shows?: (name: string) => boolean;
}

/**
 * The run's settings (task, width, depth, learning rate, schedule, seed), the scaling switch and
 * Play / Step / Reset, each only if the instance shows it.
 * @example <Controls params={params} set={set} run={run} shows={inst.shows} />
 */
export function Controls({ params, set, run, shows = () => true }: ControlsProps) {
  const capped = effectiveWidth(params) < params.width;
  const meanField = params.scaling === 'mean-field';
  return (
    <div class="tan-controls">
      <div class="tan-grid-controls">
        {shows('task') ? <Select label="Task" value={params.task} options={tangentTasks.map((t) => ({ value: t, label: TASK_LABELS[t] }))} onChange={(task) => set({ task })} /> : null}
        {shows('width') ? (
          <Slider
            label="Width (units per hidden layer)"
            value={params.width}
            {...rangeOf(f.width)}
            log
            format={formatWidth}
            hint={capped ? `With ${params.depth} hidden layers the model runs at most ${formatWidth(maxWidth(params.depth))} units; running ${formatWidth(effectiveWidth(params))}.` : undefined}
            onChange={(width) => set({ width })}
          />
        ) : null}
        {shows('depth') ? <Slider label="Depth (hidden layers)" value={params.depth} {...rangeOf(f.depth)} onChange={(depth) => set({ depth })} /> : null}
        {shows('lr') ? <Slider label="Learning rate η" value={params.lr} {...rangeOf(f.lr)} log onChange={(lr) => set({ lr })} /> : null}
        {shows('steps') ? <Slider label="Steps (full batch)" value={params.steps} {...rangeOf(f.steps)} log onChange={(steps) => set({ steps })} /> : null}
        {shows('seed') ? <SeedField value={params.seed} onChange={(seed) => set({ seed })} /> : null}
      </div>
      {shows('scaling') ? (
        <Toggle
          label="Mean-field scaling (output × 1/n, learning rate × n)"
          checked={meanField}
          onChange={(on) => set({ scaling: on ? 'mean-field' : 'ntk' })}
          hint={meanField ? 'Mean-field: the weights move O(1) at any width, so the network learns features and leaves its tangent space.' : 'NTK scaling: output × 1/√n, so each weight moves O(1/√n) and a wide network stays near its linearisation (lazy).'}
        />
      ) : null}
      {shows('step') ? <PlayPause playing={run.playing} onPlayingChange={(on) => (on ? run.play() : run.pause())} onStep={run.step} onReset={run.reset} disabled={run.busy} /> : null}
    </div>
  );
}
