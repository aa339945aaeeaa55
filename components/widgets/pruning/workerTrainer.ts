import { transfer, wrap } from 'comlink';
import type { Trainer, TrainerSetup } from './trainer';
import type { WorkerApi } from './pruning.worker';

/**
 * The real trainer: a module Web Worker (Vite bundles it with TensorFlow.js) behind comlink.
 * Imported lazily by the island on the first Train/Step click, so neither comlink nor the worker
 * nor TensorFlow.js is fetched with the page.
 * @example const trainer = await createWorkerTrainer(); await trainer.setup(setup)
 */
export async function createWorkerTrainer(): Promise<Trainer> {
  const worker = new Worker(new URL('./pruning.worker.ts', import.meta.url), { type: 'module', name: 'pruning-trainer' });
  const api = wrap<WorkerApi>(worker);
  return {
    setup: (setup: TrainerSetup) => api.setup(setup.mnist ? transfer(setup, [setup.mnist]) : setup),
    train: (steps: number) => api.train(steps),
    dispose: () => {
      void api.dispose().finally(() => worker.terminate());
    },
  };
}
