/**
 * Sweeps (issue 13), in Node: the priors widget's sweep (200 ftp values × 4 virtual-success values),
 * the imitation α sweep (20 values × 8 seeds × 2000 steps) and a pruning width sweep on moons
 * (6 widths × 3 seeds × ≈ 300 steps). Figures and targets are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { run as priors } from '../../src/compute/priors/cli';
import { run as imitation } from '../../src/compute/imitation/cli';
import { run as prune } from '../../src/compute/pruning/cli';
import { medianMs } from '../helpers/timing';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const logSpace = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));
console.log(`load average before: ${load()}`);

const ftps = logSpace(1 / 3000, 1 / 2, 200);
const priorsSweep = () => {
  for (const vs of [0.5, 1, 2, 4]) priors({ rules: [{ kind: 'calendar', virtualSuccesses: vs }], sweep: { param: 'ftp', values: ftps } });
};
console.log(`priors: 200 ftp values × 4 vs (calendar, 2020 → 2036), incl. validation: ${medianMs(priorsSweep, 50, 5).toFixed(2)} ms median (target ≤ 10 ms)`);
const researcherSweep = () => priors({ rules: [{ kind: 'researcher' }], sweep: { param: 'gAct', values: logSpace(0.01, 0.3, 200) } });
console.log(`priors: 200 g_act values (researcher-year, calibration cached after the first): ${medianMs(researcherSweep, 20, 2).toFixed(2)} ms median (no target)`);

const alphas = logSpace(0.001, 0.5, 20);
const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
const imitationSweep = () => imitation({ steps: 2000, sweep: { param: 'selection.alpha', values: alphas, seeds } });
const imitationMs = medianMs(imitationSweep, 3, 1);
console.log(`imitation: 20 α values × 8 seeds × 2000 steps: ${imitationMs.toFixed(0)} ms median of 3 (target ≤ 1000 ms)`);

const widths = [8, 32, 64, 128, 256, 1024];
const c0 = process.cpuUsage();
const t0 = performance.now();
const pruned = await prune({ dataset: 'moons', hidden: [256], epochs: 17, sweep: { param: 'hidden', values: widths, seeds: [1, 2, 3] } });
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const steps = (pruned.sweep.points[0]!.steps as { mean: number }).mean;
console.log(
  `pruning: moons width sweep, biprop one hidden layer, 6 widths × 3 seeds × ${steps} steps: ${wall.toFixed(1)} s wall, ` +
    `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (no target; in Node, the browser's worker runs the same code)`,
);
for (const p of pruned.sweep.points) {
  const a = p.testAccuracy as { mean: number; min: number; max: number };
  console.log(`  width ${String(p.value).padStart(4)}: test accuracy ${(100 * a.mean).toFixed(1)} % (${(100 * a.min).toFixed(1)}–${(100 * a.max).toFixed(1)})`);
}
console.log(`load average at the end: ${load()}`);
