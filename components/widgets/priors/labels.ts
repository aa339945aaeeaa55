import type { RuleKind } from '@intermittent-distillations/compute/priors';
import { RULE_KINDS, type CurveId } from './params';

/** Reader-facing names of the rules, in table order. */
export const RULE_LABELS: Record<RuleKind, string> = {
  calendar: 'Calendar year',
  researcher: 'Researcher-year',
  compute: 'Compute (X)',
  lifetime: 'Lifetime anchor',
  evolution: 'Evolutionary anchor',
  'log-uniform': 'Log-uniform compute',
  impossible: 'AGI impossible',
};

/** Reader-facing names of the curves (the legend, the readout, the exported legend). */
export const CURVE_LABELS: Record<CurveId, string> = { combined: 'Combined', static: 'Static weights', laplace: 'Laplace (ftp 1/2)', ...RULE_LABELS };

/** The legend's order: the combinations, Laplace's rule, then the rules in table order. */
export const CURVE_ORDER: CurveId[] = ['combined', 'static', 'laplace', ...RULE_KINDS];
