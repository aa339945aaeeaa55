/// <reference lib="webworker" />
/**
 * The pruning sweep's thread: trains one swept value's networks, seed after seed, to the end of
 * their schedule and reports test accuracy over the seeds. Separate from the widget's training
 * worker so a sweep never disturbs the run on screen; the page ends it to cancel a sweep.
 */
import { expose } from 'comlink';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { chooseBackend, type BackendName } from '@intermittent-distillations/compute/pruning';
import type { AccuracySpread, SweepPointRequest, SweepWorkerApi } from './sweepPoint';
import { trainSweepPoint } from './sweepTrain';

let backend: BackendName | null = null;

const api: SweepWorkerApi = {
  async point({ dataset, config, seeds }: SweepPointRequest): Promise<AccuracySpread> {
    // WASM first, leaving any WebGL context to the widget's own training worker (see pruning.worker.ts on WebGL vs WASM)
    backend ??= await chooseBackend(['wasm', 'cpu'], {
      wasmPaths: { 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded },
    });
    return trainSweepPoint({ dataset, config, seeds });
  },
};

expose(api);
