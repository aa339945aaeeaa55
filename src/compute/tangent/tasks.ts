import { invalid } from '../errors';
import { generatePlanar, planarExtent } from '../pruning/datasets';
import type { Inputs } from './network';

/** The regression tasks: two 1-D targets on [−3, 3] and two seeded 2-D sets as ±1 targets. */
export const tangentTasks = ['sin', 'step', 'moons', 'xor'] as const;
export type TangentTask = (typeof tangentTasks)[number];

/** Inputs and targets of one split. */
export interface Split extends Inputs {
  y: Float64Array;
}

/** A task's training and test splits, in the network's input units. */
export interface TaskData {
  task: TangentTask;
  inputDim: 1 | 2;
  train: Split;
  test: Split;
  /** the input window shown to the reader: [xMin, xMax] (1-D) or [xMin, xMax, yMin, yMax] (2-D) */
  extent: number[];
  /** display coordinate = inputScale × network input (1-D tasks feed x/3, so inputs lie in [−1, 1]) */
  inputScale: number;
}

/** Training points of the 1-D tasks (the spec's 32) and test points on a finer grid. */
export const TRAIN_1D = 32;
export const TEST_1D = 97;
/** Training and test points of the 2-D sets (kernel cost grows as N², so a small set). */
export const TRAIN_2D = 64;
export const TEST_2D = 200;
/** 1-D inputs are x/3, so the spec's [−3, 3] maps to [−1, 1] and Θ(X, X)/N stays O(1) for η = 0.5. */
const SCALE_1D = 3;

/**
 * The 1-D targets: sin x, and a unit step (sign x), a harder target for a kernel machine.
 * @example target1d('step', -0.5) // -1
 */
export function target1d(task: 'sin' | 'step', x: number): number {
  return task === 'sin' ? Math.sin(x) : x < 0 ? -1 : 1;
}

function grid1d(task: 'sin' | 'step', count: number): Split {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t = -SCALE_1D + (2 * SCALE_1D * i) / (count - 1);
    x[i] = t / SCALE_1D;
    y[i] = target1d(task, t);
  }
  return { x, y, count };
}

function planar(set: { x: Float32Array; y: Uint8Array; count: number }): Split {
  return { x: Float64Array.from(set.x), y: Float64Array.from(set.y, (l) => (l === 1 ? 1 : -1)), count: set.count };
}

/**
 * Build a task's data. 1-D: 32 training points on an even grid of [−3, 3], 97 test points on a
 * finer grid (the same every seed). 2-D: the pruning demo's seeded sets (64 train, 200 test),
 * labels mapped to ±1 regression targets.
 * Source: spec "What the demo measures" (32 points of sin x on [−3, 3]); src/compute/pruning/datasets.ts.
 * @example makeTask('sin', 1).train.count // 32
 */
export function makeTask(task: TangentTask, seed: number): TaskData {
  if (!tangentTasks.includes(task)) invalid('makeTask', `task one of ${tangentTasks.join(', ')}`, task);
  if (task === 'sin' || task === 'step') {
    return { task, inputDim: 1, train: grid1d(task, TRAIN_1D), test: grid1d(task, TEST_1D), extent: [-SCALE_1D, SCALE_1D], inputScale: SCALE_1D };
  }
  const data = generatePlanar(task, { seed, train: TRAIN_2D, test: TEST_2D });
  return { task, inputDim: 2, train: planar(data.train), test: planar(data.test), extent: [...planarExtent[task]], inputScale: 1 };
}
