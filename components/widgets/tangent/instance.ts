import { defineInstanceSpec } from '../../ui/instance/spec';
import { formatWidth } from './view';
import { effectiveWidth, tangentSchema, type TangentParams } from './params';

const TASK_NAMES: Record<TangentParams['task'], string> = { sin: 'sin x', step: 'step target', moons: 'two moons', xor: 'XOR' };

/**
 * How one hidden parameter reads in a focused figure's fixed line: "sin x · 1 hidden layer ·
 * NTK scaling · η = 0.5 · 2000 steps · seed 1" (the width as it runs, capped for the depth).
 * @example describeFixed('depth', defaults(tangentSchema)) // "1 hidden layer"
 */
export function describeFixed(name: keyof TangentParams, p: TangentParams): string | null {
  switch (name) {
    case 'task':
      return TASK_NAMES[p.task];
    case 'width':
      return `width ${formatWidth(effectiveWidth(p))}`;
    case 'depth':
      return `${p.depth} hidden layer${p.depth > 1 ? 's' : ''}`;
    case 'scaling':
      return p.scaling === 'ntk' ? 'NTK scaling' : 'mean-field scaling';
    case 'lr':
      return `η = ${p.lr}`;
    case 'steps':
      return `${p.steps} steps`;
    case 'seed':
      return `seed ${p.seed}`;
    default:
      return null;
  }
}

/**
 * How editors place the tangent model: `<Tangent id state controls caption />`. Controls by URL
 * name in the widget's order; `step` is the Play / Step / Reset group (the step reached). A
 * focused instance shows the network beside its linearisation only; the full model adds the
 * width sweep and the tangent tickets, folded (sweepOpen, ticketsOpen).
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const tangentInstance = defineInstanceSpec({
  tag: 'Tangent',
  schema: tangentSchema,
  controls: ['task', 'width', 'depth', 'lr', 'steps', 'seed', 'scaling', 'step'],
  fixed: ['task', 'width', 'depth', 'scaling', 'lr', 'steps', 'seed'],
  describe: describeFixed,
  quotable: {
    width: 'the width the network runs (units per hidden layer), e.g. "256"',
    step: 'the step shown, e.g. "2000"',
    steps: 'the length of the schedule, e.g. "2000"',
    scaling: 'the scaling, "NTK" or "mean-field"',
    functionGap: 'relative distance between the network and its linearisation on the test inputs, ‖f − f_lin‖/‖f‖, e.g. "0.0123"',
    weightChange: 'relative distance the weights moved, ‖θ − θ₀‖/‖θ₀‖, e.g. "0.0321"',
    trainLoss: 'the network’s training loss (half mean squared error), e.g. "0.00123"',
    linearTrainLoss: 'the linearisation’s training loss, e.g. "0.00145"',
    testLoss: 'the network’s test loss, e.g. "0.00234"',
    linearTestLoss: 'the linearisation’s test loss, e.g. "0.00256"',
    infiniteTestLoss: 'the infinite-width (analytic NTK) prediction’s test loss, e.g. "0.00201"',
    parameters: 'the number of parameters, e.g. "769"',
  },
});
