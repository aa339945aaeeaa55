import type { EvolutionUpdate, Rule, RuleKind } from './types';

/**
 * The report's default parameter for every rule kind (used when a scenario omits it; weight 1).
 *
 * Formula: none (data). calendar: ftp 1/300, vs 1, start 1956 (§4.2, §5); researcher: g_exp 4.3%,
 * g_act 11% (§6.1); compute: X 5, S₂₀₃₆ $1B (§6.2.1–6.2.2); anchors and log-uniform: S₂₀₃₆ $1B.
 * Source: Davidson (2021) §4–§6; spec §2.
 *
 * @example RULE_DEFAULTS.researcher.gAct // 0.11
 */
export const RULE_DEFAULTS = {
  calendar: { kind: 'calendar', weight: 1, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 },
  researcher: { kind: 'researcher', weight: 1, ftpCalendar: 1 / 300, gExp: 0.043, gAct: 0.11, virtualSuccesses: 1, start: 1956 },
  compute: { kind: 'compute', weight: 1, ftpCalendar: 1 / 300, relativeImportance: 5, gExp: 0.043, spend2036: 1e9, virtualSuccesses: 1 },
  lifetime: { kind: 'lifetime', weight: 1, spend2036: 1e9, virtualSuccesses: 1 },
  evolution: { kind: 'evolution', weight: 1, spend2036: 1e9, virtualSuccesses: 1 },
  'log-uniform': { kind: 'log-uniform', weight: 1, spend2036: 1e9 },
  impossible: { kind: 'impossible', weight: 1 },
} as const satisfies { [K in RuleKind]: Extract<Rule, { kind: K }> };

/**
 * Scenario-level defaults: rule out AGI through 2020, target 2036, 0.01% trials, report convention.
 *
 * Formula: none (data). Source: Davidson (2021) §4 (2020 → 2036) and App. 10.10.4 (0.01% trials); spec §1, §3.
 *
 * @example SCENARIO_DEFAULTS.increment // 0.0001
 */
export const SCENARIO_DEFAULTS: { from: number; to: number; increment: number; evolutionUpdate: EvolutionUpdate } = {
  from: 2020,
  to: 2036,
  increment: 0.0001,
  evolutionUpdate: 'report',
};
