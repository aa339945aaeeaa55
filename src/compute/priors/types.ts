/** The trial definitions and other rules the hyper-prior can mix (report §4–§7). */
export type RuleKind = 'calendar' | 'researcher' | 'compute' | 'lifetime' | 'evolution' | 'log-uniform' | 'impossible';

/** Calendar-year rule (§4): one trial per year since `start`. */
export interface CalendarRule {
  kind: 'calendar';
  weight: number;
  ftp: number;
  virtualSuccesses: number;
  start: number;
}
/** Researcher-year rule (§6.1): a trial is an `increment` rise in cumulative researcher-years. */
export interface ResearcherRule {
  kind: 'researcher';
  weight: number;
  ftpCalendar: number;
  gExp: number;
  gAct: number;
  virtualSuccesses: number;
  start: number;
}
/** Compute rule with relative importance X (§6.2.2.1); regime start fixed at 1956. */
export interface ComputeRule {
  kind: 'compute';
  weight: number;
  ftpCalendar: number;
  relativeImportance: number;
  gExp: number;
  spend2036: number;
  virtualSuccesses: number;
}
/** Lifetime anchor (§6.2.2.2): 50% by 1e24 FLOP counted from 1956's compute. */
export interface LifetimeRule {
  kind: 'lifetime';
  weight: number;
  spend2036: number;
  virtualSuccesses: number;
}
/** Evolutionary anchor (§6.2.2.2): regime from 1e21 FLOP, 50% by 1e41 FLOP. */
export interface EvolutionRule {
  kind: 'evolution';
  weight: number;
  spend2036: number;
  virtualSuccesses: number;
}
/** Log-uniform over 1e21–1e41 FLOP with 80% mass (§6.2.2.2.1). */
export interface LogUniformRule {
  kind: 'log-uniform';
  weight: number;
  spend2036: number;
}
/** AGI impossible (§7.3). */
export interface ImpossibleRule {
  kind: 'impossible';
  weight: number;
}

/** One validated rule with every parameter filled in. */
export type Rule = CalendarRule | ResearcherRule | ComputeRule | LifetimeRule | EvolutionRule | LogUniformRule | ImpossibleRule;

/** How the evolutionary anchor's weight is updated on the failures before 2020 (spec §3). */
export type EvolutionUpdate = 'report' | 'strict';

/** A validated scenario: plain data, every field present. */
export interface Scenario {
  /** Rule-out year: no AGI by the end of this year (2020–2099). */
  from: number;
  /** Target year (from ≤ to ≤ 2100). */
  to: number;
  /** Relative increase that defines one geometric trial (0.0001 in the report, 0.01 in its web tool). */
  increment: number;
  evolutionUpdate: EvolutionUpdate;
  rules: Rule[];
}

/** One point of a cumulative curve: P(AGI by the end of `year` | none by the end of `from`). */
export interface CurvePoint {
  year: number;
  probability: number;
}

/** Everything the model says about one rule. */
export interface RuleResult {
  kind: RuleKind;
  /** The weight as given. */
  initialWeight: number;
  /** Initial weight divided by the sum of initial weights (all zero → equal). */
  normalisedWeight: number;
  /** Weight after updating on no AGI by the end of `from`. */
  weightAtFrom: number;
  /** P(AGI by the end of `to` | none by the end of `from`). */
  probability: number;
  /** Yearly from `from` to 2100. */
  curve: CurvePoint[];
  /** E[p | failures so far]: expected per-trial probability now; null for log-uniform and impossible. */
  expectedProbabilityNow: number | null;
  /** First-trial probability actually used per trial (calibrated where the rule calibrates); null if none. */
  ftp: number | null;
  /** Trials failed between the regime start and the end of `from`; null if the rule has no trials. */
  failures: number | null;
}

/** The model's full answer for a scenario. */
export interface PriorsResult {
  from: number;
  to: number;
  /** Hyper-prior with weights updated on no AGI by `from`. */
  probability: number;
  /** Hyper-prior with the initial weights (no update). */
  staticProbability: number;
  rules: RuleResult[];
  /** Combined (updated) curve, yearly from `from` to 2100. */
  curve: CurvePoint[];
  /** Combined static curve, yearly from `from` to 2100. */
  staticCurve: CurvePoint[];
  /** Laplace's rule (calendar, ftp 1/2, vs 1, start 1956) for the same from/to. */
  laplace: { probability: number; curve: CurvePoint[] };
}
