import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { evaluateScenario, parseFraction, PRESETS, SCENARIO_DEFAULTS, type PresetName, type PriorsResult, type RuleKind } from '@intermittent-distillations/compute/priors';
import { roundToStep } from '../../../src/state/roundToStep';
import { serialize } from '../../../src/state/serialize';
import { Issues } from '../../ui/Issues';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { Slider } from '../../ui/Slider';
import { Toggle } from '../../ui/Toggle';
import { useUrlState } from '../../ui/useUrlState';
import { Permalink } from '../../ui/Permalink';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { priorsFigure } from './figure';
import {
  FTP_MAX,
  FTP_MIN,
  matchingPreset,
  presetParams,
  priorsSchema,
  RULE_KINDS,
  scenarioFromParams,
  SHOW_PARAM,
  WEIGHT_PARAM,
  type CurveId,
  type PriorsParams,
} from './params';
import { PriorsSweepPanel } from './panels/SweepPanel';
import { chartGeometry, formatOneIn, formatPercent, formatSpend, parseSpend, yearAtX, type SeriesInput } from './view';
import './priors.css';

/** Reader-facing names of the rules, in table order. */
export const RULE_LABELS: Record<RuleKind, string> = {
  calendar: 'Calendar year',
  researcher: 'Researcher-year',
  compute: 'Compute (X)',
  lifetime: 'Lifetime anchor',
  evolution: 'Evolutionary anchor',
  'log-uniform': 'Log-uniform compute',
  impossible: 'AGI impossible',
};
const CURVE_LABELS: Record<CurveId, string> = { combined: 'Combined', static: 'Static weights', laplace: 'Laplace (ftp 1/2)', ...RULE_LABELS };
const CURVE_ORDER: CurveId[] = ['combined', 'static', 'laplace', ...RULE_KINDS];
const PRESET_LABELS: Record<PresetName, string> = { low: 'Low', central: 'Central', high: 'High' };
const SPEND_CHOICES = [100, 1000, 100000] as const;

// The note's "4%" is the calendar rule at its central inputs; computed, so the caption can't drift from the model.
const centralCalendar = PRESETS.central.find((r) => r.kind === 'calendar')!;
const NOTE_CALENDAR = evaluateScenario({ ...SCENARIO_DEFAULTS, rules: [{ ...centralCalendar, weight: 1 }] }).probability;
const CENTRAL_PRESET = evaluateScenario({ ...SCENARIO_DEFAULTS, rules: [...PRESETS.central] }).probability;

const FTP_SLIDER_STEP = 1e-9;
/** Slider ftp values near 1/N snap to 1/N (within a third of a slider step), so links read "1/302". */
function snapFtp(v: number): number {
  const n = Math.round(1 / v);
  return n >= 2 && Math.abs(n * v - 1) <= 0.0025 ? 1 / n : v;
}
const formatFtpSlider = (v: number) => `1/${Number((1 / v).toPrecision(4))}`;

/** Typed ftp: the model's own fraction parser, then the slider's range; messages say what is expected. */
export function parseFtpText(text: string): number {
  let v: number;
  try {
    v = parseFraction(text, 'a first-trial probability');
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/^parseFraction:\s*/, '') : 'not understood';
    throw new Error(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
  }
  if (v < FTP_MIN || v > FTP_MAX) throw new Error(`Expected a first-trial probability from 1/3000 to 1/2, received "${text}".`);
  return v;
}

function probabilityOrNull(run: () => PriorsResult): number | null {
  try {
    return run().probability;
  } catch {
    return null;
  }
}
const formatOther = (p: number | null) => (p === null ? 'no figure (its calibration has no solution for these inputs)' : formatPercent(p));

const pct1 = (v: number) => `${Number((v * 100).toFixed(1))}%`;
const yearsOf = (r: PriorsResult) => ({ first: r.from, last: r.curve.at(-1)?.year ?? 2100 });

export interface PriorsIslandProps {
  /** Page path (for the permalink), e.g. "/notes/report-on-semi-informative-priors/". */
  path: string;
  title?: string;
}

/**
 * The semi-informative priors calculator: the report web tool's inputs, the per-rule table, the
 * combined probability (updated and static), cumulative curves to 2100 with a keyboard cursor.
 * @example <PriorsIsland path="/notes/report-on-semi-informative-priors/" />
 */
export function PriorsIsland({ path, title = 'Semi-informative priors calculator' }: PriorsIslandProps) {
  const [params, setParams, issues] = useUrlState(priorsSchema);
  const uid = useId();
  const chartSvg = useRef<SVGSVGElement>(null);
  const lastGood = useRef<{ result: PriorsResult; other: { increment: number | null; evolution: number | null } } | null>(null);

  const computed = useMemo(() => {
    try {
      const { scenario, notes } = scenarioFromParams(params);
      const result = evaluateScenario(scenario);
      // The comparisons may fail where the main figure doesn't (a calibration solvable at 0.01%
      // trials may not be at 1%), so each falls back on its own.
      const otherIncrement = probabilityOrNull(() => evaluateScenario({ ...scenario, increment: scenario.increment === 0.01 ? 0.0001 : 0.01 }));
      const otherEvolution = probabilityOrNull(() => evaluateScenario({ ...scenario, evolutionUpdate: scenario.evolutionUpdate === 'report' ? 'strict' : 'report' }));
      lastGood.current = { result, other: { increment: otherIncrement, evolution: otherEvolution } };
      return { ...lastGood.current, notes, error: null as string | null };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (!lastGood.current) throw e;
      return { ...lastGood.current, notes: [] as string[], error };
    }
  }, [params]);
  const { result, other, notes, error } = computed;

  const set = (patch: Partial<PriorsParams>) => setParams(patch);
  const preset = matchingPreset(params);
  const visible = CURVE_ORDER.filter((id) => params[SHOW_PARAM[id]]);

  // Chart width follows its container (server render: 640 px, the note column).
  const chartBox = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = chartBox.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const height = width < 480 ? 260 : 320;

  const [cursor, setCursor] = useState<number | null>(null);
  const years = yearsOf(result);
  const cursorYear = Math.min(years.last, Math.max(years.first, cursor ?? result.to));
  const seriesOf = (id: CurveId): SeriesInput => {
    const points = id === 'combined' ? result.curve : id === 'static' ? result.staticCurve : id === 'laplace' ? result.laplace.curve : (result.rules.find((r) => r.kind === id)?.curve ?? []);
    return { id, label: CURVE_LABELS[id], points };
  };
  const geometry = chartGeometry(visible.map(seriesOf), { width, height }, cursorYear);
  const readout = geometry.cursor?.values.map((v) => `${v.label} ${v.text}`).join(', ') ?? '';

  const onChartKey = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    let next: number | null = null;
    if (e.key in step) next = cursorYear + step[e.key]!;
    else if (e.key === 'Home') next = years.first;
    else if (e.key === 'End') next = years.last;
    if (next === null) return;
    e.preventDefault();
    setCursor(Math.min(years.last, Math.max(years.first, next)));
  };
  const onPointer = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const rect = svg.getBoundingClientRect();
    if (!(rect.width > 0)) return;
    setCursor(yearAtX(geometry, ((e.clientX - rect.left) * geometry.width) / rect.width));
  };

  const query = serialize(priorsSchema, params, '');
  const combinedEp = result.rules.find((r) => r.kind === 'calendar')?.expectedProbabilityNow ?? null;
  const incrementLabel = params.increment === '0.01' ? '1%' : '0.01%';
  const otherIncrementLabel = params.increment === '0.01' ? '0.01% (the report)' : '1% (aipriors.com)';

  return (
    <section class="priors" aria-labelledby={`${uid}-title`}>
      <p class="priors-title" id={`${uid}-title`}>
        {title}
      </p>
      <Issues issues={issues} />
      {notes.length > 0 || error ? (
        <ul class="priors-notes" role="status">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          {error ? <li>{error} Showing the last result that worked.</li> : null}
        </ul>
      ) : null}

      <div class="priors-presets priors-no-print" role="group" aria-label="Presets">
        <span class="priors-presets-label" aria-hidden="true">
          Preset:
        </span>
        {(['low', 'central', 'high'] as const).map((name) => (
          <button key={name} type="button" class="ui-button" aria-pressed={preset === name ? 'true' : 'false'} onClick={() => set(presetParams(name))}>
            {PRESET_LABELS[name]}
          </button>
        ))}
        {preset === null ? <span class="priors-custom">(custom)</span> : null}
      </div>

      <div class="priors-headline">
        <p aria-live="polite" aria-atomic="true" data-testid="priors-headline">
          pr(AGI by the end of {result.to} | none by the end of {result.from}): <strong class="priors-big">{formatPercent(result.probability)}</strong>
        </p>
        <p class="priors-aside">
          Static weights: <strong data-testid="priors-static">{formatPercent(result.staticProbability)}</strong>
          <span class="priors-sep"> · </span>
          Laplace’s rule (ftp 1/2): <strong data-testid="priors-laplace">{formatPercent(result.laplace.probability)}</strong>, the baseline the note calls absurd
          <span class="priors-sep"> · </span>
          E(p) now, calendar rule: <strong>{formatOneIn(combinedEp)}</strong> per year
        </p>
      </div>

      <figure class="priors-figure">
        <div class="priors-chart" ref={chartBox}>
          <div
            class="priors-cursor-target"
            role="slider"
            tabindex={0}
            aria-label="Year cursor on the cumulative probability chart"
            aria-valuemin={years.first}
            aria-valuemax={years.last}
            aria-valuenow={cursorYear}
            aria-valuetext={`${cursorYear}: ${readout}`}
            onKeyDown={onChartKey}
          >
            <svg
              ref={chartSvg}
              viewBox={`0 0 ${geometry.width} ${geometry.height}`}
              width={geometry.width}
              height={geometry.height}
              aria-hidden="true"
              onPointerMove={onPointer}
              onPointerDown={onPointer}
            >
              {geometry.yTicks.map((t) => (
                <g key={`y${t.label}`} class="priors-grid">
                  <line x1={geometry.plot.left} x2={geometry.plot.right} y1={t.y} y2={t.y} />
                  <text x={geometry.plot.left - 6} y={t.y} dy="0.32em" text-anchor="end">
                    {t.label}
                  </text>
                </g>
              ))}
              {geometry.xTicks.map((t) => (
                <g key={`x${t.label}`} class="priors-axis">
                  <line x1={t.x} x2={t.x} y1={geometry.plot.bottom} y2={geometry.plot.bottom + 5} />
                  <text x={t.x} y={geometry.plot.bottom + 18} text-anchor="middle">
                    {t.label}
                  </text>
                </g>
              ))}
              <line class="priors-baseline" x1={geometry.plot.left} x2={geometry.plot.right} y1={geometry.plot.bottom} y2={geometry.plot.bottom} />
              {geometry.lines.map((l) => (
                <path key={l.id} class={`priors-line priors-c-${l.id}`} d={l.d} />
              ))}
              {geometry.cursor ? (
                <g class="priors-cursor">
                  <line x1={geometry.cursor.x} x2={geometry.cursor.x} y1={geometry.plot.top} y2={geometry.plot.bottom} />
                  {geometry.cursor.values.map((v) => (
                    <circle key={v.id} class={`priors-dot priors-c-${v.id}`} cx={geometry.cursor!.x} cy={v.y} r={3.5} />
                  ))}
                </g>
              ) : null}
            </svg>
          </div>
        </div>
        <figcaption>
          <p class="priors-readout" data-testid="priors-readout">
            <strong>{cursorYear}</strong>
            {geometry.cursor?.values.length ? ': ' : ': no curve shown'}
            {geometry.cursor?.values.map((v, i) => (
              <span key={v.id}>
                {i > 0 ? ', ' : ''}
                <span class={`priors-key priors-c-${v.id}`} aria-hidden="true" />
                {v.label} {v.text}
              </span>
            ))}
          </p>
          <p class="priors-hint">
            P(AGI by the end of each year | none by the end of {result.from}). Hover over the chart, or focus it and use the arrow keys (Page Up/Down: 10 years, Home/End) to read every shown curve in a year.
          </p>
        </figcaption>
        <fieldset class="priors-toggles priors-no-print">
          <legend>Curves</legend>
          {CURVE_ORDER.map((id) => (
            <Toggle
              key={id}
              label={
                <>
                  <svg class="priors-swatch" viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
                    <line class={`priors-line priors-c-${id}`} x1="1" x2="23" y1="5" y2="5" />
                  </svg>{' '}
                  {CURVE_LABELS[id]}
                </>
              }
              checked={params[SHOW_PARAM[id]]}
              onChange={(on) => set({ [SHOW_PARAM[id]]: on } as Partial<PriorsParams>)}
            />
          ))}
        </fieldset>
      </figure>

      <PriorsSweepPanel params={params} set={set} />

      <p class="priors-table-caption" id={`${uid}-table`}>
        Each rule, updated on no AGI by the end of {result.from} ({incrementLabel} trials, {params.evolution} evolution convention):
      </p>
      <div class="priors-table-wrap" role="region" aria-label="Rules table" tabindex={0}>
        <table class="priors-table" aria-labelledby={`${uid}-table`}>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">pr(AGI by {result.to})</th>
              <th scope="col">Initial weight</th>
              <th scope="col">Normalised</th>
              <th scope="col">Weight at {result.from}</th>
              <th scope="col">E(p) per trial now</th>
            </tr>
          </thead>
          <tbody>
            {result.rules.map((r) => (
              <tr key={r.kind} data-rule={r.kind}>
                <th scope="row">{RULE_LABELS[r.kind]}</th>
                <td data-testid={`priors-p-${r.kind}`}>{formatPercent(r.probability)}</td>
                <td>{Number.isFinite(r.initialWeight) ? r.initialWeight.toFixed(2) : '–'}</td>
                <td>{formatPercent(r.normalisedWeight)}</td>
                <td>{formatPercent(r.weightAtFrom)}</td>
                <td>{formatOneIn(r.expectedProbabilityNow)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Combined</th>
              <td>{formatPercent(result.probability)}</td>
              <td colSpan={4}>updated weights</td>
            </tr>
            <tr>
              <th scope="row">Static</th>
              <td>{formatPercent(result.staticProbability)}</td>
              <td colSpan={4}>initial weights, no update</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <div class="priors-controls priors-no-print">
        <fieldset>
          <legend>Years</legend>
          <Slider label="Rule out AGI before the end of" value={params.from} min={2020} max={2099} step={1} onChange={(from) => set({ from, ...(params.to < from ? { to: from } : {}) })} />
          <Slider label="Target year" value={Math.max(params.to, params.from)} min={params.from} max={2100} step={1} onChange={(to) => set({ to })} />
        </fieldset>
        <fieldset>
          <legend>Calendar prior</legend>
          <Slider
            label="First-trial probability (log scale)"
            value={params.ftp}
            min={FTP_MIN}
            max={FTP_MAX}
            step={FTP_SLIDER_STEP}
            log
            format={formatFtpSlider}
            onChange={(v) => set({ ftp: snapFtp(roundToStep(v, FTP_MIN, FTP_MAX, FTP_SLIDER_STEP)) })}
          />
          <NumberField label="First-trial probability, typed" value={params.ftp} parse={parseFtpText} format={priorsSchema.fields.ftp.format} inputMode="text" hint="A fraction such as 1/300 or a decimal, from 1/3000 to 1/2." onChange={(ftp) => set({ ftp })} />
          <Slider label="Virtual successes" value={params.vs} min={0.1} max={10} step={0.1} log onChange={(vs) => set({ vs })} />
          <Slider label="Regime start (calendar and researcher rules)" value={Math.min(params.start, params.from)} min={1900} max={params.from} step={1} onChange={(start) => set({ start })} />
        </fieldset>
        <fieldset>
          <legend>Growth and compute</legend>
          <Slider label="g_exp: researcher growth after 2036" value={params.gExp} min={0.01} max={0.3} step={0.001} format={pct1} onChange={(gExp) => set({ gExp })} />
          <Slider label="g_act: researcher growth to 2036" value={params.gAct} min={0.01} max={0.3} step={0.001} format={pct1} onChange={(gAct) => set({ gAct })} />
          <Slider label="X: compute doublings worth one researcher doubling" value={params.X} min={1} max={20} step={0.5} onChange={(X) => set({ X })} />
          <div class="priors-spend" role="group" aria-labelledby={`${uid}-spend`}>
            <span class="ui-label" id={`${uid}-spend`}>
              Largest training spend in 2036 (S₂₀₃₆)
            </span>
            <div class="priors-spend-buttons">
              {SPEND_CHOICES.map((m) => (
                <button key={m} type="button" class="ui-button" aria-pressed={params.spendM === m ? 'true' : 'false'} onClick={() => set({ spendM: m })}>
                  {formatSpend(m)}
                </button>
              ))}
            </div>
            <NumberField label="S₂₀₃₆, typed" value={params.spendM} parse={parseSpend} format={formatSpend} inputMode="text" hint="Conservative $100M, central $1B, aggressive $100B; any amount above $5.02M." onChange={(spendM) => set({ spendM })} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Initial weights</legend>
          {RULE_KINDS.map((kind) => (
            <Slider key={kind} label={RULE_LABELS[kind]} value={params[WEIGHT_PARAM[kind]]} min={0} max={1} step={0.01} format={(v) => v.toFixed(2)} onChange={(w) => set({ [WEIGHT_PARAM[kind]]: w } as Partial<PriorsParams>)} />
          ))}
          <p class="ui-hint">Weights are normalised; all zero means equal weights.</p>
        </fieldset>
        <fieldset>
          <legend>Model</legend>
          <Select
            label="Trial increment (researcher and compute rules)"
            value={params.increment}
            options={[
              { value: '0.0001', label: '0.01% (report)' },
              { value: '0.01', label: '1% (aipriors.com)' },
            ]}
            onChange={(increment) => set({ increment })}
          />
          <Select
            label="Evolution-weight convention"
            value={params.evolution}
            options={[
              { value: 'report', label: 'Report (as published)' },
              { value: 'strict', label: 'Strict Bayesian update' },
            ]}
            onChange={(evolution) => set({ evolution })}
          />
        </fieldset>
      </div>

      <details class="priors-details">
        <summary>Why these numbers may differ from ones you know</summary>
        <ul>
          <li>
            The note’s “4%” is one rule, calendar years with ftp 1/300, vs 1 and start 1956, from 2020 to 2036: exactly <strong data-testid="priors-note-calendar">{formatPercent(NOTE_CALENDAR)}</strong>. The report’s
            all-things-considered central figure weighs several rules and the chance that AGI is impossible: the Central preset gives {formatPercent(CENTRAL_PRESET)} (published: 7.5%).
          </li>
          <li>
            Trials: the report counts researcher and compute trials as 0.01% increases; aipriors.com uses 1% for speed. This scenario with {otherIncrementLabel} trials gives{' '}
            <strong data-testid="priors-other-increment">{formatOther(other.increment)}</strong> instead of {formatPercent(result.probability)}. Calendar-year results do not depend on it.
          </li>
          <li>
            Evolution weight: the report’s code never updates the evolutionary anchor’s weight for the compute trials between 10²¹ FLOP and 2020 (it treats that rule as having seen no failures yet);
            the published central 7.5% depends on it. With the {params.evolution === 'report' ? 'strict Bayesian update' : 'report’s convention'} this scenario gives{' '}
            <strong data-testid="priors-other-evolution">{formatOther(other.evolution)}</strong>.
          </li>
        </ul>
      </details>

      <FigureMenu figure={priorsFigure({ path, query, title, params, result, chart: chartSvg, labels: CURVE_LABELS })} />
      <Permalink class="priors-permalink" path={path} query={query} testId="priors-permalink" />
    </section>
  );
}
