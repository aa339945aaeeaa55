import { defineInstanceSpec } from '../../ui/instance/spec';
import { lowstakesSchema, stakesOf, turnStepOf, type LowStakesParams } from './params';
import { formatNumber } from './view';

/** Reader-facing learner names (headline, fixed line, captions). */
export const LEARNER_NAMES: Record<LowStakesParams['learner'], string> = {
  hedge: 'Hedge',
  'fixed-share': 'Fixed-Share',
  'follow-the-leader': 'Follow-the-leader',
  frozen: 'Train-then-deploy',
};

const hedgeLike = (p: LowStakesParams) => p.learner === 'hedge' || p.learner === 'fixed-share';
const int = (v: number) => formatNumber(v, 0);

/**
 * One held parameter in a focused figure's fixed line, short ("T = 10,000", "m = 1,000"); null
 * for one the learner or world does not use (η under the theory rate, the turn in the alternating world).
 * @example describeFixed('run', defaults(lowstakesSchema)) // "m = 1,000"
 */
export function describeFixed(name: keyof LowStakesParams, p: LowStakesParams): string | null {
  const treacherous = p.world === 'treacherous';
  switch (name) {
    case 'world':
      return treacherous ? 'treacherous turn' : 'alternating losses';
    case 'learner':
      return LEARNER_NAMES[p.learner];
    case 'theory':
      return hedgeLike(p) && p.theory ? 'theory rate' : null;
    case 'eta':
      return hedgeLike(p) && !p.theory ? `η = ${p.eta}` : null;
    case 'share':
      return p.learner === 'fixed-share' ? `γ = ${p.share}` : null;
    case 'watch':
      return p.learner === 'frozen' ? `trained for W = ${int(Math.min(p.watch, p.steps))} steps` : null;
    case 'steps':
      return `T = ${int(p.steps)}`;
    case 'stakes':
      return `B = ${int(stakesOf(p))}`;
    case 'run':
      return `m = ${int(p.run)}`;
    case 'deceptive':
      return treacherous ? `${p.deceptive} deceptive` : null;
    case 'advantage':
      return treacherous ? `advantage ${p.advantage}` : null;
    case 'turn':
      return treacherous ? `turn at step ${int(turnStepOf(p))}` : null;
    case 'seed':
      return `seed ${p.seed}`;
    default:
      return null;
  }
}

/**
 * How editors place the low-stakes model: `<LowStakes id state controls caption />`.
 * Controls by URL name, in the widget's order; captions may quote the run's measures.
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const lowstakesInstance = defineInstanceSpec({
  tag: 'LowStakes',
  schema: lowstakesSchema,
  controls: ['world', 'learner', 'theory', 'eta', 'share', 'watch', 'steps', 'stakes', 'run', 'deceptive', 'advantage', 'turn', 'seed'],
  fixed: ['world', 'learner', 'theory', 'eta', 'share', 'watch', 'steps', 'stakes', 'run', 'deceptive', 'advantage', 'turn', 'seed'],
  describe: (name, params) => describeFixed(name, params),
  quotable: {
    badDecisions: 'expected bad decisions over the run, e.g. "351.9"',
    damage: 'their expected cost, B × the expected bad decisions, e.g. "351.9"',
    regret: 'the learner’s regret against the best policy, e.g. "54.4"',
    regretPerStep: 'the regret per decision, regret ÷ T, e.g. "0.0054"',
    bound: 'Hedge’s regret bound B√(T ln K / 2), e.g. "107.3" (“no bound” for other learners)',
    catastrophe: 'the probability of a catastrophe (a run of m bad decisions), e.g. "< 0.01%"',
    recover: 'steps after the turn until the weight on turned policies is below 1%, e.g. "310" (“never”)',
    stakes: 'the stakes B in use, e.g. "1"',
    run: 'the catastrophe run length m, e.g. "1,000"',
    learner: 'the learner’s name, e.g. "Hedge"',
  },
});
