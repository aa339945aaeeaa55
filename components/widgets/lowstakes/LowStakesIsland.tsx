import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { simulate, type LowStakesRun } from '@intermittent-distillations/compute/lowstakes';
import { Disclosure, FixedParams, InstanceCaption, InstanceLayout, useInstance, type InstanceProps } from '../../ui/instance/index';
import { Permalink } from '../../ui/Permalink';
import { Presets } from '../../ui/Presets';
import { Issues } from '../../ui/Issues';
import { cursorKey } from '../../ui/cursorKeys';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { useDeferredCompute } from '../../ui/useDeferredCompute';
import { CHART_WINDOWS, PRESETS, presetOf, RUN_KEYS, scenarioOf, stakesOf, type LowStakesParams } from './params';
import { chartSize, formatNumber, lossGeometry, weightGeometry } from './view';
import { headlineOf, quotesOf, readoutOf } from './text';
import { ChartSwitch } from './panels/ChartSwitch';
import { About } from './panels/About';
import { Controls } from './panels/Controls';
import { Measures } from './panels/Measures';
import { LossChart } from './panels/LossChart';
import { KIND_NAMES, WeightChart } from './panels/WeightChart';

export { quotesOf };
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
/** Props of the island: the instance's (its state lives in the URL); `onRun` lets tests see each run. */
export interface LowStakesIslandProps extends InstanceProps {
  onRun?: (run: LowStakesRun) => void;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
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
  // The run follows a tweak in the frame after it (useDeferredCompute), so the control answers at
  // once; what describes the run (headline, measures, captions) reads the parameters it ran with.
  const { value: ran } = useDeferredCompute(key, () => {
    const scenario = scenarioOf(params);
    const r = simulate(scenario, CHART_WINDOWS);
    onRun?.(r);
    return { run: r, scenario, params };
  });
  const { run, scenario } = ran;
  // the live display settings with the run's own run parameters (the same object once caught up)
  const ranWith: LowStakesParams = ran.params === params ? params : { ...params, ...Object.fromEntries(RUN_KEYS.map((k) => [k, ran.params[k]])) };
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
  const headline = headlineOf(run, ranWith);
  const turnText = loss.turnX !== null ? `; the deceptive policies turn at step ${formatNumber(scenario.world.turnStep, 0)}` : '';
  const lossSummary = `Regret so far over ${formatNumber(ranWith.steps, 0)} steps: the learner's cumulative loss minus the best policy's, ending at ${formatNumber(run.regret)}${run.regretBound !== null ? ` under Hedge's bound ${formatNumber(run.regretBound)}` : ''}${turnText}.`;
  const weightSummary = `Weight on each kind of policy over time${turnText}; expected bad decisions ${formatNumber(run.badDecisions)}.`;

  const full = !inst.focused;
  const charts = (
    <>
      <ChartSwitch chart={params.chart} onChoose={(chart) => setParams({ chart })} />
      <div class={`ls-charts ls-show-${params.chart}${full ? ' ls-charts-full' : ''}`} ref={panelRef}>
        <LossChart g={loss} size={size} cursor={at} onKeyDown={onKeyDown} summary={lossSummary} idPrefix={inst.id} />
        <WeightChart g={weights} size={size} cursor={at} onKeyDown={onKeyDown} summary={weightSummary} idPrefix={inst.id} />
      </div>
    </>
  );
  const controls = (
    <div class="ls-controls">
      {full ? <Presets presets={PRESETS} current={preset} prefix="ls" onChoose={(p) => set({ ...p.params, seed: params.seed })} /> : null}
      <Issues issues={issues} />
      <Controls params={params} set={set} eta={run.eta} shows={inst.shows} fold={full} />
      {inst.focused ? <FixedParams spec={lowstakesInstance} params={params} shown={inst.shown} /> : null}
    </div>
  );
  return (
    <div class={`ls${full ? ' ls-full' : ' ls-focused'}`} ref={rootRef}>
      {full ? (
        <Disclosure summary="What you are seeing" open={params.aboutOpen} onToggle={(aboutOpen) => setParams({ aboutOpen })}>
          <About />
        </Disclosure>
      ) : null}
      <InstanceLayout chart={charts} controls={controls} />
      {full ? (
        <>
          <p class="ls-headline" aria-live="polite">
            {headline}
          </p>
          <Measures run={run} m={ranWith.run} stakes={stakesOf(ranWith)} showRate={ranWith.learner === 'hedge' || ranWith.learner === 'fixed-share'} />
          <p class="ls-readout" aria-live="polite">
            {readoutOf(loss, weights, at)}
          </p>
        </>
      ) : (
        // A focused figure has one line under its chart: the run's headline, or what the cursor reads once moved.
        <p class="ls-headline" aria-live="polite">
          {cursor === null ? headline : readoutOf(loss, weights, at)}
        </p>
      )}
      <InstanceCaption template={instanceProps.caption} values={quotesOf(run, ranWith)} />
      <FigureMenu figure={lowstakesFigure({ id: inst.id, path, query, params: ranWith, run, root: rootRef, kindNames: KIND_NAMES })} />
      {full ? (
        <Disclosure summary="Sweep over the stakes B" open={params.sweepOpen} onToggle={(sweepOpen) => setParams({ sweepOpen })}>
          <LowStakesSweepPanel params={params} set={set} />
        </Disclosure>
      ) : null}
      <Permalink class="ls-permalink" path={path} query={query} />
    </div>
  );
}
