import { defineInstanceSpec, type ParamName } from '../../ui/instance/spec';
import { priorsSchema, RULE_KINDS, WEIGHT_PARAM, type PriorsParams } from './params';
import { formatFtpSlider } from './ftp';
import { formatSpend } from './view';

type Name = ParamName<typeof priorsSchema>;

const pct1 = (v: number) => `${Number((v * 100).toFixed(1))}%`;
const weightOf = (p: PriorsParams, kind: (typeof RULE_KINDS)[number]) => p[WEIGHT_PARAM[kind]];
const uses = (p: PriorsParams, ...kinds: (typeof RULE_KINDS)[number][]) => kinds.some((k) => weightOf(p, k) > 0);

const RULE_WORDS: Record<(typeof RULE_KINDS)[number], string> = {
  calendar: 'calendar',
  researcher: 'researcher-year',
  compute: 'compute',
  lifetime: 'lifetime',
  evolution: 'evolution',
  'log-uniform': 'log-uniform',
  impossible: 'impossible',
};

/** The rules an instance weighs, in words: "calendar-year trials" when it is that rule alone. */
function rulesInWords(p: PriorsParams): string {
  const used = RULE_KINDS.filter((k) => weightOf(p, k) > 0);
  if (used.length === 1 && used[0] === 'calendar') return 'calendar-year trials';
  if (used.length === 0) return 'equal weights on every rule';
  return `weights ${used.map((k) => `${RULE_WORDS[k]} ${weightOf(p, k).toFixed(2)}`).join(', ')}`;
}

/**
 * A fixed parameter in the quiet line of a focused instance, or null when no rule it weighs uses
 * it (a calendar-only figure does not list g_exp or the 2036 spend). The seven weights read as one
 * entry, under the calendar weight's name.
 * @example describePriorsFixed('start', defaults(priorsSchema)) // "regime start 1956"
 */
export function describePriorsFixed(name: Name, p: PriorsParams): string | null {
  switch (name) {
    case 'ftp':
      return `ftp ${formatFtpSlider(p.ftp)}`;
    case 'vs':
      return uses(p, 'calendar', 'researcher', 'compute', 'lifetime', 'evolution') ? `vs ${p.vs}` : null;
    case 'start':
      return uses(p, 'calendar', 'researcher') ? `regime start ${Math.min(p.start, p.from)}` : null;
    case 'gExp':
      return uses(p, 'researcher', 'compute') ? `g_exp ${pct1(p.gExp)}` : null;
    case 'gAct':
      return uses(p, 'researcher') ? `g_act ${pct1(p.gAct)}` : null;
    case 'X':
      return uses(p, 'compute') ? `X ${p.X}` : null;
    case 'spendM':
      return uses(p, 'compute', 'lifetime', 'evolution', 'log-uniform') ? `S₂₀₃₆ ${formatSpend(p.spendM)}` : null;
    case WEIGHT_PARAM.calendar:
      return rulesInWords(p);
    case 'increment':
      return uses(p, 'researcher', 'compute') ? `${p.increment === '0.01' ? '1%' : '0.01%'} trials` : null;
    case 'evolution':
      return uses(p, 'evolution') ? `${p.evolution} evolution convention` : null;
    default:
      return null;
  }
}

/**
 * How editors place the priors calculator: `<Priors id state controls caption />`.
 * Controls by URL name, in the widget's order (the weights and model conventions are the full
 * model's folded panels, but an instance may show them too); captions may quote the figures.
 * Source: issue 17; README "Adding a note" (the props, with an example).
 */
export const priorsInstance = defineInstanceSpec({
  tag: 'Priors',
  schema: priorsSchema,
  controls: ['from', 'to', 'ftp', 'vs', 'start', 'gExp', 'gAct', 'X', 'spendM', ...RULE_KINDS.map((k) => WEIGHT_PARAM[k]), 'increment', 'evolution'],
  // The years are in the headline, so the fixed line leaves them out.
  fixed: ['ftp', 'vs', 'start', 'gExp', 'gAct', 'X', 'spendM', WEIGHT_PARAM.calendar, 'increment', 'evolution'],
  describe: describePriorsFixed,
  quotable: {
    probability: 'pr(AGI by the end of the target year | none by the end of the rule-out year), combined over the rules, e.g. "4.22%"',
    static: 'the same with the initial (static) weights, not updated, e.g. "4.22%"',
    laplace: 'Laplace’s rule (ftp 1/2, vs 1, from 1956) over the same years, e.g. "19.8%"',
    calendar: 'the calendar-year rule alone, e.g. "4.22%"',
    from: 'the rule-out year (no AGI by its end), e.g. "2020"',
    to: 'the target year, e.g. "2036"',
    ftp: 'the first-trial probability, e.g. "1/300"',
    vs: 'the virtual successes, e.g. "1"',
    start: 'the regime start year, e.g. "1956"',
    trialsSoFar: 'calendar-year trials failed by the rule-out year (rule-out year − regime start), e.g. "64"',
  },
});
