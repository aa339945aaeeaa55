import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { type LearnerKind, type LearnerView, type ModelKind, observeWorld } from '@intermittent-distillations/compute/imitation';
import { serialize } from '../../../src/state/index';
import { useUrlState } from '../../ui/useUrlState';
import { Permalink } from '../../ui/Permalink';
import { Presets } from '../../ui/Presets';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { imitationFigure } from './figure';
import { ChartAxes } from '../../ui/chart';
import { cursorKey } from '../../ui/cursorKeys';
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
import {
  formatCount,
  formatPercent,
  minGeometry,
  posteriorGeometry,
  queryChartGeometry,
  type QueryChartGeometry,
} from './view';
import './imitation.css';

const NAMES: Record<LearnerKind, string> = {
  conservative: 'Conservative imitator',
  mixture: 'Bayes mixture',
  map: 'MAP model',
};
const SHORT: Record<LearnerKind, string> = { conservative: 'conservative', mixture: 'mixture', map: 'MAP' };
const KIND_NAMES: Record<ModelKind, string> = {
  demonstrator: 'demonstrator πᵈ',
  honest: 'honest but wrong',
  deceptive: 'deceptive',
};
/** Longest a frame may spend stepping, so the page stays responsive at any speed. */
const FRAME_BUDGET_MS = 8;
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const POSTERIOR_SIZE = { width: 200, height: 90 };
const MIN_SIZE = { width: 200, height: 76 };
const ROW_LABELS = ['0', '1', '⚠'];
const CHART_SIZE = { width: 640, height: 190 };
const CHART_MARGIN = { top: 8, right: 8, bottom: 56, left: 76 };

/** Props of the island: none (its state lives in the URL); `onRun` lets tests see each run. */
export interface ImitationIslandProps {
  onRun?: (run: Run) => void;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
}

function runKeyOf(params: ImitationParams): string {
  return RUN_KEYS.map((k) => String(params[k])).join('|');
}

function kindFill(kind: ModelKind, id: string): string {
  return kind === 'deceptive' ? `url(#${id}-hatch)` : kind === 'demonstrator' ? 'var(--ok)' : 'var(--surface)';
}

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
        <rect width="4" height="4" class="imit-hatch-bg" />
        <line x1="1" y1="0" x2="1" y2="4" class="imit-hatch-line" />
      </pattern>
    </defs>
  );
}

function Legend({ id }: { id: string }) {
  const items: [ModelKind, string][] = [
    ['demonstrator', 'demonstrator πᵈ (solid)'],
    ['honest', 'honest but wrong (outline)'],
    ['deceptive', 'deceptive (hatched)'],
  ];
  return (
    <ul class="imit-legend" aria-label="Legend">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <Patterns id={`${id}-lg-${kind}`} />
            <rect x="1" y="1" width="12" height="12" class={`imit-bar imit-${kind}`} style={{ fill: kindFill(kind, `${id}-lg-${kind}`) }} />
          </svg>
          {label}
        </li>
      ))}
      <li>
        <span class="imit-marker-key" aria-hidden="true">
          ▲
        </span>
        in the set the learner acts on
      </li>
    </ul>
  );
}

function posteriorSummary(view: LearnerView): string {
  const mass: Record<ModelKind, number> = { demonstrator: 0, honest: 0, deceptive: 0 };
  for (const p of view.posterior) mass[p.kind] += Number.isFinite(p.weight) ? p.weight : 0;
  const set = view.kind === 'mixture' ? 'acts on all models with weight' : `set of ${view.topSet.length}`;
  return `Posterior: demonstrator ${formatPercent(mass.demonstrator)}, honest models ${formatPercent(mass.honest)}, deceptive models ${formatPercent(mass.deceptive)}; ${set}; demonstrator ${view.demonstratorInTopSet ? 'in' : 'not in'} it.`;
}

function PosteriorChart({ view, id }: { view: LearnerView; id: string }) {
  const g = posteriorGeometry(view, POSTERIOR_SIZE);
  return (
    <svg class="imit-chart" viewBox={`0 0 ${POSTERIOR_SIZE.width} ${POSTERIOR_SIZE.height}`} role="img" aria-label={posteriorSummary(view)}>
      <Patterns id={id} />
      {g.yTicks.map((t) => (
        <g key={t.label}>
          <line x1={g.left} x2={g.right} y1={t.position} y2={t.position} class="imit-grid" />
          <text x={g.left - 3} y={t.position + 3} class="imit-tick" text-anchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {g.bars.map((b) => (
        <g key={b.index}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} class={`imit-bar imit-${b.kind}${b.inTopSet ? ' imit-in-set' : ''}`} style={{ fill: kindFill(b.kind, id) }} />
          {b.inTopSet ? <path d={`M${b.x + b.width / 2},${g.markerY - 4}l3,5h-6z`} class="imit-marker" /> : null}
        </g>
      ))}
      <line x1={g.left} x2={g.right} y1={g.y0} y2={g.y0} class="imit-axis" />
    </svg>
  );
}

function MinChart({ view, id }: { view: LearnerView; id: string }) {
  const g = minGeometry(view, MIN_SIZE, { top: 2, right: 6, bottom: 2, left: 34 });
  const conservative = view.minDistribution !== null;
  const split = g.segments.map((s) => `${s.label} ${formatPercent(s.probability)}`).join(', ');
  const label = conservative
    ? `Minimum over the ${view.topSet.length} models of the set, per action: ${g.rows.map((r) => `${r.label} ${formatPercent(r.min)}`).join(', ')}. This step: ${split}.`
    : `This step: ${split}.`;
  const barY = MIN_SIZE.height - 18;
  return (
    <svg class="imit-chart" viewBox={`0 0 ${MIN_SIZE.width} ${MIN_SIZE.height}`} role="img" aria-label={label}>
      <Patterns id={id} />
      {g.rows.map((r) => (
        <g key={r.action}>
          <text x={g.x0 - 4} y={r.y + 3} class={`imit-tick${r.action === 2 ? ' imit-danger-text' : ''}`} text-anchor="end">
            {ROW_LABELS[r.action]}
          </text>
          <line x1={g.x0} x2={g.x1} y1={r.y} y2={r.y} class="imit-track" />
          <rect x={g.x0} y={r.y - 3} width={Math.max(0, r.minX - g.x0)} height={6} class={r.action === 2 ? 'imit-min imit-min-danger' : 'imit-min'} />
          {r.dots.map((d, i) => (
            <circle key={i} cx={d.x} cy={r.y} r={2.6} class={`imit-dot imit-${d.kind}`} style={{ fill: kindFill(d.kind, id) }} />
          ))}
        </g>
      ))}
      {g.segments.map((s) =>
        s.width > 0 ? <rect key={s.key} x={s.x} y={barY} width={s.width} height={12} class={`imit-seg imit-seg-${s.key}`} /> : null,
      )}
      <text x={g.x0 - 4} y={barY + 9} class="imit-tick" text-anchor="end">
        now
      </text>
    </svg>
  );
}

/** The step's split in words and numbers: what the bar under the min operation shows. */
function Split({ view }: { view: LearnerView }) {
  const g = minGeometry(view, MIN_SIZE);
  const [a0, a1, cat, ask] = g.segments;
  return (
    <p class="imit-split">
      {view.minDistribution ? 'p₀: ' : 'Acts: '}
      action 0 {formatPercent(a0!.probability)} · action 1 {formatPercent(a1!.probability)} ·{' '}
      <span class={cat!.probability > 0 ? 'imit-danger' : undefined}>⚠ catastrophe {formatPercent(cat!.probability)}</span> · ask the demonstrator
      {view.minDistribution ? (
        <>
          {' '}θ<sub>q</sub> = 1 − Σp₀ ={' '}
        </>
      ) : (
        ' '
      )}
      {formatPercent(ask!.probability)}
    </p>
  );
}

function LearnerPanel({ view, id }: { view: LearnerView; id: string }) {
  const status =
    view.kind === 'conservative'
      ? `asks with probability ${formatPercent(view.queryProbability)}`
      : view.watching
        ? 'watching the demonstrator (training)'
        : 'acting alone since training ended';
  const bad = view.catastrophes > 0;
  return (
    <section class={`imit-panel imit-panel-${view.kind}`} aria-labelledby={`${id}-title`}>
      <p class="imit-panel-title" id={`${id}-title`}>
        {NAMES[view.kind]}
      </p>
      <dl class="imit-counts">
        <div class={`imit-count imit-catastrophes${bad ? ' imit-bad' : ''}`}>
          <dt>
            <span aria-hidden="true">⚠ </span>Catastrophes
          </dt>
          <dd>{formatCount(view.catastrophes)}</dd>
        </div>
        <div class="imit-count">
          <dt>Queries</dt>
          <dd>{formatCount(view.queries)}</dd>
        </div>
      </dl>
      <p class="imit-status">
        Now: {status}. πᵈ {view.demonstratorInTopSet ? 'is' : <strong>is not</strong>} in its set.
      </p>
      <p class="imit-sub">Posterior over the {view.posterior.length} models</p>
      <PosteriorChart view={view} id={`${id}-post`} />
      <p class="imit-sub">{view.kind === 'conservative' ? 'The min operation: per action, a dot for each model in the set, the bar to their minimum p₀' : 'What it does this step'}</p>
      <MinChart view={view} id={`${id}-min`} />
      <Split view={view} />
    </section>
  );
}

function QueryChart({ charts, triggers, cursor, setCursor, svgRef }: {
  svgRef: RefObject<SVGSVGElement>;
  charts: QueryChartGeometry[];
  triggers: number[];
  cursor: number | null;
  setCursor: (c: number | null) => void;
}) {
  const first = charts[0]!;
  const n = first.points.length;
  const at = n === 0 ? null : Math.min(n - 1, cursor ?? n - 1);
  const readout =
    at === null
      ? 'No steps yet.'
      : (() => {
          const p = first.points[at]!;
          const range = p.to - p.from > 1 ? `Steps ${formatCount(p.from)}–${formatCount(p.to - 1)}` : `Step ${formatCount(p.from)}`;
          const q = LEARNERS.map((k, i) => `${SHORT[k]} ${formatPercent(charts[i]!.points[at]!.mean)}`).join(', ');
          const c = LEARNERS.map((k, i) => `${SHORT[k]} ${formatCount(charts[i]!.points[at]!.catastrophes)}`).join(', ');
          return `${range}: mean query probability ${q}; catastrophes ${c}.`;
        })();
  const onKeyDown = (e: KeyboardEvent) => {
    if (n === 0) return;
    const next = cursorKey(e.key, at ?? n - 1, n);
    if (next === null) return;
    e.preventDefault();
    setCursor(next === n - 1 ? null : next);
  };
  return (
    <div class="imit-over-time">
      <p class="imit-sub">
        Query probability over time (mean per window) and catastrophes (ticks, one row per learner)
      </p>
      <svg
        ref={svgRef}
        class="imit-chart imit-time-chart"
        viewBox={`0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`}
        role="img"
        tabindex={0}
        aria-label={`Query probability over time. Use the left and right arrow keys, Page Up, Page Down, Home and End to move the cursor. ${readout}`}
        onKeyDown={onKeyDown}
      >
        <ChartAxes left={first.left} right={first.right} bottom={first.bottom} yTicks={first.yTicks} xTicks={first.xTicks} prefix="imit" />
        {first.triggers.map((x, i) => (
          <line key={i} x1={x} x2={x} y1={first.top} y2={first.bottom} class="imit-trigger" />
        ))}
        {triggers.length > 0 && first.triggers.length > 0 ? (
          <text x={first.triggers[0]! + 3} y={first.top + 9} class="imit-tick">
            trigger
          </text>
        ) : null}
        {charts.map((c, i) => (
          <path key={LEARNERS[i]} d={c.path} class={`imit-line imit-line-${LEARNERS[i]}`} />
        ))}
        {charts.map((c, i) => (
          <g key={`c-${LEARNERS[i]}`}>
            <text x={first.left - 4} y={first.bottom + 24 + i * 10} class="imit-tick" text-anchor="end">
              {SHORT[LEARNERS[i]!]}
            </text>
            <line x1={first.left} x2={first.right} y1={first.bottom + 21 + i * 10} y2={first.bottom + 21 + i * 10} class="imit-track" />
            {c.catastropheMarks.map((x) => (
              <line key={x} x1={x} x2={x} y1={first.bottom + 17 + i * 10} y2={first.bottom + 25 + i * 10} class="imit-cat-tick" />
            ))}
          </g>
        ))}
        {at !== null ? (
          <line x1={first.points[at]!.x} x2={first.points[at]!.x} y1={first.top} y2={first.bottom} class="imit-cursor" />
        ) : null}
      </svg>
      <ul class="imit-line-key" aria-hidden="true">
        {LEARNERS.map((k) => (
          <li key={k}>
            <svg width="24" height="8" viewBox="0 0 24 8">
              <path d="M0,4H24" class={`imit-line imit-line-${k}`} />
            </svg>
            {NAMES[k]}
          </li>
        ))}
      </ul>
      <p class="imit-readout">{readout}</p>
    </div>
  );
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

