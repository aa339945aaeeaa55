import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { observeWorld } from '@intermittent-distillations/compute/imitation';
import { Disclosure, FixedParams, InstanceCaption, InstanceLayout, useInstance, type InstanceProps } from '../../ui/instance/index';
import { Permalink } from '../../ui/Permalink';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { imitationFigure } from './figure';
import { imitationInstance } from './instance';
import { ImitationSweepPanel } from './panels/SweepPanel';
import { MAX_STEP, modelCount, RUN_KEYS, scenarioOf, type ImitationParams } from './params';
import { advanceRun, createRun, LEARNERS, type Run } from './simulation';
import { CHART_MARGIN, CHART_SIZE, formatCount, queryChartGeometry } from './view';
import { headlineOf, quotesOf } from './quotes';
import './imitation.css';
import { QueryChart } from './panels/QueryChart';
import { LearnerPanel, Legend } from './panels/LearnerPanel';
import { Controls } from './panels/Controls';
import { About } from './panels/About';

export { quotesOf } from './quotes';

/** Longest a frame may spend stepping, so the page stays responsive at any speed. */
const FRAME_BUDGET_MS = 8;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Props of the island: the instance's (id, start, controls, caption; none: the full model); `onRun` lets tests see each run. */
export interface ImitationIslandProps extends InstanceProps {
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
export function ImitationIsland({ onRun, path = '', ...instanceProps }: ImitationIslandProps = {}) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const inst = useInstance(imitationInstance, instanceProps);
  const { params, setParams, issues, query, focused } = inst;
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

  // The full model restarts a changed run at step 0; a focused figure replays it to the step it
  // shows, so its caption answers the reader's change at once.
  const setRunParams = useCallback((patch: Partial<ImitationParams>) => {
    setPlaying(false);
    setCursor(null);
    setParams((p) => ({ ...patch, step: focused ? p.step : 0 }));
  }, [setParams, focused]);
  const reset = useCallback(() => {
    setPlaying(false);
    setCursor(null);
    setParams({ step: 0 });
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


  const models = modelCount(params);
  const one = params.learner === 'all' ? null : params.learner;
  const headline = headlineOf(observation, params.learner);
  const quotes = quotesOf(observation, params);
  const oneView = one ? observation.learners.find((l) => l.kind === one)! : null;
  const chart = (
    <>
      <p class="imit-headline" aria-live="polite" aria-busy={playing ? 'true' : 'false'}>
        {headline}
      </p>
      {focused ? null : <p class="imit-context">
        Step {formatCount(observation.t)} of at most {formatCount(MAX_STEP)}; context {observation.context}
        {params.rule === 'alpha' ? `; α = ${params.alpha}` : `; k = ${Math.min(params.k, models)}`}.
      </p>}
      {oneView ? (
        <>
          <Legend id={`${id}-legend`} compact />
          <LearnerPanel view={oneView} id={`${id}-${oneView.kind}`} single />
        </>
      ) : (
        <QueryChart charts={charts} triggers={triggers} cursor={cursor} setCursor={setCursor} svgRef={chartSvg} />
      )}
    </>
  );
  const figure = imitationFigure({ path, query, params, run, observation, chart: chartSvg, root: rootRef, id: inst.id, learners: one ? [one] : params.detailsOpen ? LEARNERS : [], overTime: !one });

  return (
    <div class="imit" ref={rootRef}>
      {focused ? null : <About open={params.aboutOpen} onToggle={(aboutOpen) => setParams({ aboutOpen })} />}
      <InstanceLayout
        chart={chart}
        controls={
          <>
            <Controls params={params} issues={issues} shows={inst.shows} focused={focused} setRunParams={setRunParams} setParams={setParams} playing={playing} setPlaying={setPlaying} stepBy={stepBy} reset={reset} />
            {focused ? <FixedParams spec={imitationInstance} params={params} shown={inst.shown} /> : null}
          </>
        }
      />
      <InstanceCaption template={instanceProps.caption} values={quotes} />
      {one || focused ? null : (
        <Disclosure summary="Each learner: its posterior and the min operation" open={params.detailsOpen} onToggle={(detailsOpen) => setParams({ detailsOpen })}>
          <Legend id={`${id}-legend`} />
          <div class="imit-panels">
            {observation.learners.map((view) => (
              <LearnerPanel key={view.kind} view={view} id={`${id}-${view.kind}`} />
            ))}
          </div>
        </Disclosure>
      )}
      <FigureMenu figure={figure} />
      {focused ? null : (
        <Disclosure summary={`Sweep over ${params.rule === 'alpha' ? 'α' : 'k'}: the safety–querying trade-off`} open={params.sweepOpen} onToggle={(sweepOpen) => setParams({ sweepOpen })}>
          <ImitationSweepPanel params={params} setRunParams={setRunParams} />
        </Disclosure>
      )}
      <Permalink class="imit-permalink" path={path} query={query} />
    </div>
  );
}
