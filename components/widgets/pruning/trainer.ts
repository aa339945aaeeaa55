import type { BackendName, DatasetName, Prediction, TrainingConfig, TrainingSnapshot } from '@intermittent-distillations/compute/pruning';

/** What the worker needs to start a run pair: configs, and the digits asset when the set is MNIST. */
export interface TrainerSetup {
  dataset: DatasetName;
  pruned: TrainingConfig;
  dense: TrainingConfig;
  /** side of the decision-surface grid (2-D sets only) */
  gridSize: number;
  /** test digits to report predictions for (digits only) */
  predictions: number;
  /** the packed MNIST asset (see unpackMnist), transferred to the worker; absent for 2-D sets */
  mnist?: ArrayBuffer;
}

/** One network's figures on the test split. */
export interface NetReport {
  accuracy: number;
  /** mean test cross-entropy in nats */
  loss: number;
  /** mean training-batch loss of the last call's steps; null when none ran */
  batchLoss: number | null;
  /** confusion[true][predicted] (digits only, else empty) */
  confusion: number[][];
  predictions: Prediction[];
  /** p(class 1) on the grid, row 0 at the bottom (2-D sets only) */
  grid: Float32Array | null;
}

/** Everything the island shows after a call: plain, postable data. */
export interface TrainerReport {
  backend: BackendName;
  /** why the backend order was changed, or '' */
  backendNote: string;
  step: number;
  totalSteps: number;
  pruned: NetReport;
  dense: NetReport;
  /** grey levels (0–255, 28 × 28) of the test digits in `predictions` (digits only, else empty) */
  digitPixels: Uint8Array[];
  /** each layer's mask as RGBA pixels (width fanOut, height fanIn), built in the worker: a digits layer is 400k pixels */
  maskImages: Uint8ClampedArray<ArrayBuffer>[];
  /** the pruned network's masks and α per layer */
  masks: TrainingSnapshot;
  /** weightsChanged of each run: false for the pruned one by construction, true for dense once trained */
  weightsChanged: { pruned: boolean; dense: boolean };
}

/**
 * The training side of the widget, as the island sees it: in the page a comlink proxy of the
 * Web Worker (workerTrainer.ts), in component tests a fake. Calls are serialised by the island.
 * @example const report = await trainer.setup(setup); await trainer.train(10) // report.step === 10
 */
export interface Trainer {
  /** Start (or restart) both runs at step 0 and report their initial state. */
  setup(setup: TrainerSetup): Promise<TrainerReport>;
  /** Train both runs `steps` more steps (stopping at the end of the schedule) and report. */
  train(steps: number): Promise<TrainerReport>;
  /** Free the runs and end the worker. */
  dispose(): void;
}

/** Makes a trainer; called on the first Train/Step click, so TensorFlow.js loads only then. */
export type TrainerFactory = () => Promise<Trainer>;
