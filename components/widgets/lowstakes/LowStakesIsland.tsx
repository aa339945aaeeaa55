import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { simulate, type LowStakesRun } from '@intermittent-distillations/compute/lowstakes';
import { FixedParams, InstanceCaption, useInstance, type InstanceProps } from '../../ui/instance/index';
import { Permalink } from '../../ui/Permalink';
import { Presets } from '../../ui/Presets';
import { Issues } from '../../ui/Issues';
import { cursorKey } from '../../ui/cursorKeys';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { CHART_WINDOWS, PRESETS, presetOf, RUN_KEYS, scenarioOf, stakesOf, type LowStakesParams } from './params';
import { chartSize, formatNumber, formatProbability, lossGeometry, weightGeometry, type LossGeometry, type WeightGeometry } from './view';
import { Controls } from './panels/Controls';
import { Measures } from './panels/Measures';
import { LossChart } from './panels/LossChart';
import { KIND_NAMES, WeightChart } from './panels/WeightChart';
import { lowstakesFigure } from './figure';
import { lowstakesInstance } from './instance';
import { LowStakesSweepPanel } from './panels/SweepPanel';
import './lowstakes.css';

/** Charts are drawn at the width they get (SVG units = CSS pixels, so labels keep their size); 640 before hydration. */
const DEFAULT_CHART_WIDTH = 640;

/** The width of an element, following resizes (a two-column layout halves it). */
function useWidth(ref: { current: HTMLElement | null }, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
const LEARNER_NAMES: Record<LowStakesParams['learner'], string> = {
  hedge: 'Hedge',
  'fixed-share': 'Fixed-Share',
  'follow-the-leader': 'Follow-the-leader',
  frozen: 'Train-then-deploy',
};

/** Props of the island: none (its state lives in the URL); `onRun` lets tests see each run. */
export interface LowStakesIslandProps extends InstanceProps {
  onRun?: (run: LowStakesRun) => void;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
}

function headlineOf(run: LowStakesRun, params: LowStakesParams): string {
  const who = LEARNER_NAMES[params.learner];
  const alternating = params.world === 'alternating';
  const recover =
    run.stepsToRecover !== null
      ? `its weight on bad decisions falls below 1% ${formatNumber(run.stepsToRecover, 0)} steps after ${alternating ? 'the first one' : 'the turn'}`
      : alternating
        ? 'its weight on the policy about to lose never falls below 1%'
        : 'it never recovers (its weight on the turned policies stays above 1%)';
  const bound = run.regretBound !== null ? ` (bound ${formatNumber(run.regretBound)})` : '';
  return `${who} over T = ${formatNumber(params.steps, 0)} steps: ${formatNumber(run.badDecisions)} expected bad decisions, regret ${formatNumber(run.regret)}${bound}; ${recover}. Probability of a catastrophe (${params.run === 1 ? 'any bad decision' : `${formatNumber(params.run, 0)} bad decisions in a row`}): ${formatProbability(run.catastropheProbability)}.`;
}

/** The values an editors' caption may quote (lowstakesInstance.quotable), formatted as the widget shows them. */
export function quotesOf(run: LowStakesRun, params: LowStakesParams): Record<string, string> {
  return {
    badDecisions: formatNumber(run.badDecisions),
    regret: formatNumber(run.regret),
    bound: run.regretBound !== null ? formatNumber(run.regretBound) : 'no bound',
    catastrophe: formatProbability(run.catastropheProbability),
    recover: run.stepsToRecover !== null ? formatNumber(run.stepsToRecover, 0) : 'never',
    stakes: formatNumber(stakesOf(params), 0),
  };
}

function readoutOf(loss: LossGeometry, weights: WeightGeometry, i: number): string {
  const p = loss.points[i];
  if (!p) return 'No steps.';
  const from = i === 0 ? 0 : loss.points[i - 1]!.step;
  const kinds = weights.series.map((s) => `${KIND_NAMES[s.kind]} ${formatProbability(s.values[i]!)}`).join(', ');
  const aligned = p.alignedTotal !== null ? `, aligned policy ${formatNumber(p.alignedTotal)}` : '';
  const bound = p.bound !== null ? ` (bound ${formatNumber(p.bound)})` : '';
  return `After step ${formatNumber(p.step, 0)}: cumulative loss of the learner ${formatNumber(p.learnerTotal)}, best policy so far ${formatNumber(p.bestTotal)}${aligned}; regret so far ${formatNumber(p.learner)}${bound}. Mean weight over steps ${formatNumber(from + 1, 0)}–${formatNumber(p.step, 0)}: ${kinds}; on a bad decision ${formatProbability(weights.bad[i]!)}.`;
}

/**
 * The low-stakes demo: one online learner against a treacherous turn (or the alternating
 * sequence), its cumulative loss against the best and the aligned policy with Hedge's bound, its
 * weight on each kind of policy, the expected bad decisions and the exact catastrophe probability.
 * Every change recomputes the whole run synchronously (≤ ~20 ms at T = 100,000, see the bench);
 * every setting lives in the URL (keys lowstakes.*).
 * Source: issue 11; spec /work/shared/specs/lowstakes.md.
 * @example <LowStakesIsland client:visible />
 */
export function LowStakesIsland({ onRun, path = '', ...instanceProps }: LowStakesIslandProps = {}) {
  const inst = useInstance(lowstakesInstance, instanceProps);
  const { params, setParams, issues, query } = inst;
  const [cursor, setCursor] = useState<number | null>(null);
  const key = RUN_KEYS.map((k) => String(params[k])).join('|');
  const scenario = useMemo(() => scenarioOf(params), [key]);
  const run = useMemo(() => {
    const r = simulate(scenario, CHART_WINDOWS);
    onRun?.(r);
    return r;
  }, [scenario]);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelWidth = useWidth(panelRef, DEFAULT_CHART_WIDTH);
  const size = chartSize(panelWidth);
  const loss = useMemo(() => lossGeometry(run, size), [run, size.width, size.height]);
  const weights = useMemo(() => weightGeometry(run, size), [run, size.width, size.height]);
  const n = loss.points.length;
  const at = Math.min(n - 1, cursor ?? n - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = cursorKey(e.key, at, n);
    if (next === null) return;
    e.preventDefault();
    setCursor(next === n - 1 ? null : next);
  };
  const set = (patch: Partial<LowStakesParams>) => {
    setCursor(null);
    setParams(patch);
  };
  const preset = presetOf(params);
  const headline = headlineOf(run, params);
  const turnText = loss.turnX !== null ? `; the deceptive policies turn at step ${formatNumber(scenario.world.turnStep, 0)}` : '';
  const lossSummary = `Regret so far over ${formatNumber(params.steps, 0)} steps: the learner's cumulative loss minus the best policy's, ending at ${formatNumber(run.regret)}${run.regretBound !== null ? ` under Hedge's bound ${formatNumber(run.regretBound)}` : ''}${turnText}.`;
  const weightSummary = `Weight on each kind of policy over time${turnText}; expected bad decisions ${formatNumber(run.badDecisions)}.`;

  return (
    <div class="ls" ref={rootRef}>
      <div class="ls-controls">
        <Presets presets={PRESETS} current={preset} prefix="ls" onChoose={(p) => set({ ...p.params, seed: params.seed })} />
        <Issues issues={issues} />
        <Controls params={params} set={set} eta={run.eta} shows={inst.shows} />
        {inst.focused ? <FixedParams spec={lowstakesInstance} params={params} shown={inst.shown} /> : null}
      </div>
      <p class="ls-headline" aria-live="polite">
        {headline}
      </p>
      <Measures run={run} m={params.run} stakes={stakesOf(params)} showRate={params.learner === 'hedge' || params.learner === 'fixed-share'} />
      <div class="ls-charts" ref={panelRef}>
        <LossChart g={loss} size={size} cursor={at} onKeyDown={onKeyDown} summary={lossSummary} />
        <WeightChart g={weights} size={size} cursor={at} onKeyDown={onKeyDown} summary={weightSummary} />
      </div>
      <p class="ls-readout" aria-live="polite">
        {readoutOf(loss, weights, at)}
      </p>
      <InstanceCaption template={instanceProps.caption} values={quotesOf(run, params)} />
      <FigureMenu figure={lowstakesFigure({ path, query, params, run, root: rootRef, kindNames: KIND_NAMES })} />
      <LowStakesSweepPanel params={params} set={set} />
      <Permalink class="ls-permalink" path={path} query={query} />
    </div>
  );
}
