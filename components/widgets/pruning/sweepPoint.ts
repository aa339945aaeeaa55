import type { TrainingConfig, DatasetName } from '@intermittent-distillations/compute/pruning/data';

/** One point of the pruning sweep, as the page asks the sweep worker for it. */
export interface SweepPointRequest {
  dataset: DatasetName;
  /** The run at this swept value; its seed is replaced by each of `seeds` (the data's seed too, as in the widget). */
  config: TrainingConfig;
  seeds: number[];
}

/** Test accuracy over the seeds: mean, min and max (fractions). */
export interface AccuracySpread {
  mean: number;
  min: number;
  max: number;
}

/** The sweep worker's surface (comlink). */
export interface SweepWorkerApi {
  point(request: SweepPointRequest): Promise<AccuracySpread>;
}

/** Runs sweep points off the page; cancel() ends the work in flight. */
export interface Sweeper {
  point(request: SweepPointRequest, signal: AbortSignal): Promise<AccuracySpread>;
}

/** Makes a sweeper; the default one starts the sweep worker (and TensorFlow.js) on first use. */
export type SweeperFactory = () => Sweeper;
