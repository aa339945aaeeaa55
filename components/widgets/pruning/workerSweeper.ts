import { wrap, type Remote } from 'comlink';
import type { Sweeper, SweepWorkerApi } from './sweepPoint';

/**
 * The real sweeper: a module Web Worker behind comlink, started on the first point and ended
 * (terminated) when a point is cancelled, so cancelling stops the training at once; the next
 * point starts a fresh worker.
 * @example const sweeper = createWorkerSweeper(); await sweeper.point(request, signal)
 */
export function createWorkerSweeper(): Sweeper {
  let worker: Worker | null = null;
  let api: Remote<SweepWorkerApi> | null = null;
  return {
    point(request, signal) {
      if (!worker) {
        worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'pruning-sweep' });
        api = wrap<SweepWorkerApi>(worker);
      }
      const own = worker;
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          own.terminate();
          if (worker === own) {
            worker = null;
            api = null;
          }
          reject(new DOMException('sweep cancelled', 'AbortError'));
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        api!.point(request).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
