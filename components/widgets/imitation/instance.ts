import { STAGGERED_TRIGGER_SPREAD } from '@intermittent-distillations/compute/imitation';
import { defineInstanceSpec } from '../../ui/instance/spec';
import { imitationSchema, modelCount } from './params';
import { formatCount, formatPercent } from './view';

/**
 * How editors place the conservative imitator: `<Imitation id state controls caption />`.
 * Controls by URL name, in the widget's order; `step` is the run controls (Play, Step, Reset,
 * +100 steps) and `speed` their speed. The display parameter `learner` (set in `state`) chooses
 * the primary chart: `all` (the three learners' query probability over time) or one learner's
 * panel (its posterior and the min operation). Captions may quote the run's live values.
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const imitationInstance = defineInstanceSpec({
  tag: 'Imitation',
  schema: imitationSchema,
  controls: ['rule', 'alpha', 'k', 'prior', 'deceptive', 'ratio', 'trigger', 'together', 'seed', 'step', 'speed'],
  fixed: ['rule', 'alpha', 'k', 'prior', 'deceptive', 'ratio', 'trigger', 'together', 'seed', 'step'],
  describe: (name, p) => {
    switch (name) {
      case 'rule':
        return p.rule === 'alpha' ? 'α rule (the paper)' : 'top-k rule (the note)';
      case 'alpha':
        return p.rule === 'alpha' ? `α ${p.alpha}` : null;
      case 'k':
        return p.rule === 'top-k' ? `k ${Math.min(p.k, modelCount(p))}` : null;
      case 'prior':
        return `demonstrator’s prior ${formatPercent(p.prior)}`;
      case 'deceptive':
        return `${p.deceptive} deceptive model${p.deceptive === 1 ? '' : 's'}`;
      case 'ratio':
        return `deceptive prior ${p.ratio}× an honest one`;
      case 'trigger':
        return `trigger step ${p.trigger}`;
      case 'together':
        return p.together ? 'all trigger together' : `triggers ${STAGGERED_TRIGGER_SPREAD} steps apart`;
      case 'seed':
        return `seed ${p.seed}`;
      case 'step':
        return `step ${formatCount(p.step)}`;
      default:
        return null;
    }
  },
  quotable: {
    step: 'the step the run has reached, e.g. "600"',
    minSum: 'the conservative imitator’s min distribution summed over the actions, Σ p₀(a), e.g. "64%"',
    queryProbability: 'its query probability θ_q = 1 − Σ p₀(a) now, e.g. "36%"',
    queries: 'how many times it has asked the demonstrator so far, e.g. "212"',
    catastrophes: 'catastrophes it chose itself so far, e.g. "0"',
    setSize: 'how many models are in its set now, e.g. "10"',
    inSet: 'whether the demonstrator’s model is in its set now: "in" or "not in"',
    mixtureCatastrophes: 'the Bayes mixture’s catastrophes so far, e.g. "27"',
    mapCatastrophes: 'the MAP model’s catastrophes so far, e.g. "0"',
    setRule: 'the set rule in use, e.g. "α = 0.01" or "k = 10"',
    prior: 'the demonstrator’s prior weight w(πᵈ), e.g. "5%"',
  },
});
