import { bayesUpdate } from './posterior';
import { sampleCategorical } from './sampleCategorical';
import { modelProbabilities, type ToyWorld } from './toyWorld';

/**
 * Index of π^d in every ToyWorld's model list (buildToyWorld puts it first; realisability, spec).
 * @example DEMONSTRATOR // 0
 */
export const DEMONSTRATOR = 0;

/**
 * Ask the demonstrator: it acts, a ~ π^d(· | t, c), and every model's log-weight gains ln ν(a | t, c).
 * Formula: a = F⁻¹_{π^d(·|t,c)}(u); l_i ← l_i + ln ν_i(a | t, c), renormalised (see bayesUpdate).
 * Source: spec, "One step" (query branch); Cohen, Hutter & Nanda (2022), the conservative imitator.
 * @example const w = buildToyWorld(DEFAULT_WORLD_CONFIG, 1); queryDemonstrator(w, logPrior(w.models.map((m) => m.prior)), 0, 0, 0.99).action // 1 (π^d(0 | c=0) ≈ 0.81)
 */
export function queryDemonstrator(
  world: ToyWorld,
  logWeights: readonly number[],
  t: number,
  context: number,
  u: number,
): { action: number; logWeights: number[] } {
  const models = world.models;
  const action = sampleCategorical(modelProbabilities(models[DEMONSTRATOR]!, t, context), u);
  const likelihoods = new Array<number>(models.length);
  for (let i = 0; i < models.length; i++) likelihoods[i] = modelProbabilities(models[i]!, t, context)[action]!;
  return { action, logWeights: bayesUpdate(logWeights, likelihoods) };
}
