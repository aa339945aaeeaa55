/**
 * The low-stakes model's speed: policy-steps per second of a whole run (default world, K = 10,
 * Hedge and Fixed-Share, T = 100,000, so the catastrophe DP and the windows are included), and the
 * widget's recomputation for T = 100,000 (simulate with the widget's window count; what a slider
 * change costs, since the widget recomputes synchronously). Targets: ≥ 1,000,000 policy-steps/s in
 * Node; ≤ 50 ms per recomputation. Median of 5 timed trials after 1 warm-up; printed, never asserted.
 */
import { parseScenario, policyCount, simulate, type Scenario } from '../../src/compute/lowstakes/index';
import { CHART_WINDOWS } from '../../components/widgets/lowstakes/params';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(scenario: Scenario, windows: number): number {
  const ms: number[] = [];
  for (let trial = 0; trial < 6; trial++) {
    const t0 = performance.now();
    simulate({ ...scenario, seed: trial + 1 }, windows);
    ms.push(performance.now() - t0);
  }
  return median(ms.slice(1));
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).padStart(11);
for (const learner of ['hedge', 'fixed-share', 'frozen'] as const) {
  const s = parseScenario({ steps: 100_000, learner, catastropheRun: 1000 });
  const ms = time(s, 100);
  const rate = (s.steps * policyCount(s.world)) / (ms / 1000);
  console.log(`${learner.padEnd(12)} T = 100,000, K = 10:  ${fmt(rate)} policy-steps/s   (target ≥ 1,000,000)`);
}
for (const learner of ['hedge', 'fixed-share', 'frozen'] as const) {
  const s = parseScenario({ steps: 100_000, learner, catastropheRun: 1000 });
  console.log(`widget recompute, ${learner.padEnd(12)} T = 100,000, m = 1000: ${fmt(time(s, CHART_WINDOWS), 1)} ms   (target ≤ 50 ms)`);
}
