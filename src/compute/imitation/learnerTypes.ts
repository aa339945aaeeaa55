import type { ModelKind } from './toyWorld';

/** The three imitators the widget shows side by side. */
export type LearnerKind = 'conservative' | 'mixture' | 'map';

/**
 * What one learner did in one step. `queryProbability` is θ_q at that step (for the baselines 1 while
 * watching the demonstrator, 0 afterwards); `catastrophe` is true only for a catastrophe the learner
 * chose itself (the demonstrator never plays one).
 */
export interface LearnerOutcome {
  queried: boolean;
  action: number;
  catastrophe: boolean;
  queryProbability: number;
}

/**
 * A learner's observables before it acts in the current context, for the widget.
 * - posterior: normalised weight of every model, with its kind;
 * - topSet: model indices the learner acts on (conservative: α or top-k set; MAP: the MAP model;
 *   mixture: every model with positive weight), best first;
 * - topProbabilities: ν(· | t, c) of each top-set model, in topSet order;
 * - minDistribution: p₀ (conservative only, else null); queryProbability: θ_q now;
 * - actionDistribution: the normalised distribution it draws its own action from.
 */
export interface LearnerView {
  kind: LearnerKind;
  posterior: { kind: ModelKind; weight: number }[];
  topSet: number[];
  topProbabilities: number[][];
  minDistribution: number[] | null;
  queryProbability: number;
  actionDistribution: number[];
  demonstratorInTopSet: boolean;
  watching: boolean;
  queries: number;
  catastrophes: number;
}
