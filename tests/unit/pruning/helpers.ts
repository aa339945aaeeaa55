import * as tf from '@tensorflow/tfjs-core';
import { chooseBackend } from '~compute/pruning/backend';
import type { TrainingConfig } from '~compute/pruning/training';

export async function useCpu(): Promise<void> {
  await chooseBackend(['cpu']);
  tf.env().set('PROD', true);
}

export const tinyConfig: TrainingConfig = {
  method: 'biprop',
  hidden: [16],
  keep: 0.5,
  init: 'kaiming-normal',
  epochs: 2,
  batchSize: 16,
  learningRate: 0.02,
  optimizer: 'adam',
  weightDecay: 0,
  seed: 7,
};
