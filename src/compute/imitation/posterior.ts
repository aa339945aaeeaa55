import { invalid } from '../errors';

/**
 * Log-weights more than 10⁴ nats below the best model are stored as exactly this value: their
 * posterior is already 0 in double precision (exp underflows below −745), and a finite floor keeps
 * the state JSON-serialisable (JSON has no −Infinity) and free of NaN over any number of steps.
 * @example LOG_FLOOR // -10000
 */
export const LOG_FLOOR = -1e4;

function normaliseLogs(logs: number[], fn: string): number[] {
  let max = -Infinity;
  for (const l of logs) if (l > max) max = l;
  if (!Number.isFinite(max)) invalid(fn, 'some model with positive weight', logs);
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]! - max;
    logs[i] = l > LOG_FLOOR ? l : LOG_FLOOR;
  }
  return logs;
}

/**
 * Log prior weights shifted so the largest is 0: l_i = ln w(ν_i) − max_j ln w(ν_j).
 * Source: spec, "The learner" (prior weights w(ν) > 0).
 * @example logPrior([0.25, 0.5, 0.25]) // [-0.6931471805599453, 0, -0.6931471805599453]
 */
export function logPrior(priors: readonly number[]): number[] {
  for (const w of priors) {
    if (!(w > 0) || !Number.isFinite(w)) invalid('logPrior', 'prior weights > 0', priors);
  }
  return normaliseLogs(priors.map(Math.log), 'logPrior');
}

/**
 * Normalised posterior from log-weights: w_i = exp(l_i) / Σ_j exp(l_j). The largest l is 0, so the
 * sum is at least 1 and never overflows or underflows to 0.
 * Source: Bayes' rule (Cohen, Hutter & Nanda 2022, posterior weights w(ν | h)).
 * @example posteriorFromLog([0, Math.log(3)]) // ≈ [0.25, 0.75]
 */
export function posteriorFromLog(logWeights: readonly number[]): number[] {
  let max = -Infinity;
  for (const l of logWeights) if (l > max) max = l;
  const out = logWeights.map((l) => Math.exp(l - max));
  let sum = 0;
  for (const x of out) sum += x;
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/**
 * One Bayesian update on an observed demonstrator action a: w(ν | h a) ∝ w(ν | h)·ν(a | h), in
 * log-space, renormalised so the best model has log-weight 0 (returns a new array).
 * Formula: l_i ← l_i + ln ν_i(a | h) − max_j (l_j + ln ν_j(a | h)), floored at LOG_FLOOR.
 * Source: spec, "One step" (posterior multiplied by ν(a | h) and renormalised); Cohen, Hutter & Nanda (2022).
 * @example posteriorFromLog(bayesUpdate([0, 0], [0.2, 0.6])) // ≈ [0.25, 0.75]
 */
export function bayesUpdate(logWeights: readonly number[], likelihoods: readonly number[]): number[] {
  if (likelihoods.length !== logWeights.length) {
    invalid('bayesUpdate', `${logWeights.length} likelihoods`, likelihoods.length);
  }
  const next = new Array<number>(logWeights.length);
  for (let i = 0; i < logWeights.length; i++) {
    const p = likelihoods[i]!;
    if (!(p >= 0 && p <= 1)) invalid('bayesUpdate', 'likelihoods in [0, 1]', p);
    next[i] = logWeights[i]! + Math.log(p);
  }
  return normaliseLogs(next, 'bayesUpdate');
}
