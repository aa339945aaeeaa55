import { Select } from '../../../ui/Select';
import { Slider, rangeOf } from '../../../ui/Slider';
import { SeedField } from '../../../ui/SeedField';
import { datasetDefaults, DATASETS, PRUNING_METHODS, pruningSchema, type PruningParams } from '../params';
import { DATASET_LABELS, METHOD_LABELS } from '../labels';
import { formatBytes } from '../view';

const f = pruningSchema.fields;

/** Props of Controls. */
export interface ControlsProps {
  params: PruningParams;
  /** Sets run parameters; the run starts again at step 0. */
  setRunParams: (patch: Partial<PruningParams>) => void;
  /** Bytes of the digits asset, named before the reader chooses to download it. */
  mnistBytes: number;
  /** Whether this instance shows a parameter's control (all of them in the full model). */
  shows?: (name: string) => boolean;
}

/** The run's settings, in the widget's order: data set, method, shape, k, initialisation, learning rate, seed. */
export function Controls({ params, setRunParams, mnistBytes, shows = () => true }: ControlsProps) {
  const planar = params.dataset !== 'digits';
  return (
    <div class="prune-grid-controls">
      {shows('dataset') ? (
        <Select
          label="Dataset"
          value={params.dataset}
          options={DATASETS.map((d) => ({ value: d, label: DATASET_LABELS[d] }))}
          onChange={(dataset) => setRunParams(datasetDefaults(dataset))}
          hint={planar ? undefined : `Training downloads ${formatBytes(mnistBytes)} of digits.`}
        />
      ) : null}
      {shows('method') ? (
        <Select
          label="Method"
          value={params.method}
          options={PRUNING_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          hint="biprop: each kept weight becomes its sign times α, the layer’s mean kept |w|."
          onChange={(method) => setRunParams({ method })}
        />
      ) : null}
      {shows('width') ? <Slider label="Width (units per hidden layer)" value={params.width} {...rangeOf(f.width)} log onChange={(width) => setRunParams({ width })} /> : null}
      {shows('depth') ? <Slider label="Depth (hidden layers)" value={params.depth} {...rangeOf(f.depth)} onChange={(depth) => setRunParams({ depth })} /> : null}
      {shows('keep') ? (
        <Slider label="Kept fraction k" value={params.keep} {...rangeOf(f.keep)} format={(v) => `${Math.round(v * 100)}%`} onChange={(keep) => setRunParams({ keep })} />
      ) : null}
      {shows('init') ? (
        <Select
          label="Initialisation"
          value={params.init}
          options={[
            { value: 'kaiming-normal', label: 'Kaiming normal' },
            { value: 'signed-constant', label: 'Signed Kaiming constant' },
          ]}
          onChange={(init) => setRunParams({ init })}
        />
      ) : null}
      {shows('lr') ? <Slider label="Learning rate (scores)" value={params.lr} {...rangeOf(f.lr)} log onChange={(lr) => setRunParams({ lr })} /> : null}
      {shows('seed') ? <SeedField value={params.seed} onChange={(seed) => setRunParams({ seed })} /> : null}
    </div>
  );
}

/** Props of RunControls. */
export interface RunControlsProps {
  playing: boolean;
  /** The run reached its last step. */
  done: boolean;
  /** The worker is starting, downloading or replaying a link. */
  busy: boolean;
  replaying: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** The TensorFlow.js backend in use, once loaded, and why it was chosen. */
  backend: string | null;
  backendNote?: string;
}

/** Train (play/pause), Step and Reset, and the backend the worker chose: every instance has them. */
export function RunControls({ playing, done, busy, replaying, onPlay, onPause, onStep, onReset, backend, backendNote }: RunControlsProps) {
  return (
    <div class="prune-run" role="group" aria-label="Run controls">
      <button type="button" class="ui-button" aria-pressed={playing ? 'true' : 'false'} disabled={done || replaying} onClick={() => (playing ? onPause() : onPlay())}>
        <span aria-hidden="true" class="ui-icon">
          {playing ? '❚❚' : '▶'}
        </span>{' '}
        Train
      </button>
      <button type="button" class="ui-button" disabled={playing || done || busy} onClick={onStep}>
        Step
      </button>
      <button type="button" class="ui-button" disabled={busy && !replaying} onClick={onReset}>
        Reset
      </button>
      <span class="prune-backend">
        Backend: <strong class="prune-backend-name">{backend ?? 'not loaded yet'}</strong>
        {backendNote ? ` (${backendNote})` : ''}
      </span>
    </div>
  );
}
