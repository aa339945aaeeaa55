import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { observeWorld } from '@intermittent-distillations/compute/imitation';
import { serialize } from '../../../src/state/index';
import { useUrlState } from '../../ui/useUrlState';
import { Permalink } from '../../ui/Permalink';
import { Presets } from '../../ui/Presets';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { imitationFigure } from './figure';
import { Slider, rangeOf } from '../../ui/Slider';
import { Select } from '../../ui/Select';
import { Toggle } from '../../ui/Toggle';
import { SeedField } from '../../ui/SeedField';
import { PlayPause } from '../../ui/PlayPause';
import { NumberField } from '../../ui/NumberField';
import { Issues } from '../../ui/Issues';
import { fieldParser } from '../../ui/fieldParser';
import { ImitationSweepPanel } from './panels/SweepPanel';
import { imitationSchema, MAX_STEP, modelCount, PRESETS, presetOf, RUN_KEYS, scenarioOf, type ImitationParams } from './params';
import { advanceRun, createRun, LEARNERS, type Run } from './simulation';
import { CHART_MARGIN, CHART_SIZE, formatCount, formatPercent, queryChartGeometry } from './view';
import './imitation.css';
import { QueryChart } from './panels/QueryChart';
import { LearnerPanel, Legend } from './panels/LearnerPanel';

/** Longest a frame may spend stepping, so the page stays responsive at any speed. */
const FRAME_BUDGET_MS = 8;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Props of the island: none (its state lives in the URL); `onRun` lets tests see each run. */
export interface ImitationIslandProps {
  onRun?: (run: Run) => void;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
}

function runKeyOf(params: ImitationParams): string {
  return RUN_KEYS.map((k) => String(params[k])).join('|');
}

/**
 * The conservative imitator demo: one toy world, three learners stepping together (the
 * conservative imitator, the Bayes mixture and the MAP model), their posteriors, the min
 * operation, queries and catastrophes, with every setting and the step reached in the URL.
 * The loop runs on requestAnimationFrame, `speed` steps a frame within an 8 ms budget, and
 * pauses when the widget leaves the viewport or the tab is hidden.
 * Source: issue 4; spec /work/shared/specs/imitation.md.
 * @example <ImitationIsland client:visible />
 */
export function ImitationIsland({ onRun, path = '' }: ImitationIslandProps = {}) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const [params, setParams, issues] = useUrlState(imitationSchema);
  const [playing, setPlayingState] = useState(false);
  // Read by the animation frame: a frame already requested when Pause is pressed runs before the
  // effect's cleanup cancels it, and must not advance the run past what the reader paused on.
  const playingRef = useRef(false);
  const setPlaying = useCallback((p: boolean) => {
    playingRef.current = p;
    setPlayingState(p);
  }, []);
  const [cursor, setCursor] = useState<number | null>(null);
  const runRef = useRef<Run | null>(null);
  const chartSvg = useRef<SVGSVGElement>(null);
  const keyRef = useRef('');

  // The run follows the parameters: a new world when a run parameter changed or the step went
  // back (Reset), a deterministic fast-forward when the step is ahead (a link, Step).
  const key = runKeyOf(params);
  let run = runRef.current;
  if (!run || keyRef.current !== key || run.state.t > params.step) {
    run = createRun(scenarioOf(params));
    runRef.current = run;
    keyRef.current = key;
    onRun?.(run);
  }
  if (run.state.t < params.step) advanceRun(run, params.step - run.state.t, MAX_STEP);

  const observation = observeWorld(run.state);
  const triggers = useMemo(
    () => run.state.world.models.flatMap((m) => (m.triggerStep === null ? [] : [m.triggerStep])),
    [run],
  );
  const charts = LEARNERS.map((_, i) =>
    queryChartGeometry(run.theta[i]!, run.catastropheSteps[i]!, triggers, CHART_SIZE, 120, CHART_MARGIN),
  );

  const setRunParams = useCallback((patch: Partial<ImitationParams>) => {
    setPlaying(false);
    setCursor(null);
    setParams({ ...patch, step: 0 });
  }, [setParams]);

  const stepBy = useCallback((n: number) => {
    setParams((p) => ({ step: Math.min(MAX_STEP, p.step + n) }));
  }, [setParams]);

  // The animation loop: a fixed number of steps per frame, cut short by the frame budget.
  const speedRef = useRef(params.speed);
  speedRef.current = params.speed;
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const tick = () => {
      const r = runRef.current;
      if (!r || !playingRef.current) return;
      const start = now();
      advanceRun(r, speedRef.current, MAX_STEP, () => now() - start > FRAME_BUDGET_MS);
      setParams({ step: r.state.t });
      if (r.state.t >= MAX_STEP) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, setParams]);

  // Pause when the widget scrolls out of view or the tab is hidden: nobody is watching.
  useEffect(() => {
    if (!playing) return;
    const stop = () => setPlaying(false);
    const onVisibility = () => {
      if (document.hidden) stop();
    };
    document.addEventListener('visibilitychange', onVisibility);
    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver !== 'undefined' && rootRef.current) {
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => !e.isIntersecting)) stop();
      });
      observer.observe(rootRef.current);
    }
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [playing]);


  const preset = presetOf(params);
  const models = modelCount(params);
  const [c, mix, map] = observation.learners;
  const headline = `Step ${formatCount(observation.t)}. Catastrophes: conservative ${formatCount(c!.catastrophes)}, Bayes mixture ${formatCount(mix!.catastrophes)}, MAP ${formatCount(map!.catastrophes)}. The conservative imitator has asked the demonstrator ${formatCount(c!.queries)} times and now asks with probability ${formatPercent(c!.queryProbability)}.`;

  return (
    <div class="imit" ref={rootRef}>
      <div class="imit-controls">
        <Presets presets={PRESETS} current={preset} prefix="imit" onChoose={(p) => setRunParams({ ...p.params, seed: params.seed })} />
        <Issues issues={issues} />
        <div class="imit-grid-controls">
          <Select
            label="Set rule"
            value={params.rule}
            options={[
              { value: 'alpha', label: 'α threshold (the paper)' },
              { value: 'top-k', label: 'top-k (the note)' },
            ]}
            onChange={(rule) => setRunParams({ rule })}
          />
          {params.rule === 'alpha' ? (
            <Slider
              label="α"
              value={params.alpha}
              {...rangeOf(imitationSchema.fields.alpha)}
              log
              onChange={(alpha) => setRunParams({ alpha })}
              hint={`Model k is in the set if its weight ≥ α × the weights of models 1…k. w(πᵈ) = ${params.prior}.`}
            />
          ) : (
            <Slider
              label="k"
              value={Math.min(params.k, models)}
              min={1}
              max={models}
              step={1}
              onChange={(k) => setRunParams({ k })}
              hint={`The ${Math.min(params.k, models)} most probable of ${models} models.`}
            />
          )}
          <Slider
            label="Demonstrator’s prior w(πᵈ)"
            value={params.prior}
            {...rangeOf(imitationSchema.fields.prior)}
            format={formatPercent}
            onChange={(prior) => setRunParams({ prior })}
          />
          <Slider
            label="Deceptive models"
            value={params.deceptive}
            {...rangeOf(imitationSchema.fields.deceptive)}
            onChange={(deceptive) => setRunParams({ deceptive })}
          />
          <Slider
            label="Deceptive prior ÷ honest prior"
            value={params.ratio}
            {...rangeOf(imitationSchema.fields.ratio)}
            format={(v) => `${v}×`}
            onChange={(ratio) => setRunParams({ ratio })}
          />
          <NumberField
            label="Trigger step"
            value={params.trigger}
            parse={fieldParser(imitationSchema.fields.trigger)}
            inputMode="numeric"
            onChange={(trigger) => setRunParams({ trigger })}
            hint="When the first deceptive model turns."
          />
          <Toggle label="All deceptive models trigger together" checked={params.together} onChange={(together) => setRunParams({ together })} />
          <Slider
            label="Speed (steps per frame)"
            value={params.speed}
            {...rangeOf(imitationSchema.fields.speed)}
            log
            onChange={(speed) => setParams({ speed })}
          />
          <SeedField value={params.seed} onChange={(seed) => setRunParams({ seed })} />
        </div>
        <div class="imit-run">
          <PlayPause
            playing={playing}
            onPlayingChange={(p) => setPlaying(p && params.step < MAX_STEP)}
            onStep={() => stepBy(1)}
            onReset={() => {
              setPlaying(false);
              setCursor(null);
              setParams({ step: 0 });
            }}
          />
          <button type="button" class="ui-button" disabled={playing || params.step >= MAX_STEP} onClick={() => stepBy(100)}>
            +100 steps
          </button>
        </div>
      </div>
      <p class="imit-headline" aria-live="polite" aria-busy={playing ? 'true' : 'false'}>
        {headline}
      </p>
      <p class="imit-context">
        Step {formatCount(observation.t)} of at most {formatCount(MAX_STEP)}; context {observation.context}
        {params.rule === 'alpha' ? `; α = ${params.alpha}` : `; k = ${Math.min(params.k, models)}`}.
      </p>
      <Legend id={`${id}-legend`} />
      <div class="imit-panels">
        {observation.learners.map((view) => (
          <LearnerPanel key={view.kind} view={view} id={`${id}-${view.kind}`} />
        ))}
      </div>
      <QueryChart charts={charts} triggers={triggers} cursor={cursor} setCursor={setCursor} svgRef={chartSvg} />
      <FigureMenu figure={imitationFigure({ path, query: serialize(imitationSchema, params, ''), params, run, observation, chart: chartSvg, root: rootRef })} />
      <ImitationSweepPanel params={params} setRunParams={setRunParams} />
      <Permalink class="imit-permalink" path={path} query={serialize(imitationSchema, params, '')} />
    </div>
  );
}
