import { infiniteWidth, measureRun } from './measureRun';
import { initRun, trainSteps, type TangentConfig } from './run';
import type { TangentScenario } from './scenario';
import { makeTask } from './tasks';

/** One width's row of a sweep: the spec's measures after the scenario's steps. */
export interface WidthRow {
  width: number;
  trainLoss: number;
  testLoss: number;
  linearTrainLoss: number;
  linearTestLoss: number;
  functionGap: number;
  weightChange: number;
  kernelChange: number;
  ntkError: number;
  ticketShare: number | null;
}

/**
 * Train one width of a scenario to its last step and measure it (the unit a worker runs per call).
 * @example sweepWidth(parseScenario({}), 64).weightChange // ≈ 0.44 (NTK, seed 1)
 */
export function sweepWidth(scenario: TangentScenario, width: number): WidthRow {
  const config: TangentConfig = { seed: scenario.seed, task: scenario.task, depth: scenario.depth, width, parameterisation: scenario.parameterisation, learningRate: scenario.learningRate };
  const m = measureRun(trainSteps(initRun(config), scenario.steps));
  return {
    width,
    trainLoss: m.trainLoss,
    testLoss: m.testLoss,
    linearTrainLoss: m.linearTrainLoss,
    linearTestLoss: m.linearTestLoss,
    functionGap: m.functionGap,
    weightChange: m.weightChange,
    kernelChange: m.kernelChange,
    ntkError: m.ntkError,
    ticketShare: m.ticketShare,
  };
}

/**
 * Run a parsed scenario: every width, then the infinite-width prediction (NTK limit, f₀ = 0) at the
 * same number of steps. Pure and synchronous, so a later "sweep" feature can call it directly.
 * @example runScenario(parseScenario({ widths: [16] })).runs[0].width // 16
 */
export function runScenario(scenario: TangentScenario): { runs: WidthRow[]; infinite: { testLoss: number } } {
  const runs = scenario.widths.map((w) => sweepWidth(scenario, w));
  const inf = infiniteWidth(makeTask(scenario.task, scenario.seed), { depth: scenario.depth, learningRate: scenario.learningRate, steps: scenario.steps });
  return { runs, infinite: { testLoss: inf.testLoss } };
}
