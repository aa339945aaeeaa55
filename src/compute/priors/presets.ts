import type { Rule } from './types';

/** Names of the report's three all-things-considered presets. */
export type PresetName = 'low' | 'central' | 'high';

const G_EXP = 0.043;

/**
 * The report's Low / Central / High hyper-prior presets as rule lists (rule-out 2020, g_exp 4.3%).
 *
 * Formula: none (data). Low: vs 0.5, ftp 1/1000, g_act 7%, weights calendar .5 / researcher .3 /
 * impossible .2. Central: vs 1, ftp 1/300, g_act 11%, X 5, S₂₀₃₆ $1B, weights calendar .3,
 * researcher .3, compute .05, lifetime .10, evolution .15, impossible .10. High: vs 1, start 2000,
 * ftp 1/100, g_act 16%, X 5, S₂₀₃₆ $100B, weights .1/.4/.1/.1/.2/.1.
 * Source: Davidson (2021) §8 (all-things-considered table); spec §4.
 *
 * @example PRESETS.central.length // 6
 */
export const PRESETS: Record<PresetName, readonly Rule[]> = {
  low: [
    { kind: 'calendar', weight: 0.5, ftp: 1 / 1000, virtualSuccesses: 0.5, start: 1956 },
    { kind: 'researcher', weight: 0.3, ftpCalendar: 1 / 1000, gExp: G_EXP, gAct: 0.07, virtualSuccesses: 0.5, start: 1956 },
    { kind: 'impossible', weight: 0.2 },
  ],
  central: [
    { kind: 'calendar', weight: 0.3, ftp: 1 / 300, virtualSuccesses: 1, start: 1956 },
    { kind: 'researcher', weight: 0.3, ftpCalendar: 1 / 300, gExp: G_EXP, gAct: 0.11, virtualSuccesses: 1, start: 1956 },
    { kind: 'compute', weight: 0.05, ftpCalendar: 1 / 300, relativeImportance: 5, gExp: G_EXP, spend2036: 1e9, virtualSuccesses: 1 },
    { kind: 'lifetime', weight: 0.1, spend2036: 1e9, virtualSuccesses: 1 },
    { kind: 'evolution', weight: 0.15, spend2036: 1e9, virtualSuccesses: 1 },
    { kind: 'impossible', weight: 0.1 },
  ],
  high: [
    { kind: 'calendar', weight: 0.1, ftp: 1 / 100, virtualSuccesses: 1, start: 2000 },
    { kind: 'researcher', weight: 0.4, ftpCalendar: 1 / 100, gExp: G_EXP, gAct: 0.16, virtualSuccesses: 1, start: 2000 },
    { kind: 'compute', weight: 0.1, ftpCalendar: 1 / 100, relativeImportance: 5, gExp: G_EXP, spend2036: 1e11, virtualSuccesses: 1 },
    { kind: 'lifetime', weight: 0.1, spend2036: 1e11, virtualSuccesses: 1 },
    { kind: 'evolution', weight: 0.2, spend2036: 1e11, virtualSuccesses: 1 },
    { kind: 'impossible', weight: 0.1 },
  ],
};
