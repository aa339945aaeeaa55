/**
 * Node-only: activate the fastest backend measured in Node here (wasm, then cpu). The wasm
 * backend picks its SIMD binary when WebAssembly SIMD validates (it does in Node 24); its
 * threaded binary is never used in Node (tfjs-backend-wasm 4.22 reports no multithread support
 * when IS_NODE, tensorflow/tfjs#3830), so setThreadsCount has nothing to act on here.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chooseBackend, type BackendName } from './backend';

/**
 * chooseBackend(order) with the wasm binaries read from node_modules/@tensorflow/tfjs-backend-wasm/dist/.
 * @example await useNodeBackend(['cpu']) // 'cpu'
 */
export async function useNodeBackend(order: readonly BackendName[] = ['wasm', 'cpu']): Promise<BackendName> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  const dist = join(dirname(main).replace(/[\\/]dist[\\/].*$|[\\/]dist$/, ''), 'dist') + '/';
  return chooseBackend(order, { wasmPaths: dist });
}
