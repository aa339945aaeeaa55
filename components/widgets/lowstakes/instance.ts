import { defineInstanceSpec } from '../../ui/instance/spec';
import { lowstakesSchema } from './params';

/**
 * How editors place the low-stakes model: `<LowStakes id state controls caption />`.
 * Controls by URL name, in the widget's order; captions may quote the run's measures.
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const lowstakesInstance = defineInstanceSpec({
  tag: 'LowStakes',
  schema: lowstakesSchema,
  controls: ['world', 'learner', 'theory', 'eta', 'share', 'watch', 'steps', 'stakes', 'run', 'deceptive', 'advantage', 'turn', 'seed'],
  fixed: ['world', 'learner', 'steps', 'stakes', 'run', 'deceptive', 'advantage', 'turn', 'seed'],
  quotable: {
    badDecisions: 'expected bad decisions over the run, e.g. "352"',
    regret: 'the learner’s regret against the best policy, e.g. "54.4"',
    bound: 'Hedge’s regret bound B√(T ln K / 2), e.g. "107" (“no bound” for other learners)',
    catastrophe: 'the probability of a catastrophe (a run of m bad decisions), e.g. "0.04%"',
    recover: 'steps after the turn until the weight on turned policies is below 1%, e.g. "310" (“never”)',
    stakes: 'the stakes B in use, e.g. "1"',
  },
});
