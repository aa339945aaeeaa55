/**
 * Parameter sweeps shared by every model's CLI and widget: a scenario's `sweep` field
 * `{ param, values, seeds }` runs the model once per value × seed and summarises each numeric
 * output field as mean, min and max over the seeds.
 */
export { hasSweep, planSweep, runSweep, runSweepAsync, summarisePoint, sweepFields, sweepable, sweepableAsync } from './sweep';
export type { Spread, Sweepable, SweepModel, SweepOutput, SweepPlan, SweepPoint, SweepRun, SweepSpec } from './sweep';
export { pathStatus, setPath } from './setPath';
