/// <reference lib="webworker" />
/**
 * The widget's training thread: both runs (pruned and dense) live here, so the page never waits
 * on TensorFlow.js. Exposed with comlink; see trainer.ts for the contract.
 */
import { expose, transfer } from 'comlink';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import {
  chooseBackend,
  decisionGrid,
  disposeTraining,
  evaluate,
  generatePlanar,
  initTraining,
  mnistToSet,
  planarExtent,
  snapshot,
  trainSteps,
  unpackMnist,
  weightsChanged,
  type BackendName,
  type PlanarDataset,
  type TrainingData,
  type TrainingState,
} from '@intermittent-distillations/compute/pruning';
import type { NetReport, TrainerReport, TrainerSetup } from './trainer';
import { MASK_KEPT, MASK_PRUNED, maskPixels } from './view';

let backend: BackendName | null = null;
let runs: { pruned: TrainingState; dense: TrainingState } | null = null;
let current: TrainerSetup | null = null;
let lastLoss: { pruned: number | null; dense: number | null } = { pruned: null, dense: null };
let strip: Uint8Array[] = [];

/**
 * The software renderer's name when WebGL exists here and runs in software (SwiftShader, llvmpipe):
 * measured in headless Chromium, the 2-D default trains at ~7 steps/s on SwiftShader WebGL
 * against ~45 on WASM, so a software WebGL goes after WASM.
 */
function softwareWebgl(): string | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.exec(renderer)?.[0] ?? null;
  } catch {
    return null;
  }
}

let backendNote = '';

function dataOf(setup: TrainerSetup): TrainingData {
  strip = [];
  if (setup.dataset === 'mnist') {
    if (!setup.mnist) throw new Error('pruning worker: the digits run needs the MNIST asset');
    const split = unpackMnist(new Uint8Array(setup.mnist));
    const side = split.side * split.side;
    // the page shows these digits; decoding the asset there would be a long main-thread task
    strip = Array.from({ length: Math.min(setup.predictions, split.test.count) }, (_, i) => split.test.pixels.slice(i * side, (i + 1) * side));
    return { train: mnistToSet(split.train), test: mnistToSet(split.test), classes: 10 };
  }
  return generatePlanar(setup.dataset, { seed: setup.pruned.seed });
}

function netReport(state: TrainingState, setup: TrainerSetup, batchLoss: number | null): NetReport {
  const digits = setup.dataset === 'mnist';
  const e = evaluate(state, 'test', { predictions: digits ? setup.predictions : 0 });
  const grid = digits ? null : decisionGrid(state, setup.gridSize, planarExtent[setup.dataset as PlanarDataset]);
  return { accuracy: e.accuracy, loss: e.loss, batchLoss, confusion: digits ? e.confusion : [], predictions: e.predictions, grid };
}

function report(): TrainerReport {
  if (!runs || !current || !backend) throw new Error('pruning worker: setup() first');
  const pruned = netReport(runs.pruned, current, lastLoss.pruned);
  const dense = netReport(runs.dense, current, lastLoss.dense);
  const masks = snapshot(runs.pruned);
  const out: TrainerReport = {
    backend,
    backendNote,
    step: runs.pruned.step,
    totalSteps: runs.pruned.totalSteps,
    pruned,
    dense,
    digitPixels: strip,
    masks,
    maskImages: masks.layers.map((l) => maskPixels(l.maskBits, l.shape, MASK_KEPT, MASK_PRUNED)),
    weightsChanged: { pruned: weightsChanged(runs.pruned), dense: weightsChanged(runs.dense) },
  };
  const buffers = [pruned.grid?.buffer, dense.grid?.buffer, ...masks.layers.map((l) => l.maskBits.buffer), ...out.maskImages.map((m) => m.buffer)];
  return transfer(out, buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer));
}

function free(): void {
  if (runs) {
    disposeTraining(runs.pruned);
    disposeTraining(runs.dense);
    runs = null;
  }
}

const api = {
  async setup(setup: TrainerSetup): Promise<TrainerReport> {
    // WebGL first where a GPU exists, then WASM, then plain JS (issue 5); a software WebGL is slower than WASM
    if (!backend) {
      const software = softwareWebgl();
      backendNote = software ? `WebGL is software-rendered here (${software}), so WASM goes first` : '';
    }
    backend ??= await chooseBackend(backendNote ? ['wasm', 'webgl', 'cpu'] : ['webgl', 'wasm', 'cpu'], {
      wasmPaths: {
        'tfjs-backend-wasm.wasm': wasmPlain,
        'tfjs-backend-wasm-simd.wasm': wasmSimd,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
      },
    });
    free();
    const data = dataOf(setup);
    current = { ...setup, mnist: undefined };
    runs = { pruned: initTraining(setup.pruned, data), dense: initTraining(setup.dense, data) };
    lastLoss = { pruned: null, dense: null };
    return report();
  },
  async train(steps: number): Promise<TrainerReport> {
    if (!runs) throw new Error('pruning worker: setup() first');
    const p = trainSteps(runs.pruned, steps);
    const d = trainSteps(runs.dense, steps);
    runs = { pruned: p.state, dense: d.state };
    lastLoss = { pruned: p.metrics.loss, dense: d.metrics.loss };
    return report();
  },
  dispose(): void {
    free();
  },
};

/** The worker's comlink surface (the Trainer contract minus dispose's worker termination). */
export type WorkerApi = typeof api;

expose(api);
