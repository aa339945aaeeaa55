/**
 * Tangent bench: the spec's width sweep (one hidden layer, 32 points of sin x, 2000 full-batch
 * steps, η = 0.5, widths 16 → 4096) timed in Node (target ≤ 5 s), then the spec's quick-simulation
 * figures as a mean of 3 seeds under NTK and mean-field scaling, with the log–log slopes.
 * Targets are printed, never asserted. The machine is shared: CPU time is printed beside wall time.
 */
import { cpus, loadavg } from 'node:os';
import { runScenario } from '../../src/compute/tangent/runScenario';
import { parseScenario } from '../../src/compute/tangent/scenario';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const f = (x: number | null, d = 3) => (x === null ? '—' : x.toPrecision(d));

function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length;
  const my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

console.log(`cores: ${cpus().length}; load average before: ${load()}`);
const scenario = parseScenario({});
const c0 = process.cpuUsage();
const t0 = performance.now();
const result = runScenario(scenario);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
console.log(
  `sweep ${JSON.stringify(scenario.widths)} × ${scenario.steps} steps (${scenario.parameterisation}, 1 hidden layer, 32 points): ` +
    `${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (target ≤ 5 s); load average after: ${load()}`,
);
console.log(`infinite-width test loss at ${scenario.steps} steps: ${f(result.infinite.testLoss)}`);

for (const parameterisation of ['ntk', 'mean-field'] as const) {
  const seeds = [1, 2, 3].map((seed) => runScenario(parseScenario({ seed, parameterisation })).runs);
  const widths = scenario.widths;
  const mean = (key: 'weightChange' | 'functionGap' | 'kernelChange' | 'ntkError' | 'trainLoss' | 'linearTrainLoss' | 'ticketShare') =>
    widths.map((_, i) => seeds.reduce((s, runs) => s + (runs[i]![key] ?? NaN), 0) / seeds.length);
  const wc = mean('weightChange');
  const gap = mean('functionGap');
  console.log(`\n${parameterisation} (mean of seeds 1–3)`);
  console.log('width   weightChange functionGap kernelChange ntkError trainLoss linTrainLoss ticketShare');
  const kc = mean('kernelChange');
  const ne = mean('ntkError');
  const tl = mean('trainLoss');
  const lt = mean('linearTrainLoss');
  const ts = mean('ticketShare');
  widths.forEach((w, i) => {
    console.log(`${String(w).padEnd(7)} ${f(wc[i]!).padEnd(12)} ${f(gap[i]!).padEnd(11)} ${f(kc[i]!).padEnd(12)} ${f(ne[i]!).padEnd(8)} ${f(tl[i]!).padEnd(9)} ${f(lt[i]!).padEnd(12)} ${f(ts[i]!)}`);
  });
  console.log(`log–log slope vs width: weightChange ${slope(widths, wc).toFixed(2)}, functionGap ${slope(widths, gap).toFixed(2)}, kernelChange ${slope(widths, kc).toFixed(2)}`);
}
console.log(`\nspec (one hidden layer, mean of 3 seeds): NTK weightChange 0.97 → 0.057 (slope ≈ −½), functionGap 0.30 → 0.085; mean-field weightChange ≈ 2.7 → 2.3, functionGap 0.31 → 0.12`);
console.log(`load average at the end: ${load()}`);
