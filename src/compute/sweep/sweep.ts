import { ComputeInputError, describe, invalid } from '../errors';
import { pathStatus, setPath } from './setPath';

type Plain = Record<string, unknown>;

/** How a model takes part in sweeps: its own parser, where its seed lives, and how many runs it allows. */
export interface SweepModel {
  /** The model's CLI name, used in messages ("priors", "imitation", "prune"). */
  name: string;
  /** The model's own scenario parser: throws ComputeInputError on bad input (the sweep fields are stripped first). */
  parse: (raw: unknown) => unknown;
  /** Path of the scenario's seed field; absent for a deterministic model (then `seeds` is refused). */
  seedPath?: string;
  /** Most runs (values × seeds) one sweep may ask for. */
  maxRuns: number;
  /** Turns the scenario as written into one where every field it may sweep is written out (defaults filled, a preset expanded); default: as is. */
  prepare?: (raw: Plain) => Plain;
  /** Model-specific parameter names: a path to use instead, or a setter; undefined for a plain path. */
  alias?: (param: string, prepared: Plain) => string | ((prepared: Plain, value: number) => Plain) | undefined;
  /**
   * A cheaper single run for sweeps that returns the same numbers for the fields a sweep keeps
   * (priors: no year-by-year curves); default: the CLI's own run. Tests hold it to the CLI's run.
   */
  runForSweep?: (raw: unknown) => unknown;
  /** Numeric output fields that are not results of the model (e.g. wall time), left out of points. */
  omit?: readonly string[];
}

/** The `sweep` field of a scenario, validated. */
export interface SweepSpec {
  param: string;
  values: number[];
  /** null for a deterministic model or when no seeds are given (the scenario's own seed is used). */
  seeds: number[] | null;
}

/** One run of a sweep: the swept value, its seed (null if none), and the complete single-run scenario. */
export interface SweepRun {
  value: number;
  seed: number | null;
  scenario: Plain;
}

/** A validated sweep: what to run, in order (values outer, seeds inner). */
export interface SweepPlan extends SweepSpec {
  runs: SweepRun[];
}

/** Mean and range of one output field over a point's seeds. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/** One swept value and every numeric field of the model's output summarised over the seeds. */
export type SweepPoint = { value: number } & { [field: string]: Spread | number };

/** What a swept scenario prints. */
export interface SweepOutput {
  sweep: { param: string; seeds?: number[]; points: SweepPoint[] };
}

const FN = 'sweep';
const SWEEP_KEYS = ['param', 'values', 'seeds'];

function isRecord(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when a scenario asks for a sweep (has a `sweep` field). */
export function hasSweep(raw: unknown): raw is Plain & { sweep: unknown } {
  return isRecord(raw) && raw.sweep !== undefined;
}

function parseSpec(model: SweepModel, raw: unknown): SweepSpec {
  if (!isRecord(raw)) invalid(FN, 'sweep an object {"param": …, "values": […], "seeds": […]}', raw);
  for (const key of Object.keys(raw)) if (!SWEEP_KEYS.includes(key)) invalid(FN, `sweep keys among ${SWEEP_KEYS.join(', ')}`, key);
  const { param, values, seeds } = raw;
  if (typeof param !== 'string' || param === '') invalid(FN, 'sweep.param a scenario field path such as "ftp" or "rules.0.ftp"', param);
  if (!Array.isArray(values) || values.length === 0) invalid(FN, 'sweep.values a non-empty array of numbers', values);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) invalid(FN, `sweep.values[${i}] a finite number`, v);
  });
  if (seeds === undefined) return { param, values: values as number[], seeds: null };
  if (model.seedPath === undefined) invalid(FN, `no sweep.seeds: the ${model.name} model is deterministic`, seeds);
  if (!Array.isArray(seeds) || seeds.length === 0) invalid(FN, 'sweep.seeds a non-empty array of integers', seeds);
  seeds.forEach((s, i) => {
    if (typeof s !== 'number' || !Number.isSafeInteger(s)) invalid(FN, `sweep.seeds[${i}] an integer`, s);
  });
  if (param === model.seedPath) invalid(FN, `sweep.param other than the seed "${param}" (list seeds in sweep.seeds)`, param);
  return { param, values: values as number[], seeds: seeds as number[] };
}

/** Dotted paths of the numeric fields of a plain scenario, e.g. ["from", "rules.0.ftp"]. */
function numericPaths(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'number') return [prefix.slice(0, -1)];
  if (Array.isArray(obj)) return obj.flatMap((v, i) => numericPaths(v, `${prefix}${i}.`));
  if (isRecord(obj)) return Object.entries(obj).flatMap(([k, v]) => numericPaths(v, `${prefix}${k}.`));
  return [];
}

function rethrowAs(prefix: string, e: unknown): never {
  if (e instanceof ComputeInputError) throw new ComputeInputError(`${prefix}${e.message}`);
  throw e;
}

/**
 * Validate a swept scenario and list its runs: the `sweep` field is checked (param, non-empty
 * finite values, integer seeds, at most `model.maxRuns` runs), the param must name a field of the
 * scenario once `model.prepare` has written out its defaults (or a model alias), and every swept scenario is re-parsed with the model's own
 * parser, so an out-of-range value fails with the model's message, prefixed with the sweep's.
 * Formula: runs = values × seeds (values outer), or one run per value without seeds.
 * Source: issue 13 (Sweeps).
 * @example planSweep(priorsSweepModel, { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [0.01, 0.1] } }).runs.length // 2
 */
export function planSweep(model: SweepModel, rawScenario: unknown): SweepPlan {
  if (!hasSweep(rawScenario)) invalid(FN, 'a scenario object with a "sweep" field', rawScenario);
  const { sweep, ...rest } = rawScenario;
  const spec = parseSpec(model, sweep);
  const runCount = spec.values.length * (spec.seeds?.length ?? 1);
  if (runCount > model.maxRuns) {
    const seeds = spec.seeds?.length ?? 1;
    throw new ComputeInputError(`${FN}: expected at most ${model.maxRuns} runs (values × seeds) for ${model.name}, received ${runCount} (${spec.values.length} values × ${seeds} seed${seeds === 1 ? '' : 's'})`);
  }
  // The scenario without its sweep must be valid on its own (its message is the model's).
  model.parse(rest);
  const prepared = model.prepare ? model.prepare(rest) : rest;
  const alias = model.alias?.(spec.param, prepared);
  const path = typeof alias === 'string' ? alias : spec.param;
  if (typeof alias !== 'function' && !pathStatus(prepared, path).leaf) {
    const fields = numericPaths(prepared).filter((p) => p !== model.seedPath);
    const listed = fields.length > 12 ? `${fields.slice(0, 12).join(', ')}, …` : fields.join(', ');
    invalid(FN, `sweep.param a numeric field of this ${model.name} scenario (${listed})`, spec.param);
  }
  const set = (value: number): Plain => (typeof alias === 'function' ? alias(prepared, value) : setPath(prepared, path, value));
  const runs: SweepRun[] = [];
  spec.values.forEach((value, i) => {
    const swept = set(value);
    for (const seed of spec.seeds ?? [null]) {
      const scenario = seed === null ? swept : setPath(swept, model.seedPath!, seed);
      try {
        model.parse(scenario);
      } catch (e) {
        rethrowAs(`sweep: ${spec.param} = ${describe(value)} (sweep.values[${i}])${seed === null ? '' : ` with seed ${seed}`} is not a valid scenario: `, e);
      }
      runs.push({ value, seed, scenario });
    }
  });
  return { ...spec, runs };
}

/**
 * The output fields a sweep summarises: top-level fields that are a finite number or a boolean
 * (counted as 0/1, so its mean is the share of seeds where it holds) in every given run, minus
 * `omit`. A field that is null in some run (imitation's firstCatastropheStep) is left out.
 * @example sweepFields([{ p: 0.1, ok: true, rules: [] }]) // ['p', 'ok']
 */
export function sweepFields(results: readonly unknown[], omit: readonly string[] = []): string[] {
  const first = results[0];
  if (!isRecord(first)) return [];
  const numeric = (v: unknown) => typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  return Object.keys(first).filter((k) => !omit.includes(k) && results.every((r) => isRecord(r) && numeric(r[k])));
}

/**
 * One point of a sweep: the mean, min and max of each field over the runs at one value.
 * Formula: mean = Σ x / n (booleans as 0/1); min = max = mean when the runs agree.
 * @example summarisePoint(0.1, [{ q: 1 }, { q: 3 }], ['q']) // { value: 0.1, q: { mean: 2, min: 1, max: 3 } }
 */
export function summarisePoint(value: number, results: readonly unknown[], fields: readonly string[]): SweepPoint {
  const point: SweepPoint = { value };
  for (const field of fields) {
    const xs = results.map((r) => Number((r as Plain)[field]));
    point[field] = { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) };
  }
  return point;
}

function output(model: SweepModel, plan: SweepPlan, results: unknown[]): SweepOutput {
  const fields = sweepFields(results, model.omit);
  const perValue = plan.seeds?.length ?? 1;
  const points = plan.values.map((value, i) => summarisePoint(value, results.slice(i * perValue, (i + 1) * perValue), fields));
  return { sweep: { param: plan.param, ...(plan.seeds ? { seeds: plan.seeds } : {}), points } };
}

/**
 * Run a swept scenario with a synchronous single-run function (the model's CLI run).
 * @example runSweep(priorsSweepModel, run, { rules: [{ kind: 'calendar' }], sweep: { param: 'ftp', values: [1 / 300] } }).sweep.points[0].probability.mean // ≈ 0.0422
 */
export function runSweep(model: SweepModel, runOne: (scenario: Plain) => unknown, rawScenario: unknown): SweepOutput {
  const plan = planSweep(model, rawScenario);
  return output(model, plan, plan.runs.map((r) => runOne(r.scenario)));
}

/** runSweep for a model whose single run is asynchronous (runs one after another). */
export async function runSweepAsync(model: SweepModel, runOne: (scenario: Plain) => Promise<unknown>, rawScenario: unknown): Promise<SweepOutput> {
  const plan = planSweep(model, rawScenario);
  const results: unknown[] = [];
  for (const r of plan.runs) results.push(await runOne(r.scenario));
  return output(model, plan, results);
}

/**
 * A model's CLI run that also takes a `sweep` field: the one line a model's cli.ts needs.
 * @example export const run = sweepable(runOne, { name: 'priors', parse: parseScenario, maxRuns: 10000 })
 */
export function sweepable<R>(runOne: (scenario: unknown) => R, model: SweepModel): Sweepable<R> {
  return ((scenario: unknown) => (hasSweep(scenario) ? runSweep(model, model.runForSweep ?? runOne, scenario) : runOne(scenario))) as Sweepable<R>;
}

/** A CLI run that answers a swept scenario with SweepOutput and any other with the single run's result. */
export interface Sweepable<R, S = SweepOutput> {
  (scenario: { sweep: object; [key: string]: unknown }): S;
  (scenario: { sweep?: undefined; [key: string]: unknown }): R;
  (scenario: unknown): R | S;
}

/** sweepable for an asynchronous single run (the pruning model). */
export function sweepableAsync<R>(runOne: (scenario: unknown) => Promise<R>, model: SweepModel): Sweepable<Promise<R>, Promise<SweepOutput>> {
  return ((scenario: unknown) => (hasSweep(scenario) ? runSweepAsync(model, (model.runForSweep as typeof runOne | undefined) ?? runOne, scenario) : runOne(scenario))) as Sweepable<Promise<R>, Promise<SweepOutput>>;
}
