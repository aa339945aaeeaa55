import { wrap } from 'comlink';
import type { Trainer } from './trainer';
import type { WorkerApi } from './tangent.worker';

/**
 * The real trainer: a module Web Worker behind comlink. Imported lazily by the island, so neither
 * comlink nor the model's code is fetched with the page.
 * @example const trainer = await createWorkerTrainer(); await trainer.setup(config, 2000)
 */
export async function createWorkerTrainer(): Promise<Trainer> {
  const worker = new Worker(new URL('./tangent.worker.ts', import.meta.url), { type: 'module', name: 'tangent' });
  const api = wrap<WorkerApi>(worker);
  return {
    setup: (config, total) => api.setup(config, total),
    advance: (steps, budgetMs) => api.advance(steps, budgetMs),
    tickets: () => api.tickets(),
    sweepWidth: (scenario, width) => api.sweepWidth(scenario, width),
    dispose: () => worker.terminate(),
  };
}
