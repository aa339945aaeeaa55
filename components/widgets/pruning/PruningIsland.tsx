import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
// Direct module imports (not the pruning index), so the page never bundles TensorFlow.js.
import { type PlanarDataset, MNIST_ASSET } from '@intermittent-distillations/compute/pruning/data';
import { parse, serialize } from '../../../src/state/index';
import { useUrlState } from '../../ui/useUrlState';
import { Permalink } from '../../ui/Permalink';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { pruningFigure } from './figure';
import { Slider, rangeOf } from '../../ui/Slider';
import { Select } from '../../ui/Select';
import { SeedField } from '../../ui/SeedField';
import { Issues } from '../../ui/Issues';
import { datasetDefaults, DATASETS, PRUNING_METHODS, pruningSchema, reportEvery, runConfigs, runKey, totalSteps, type PruningParams, type WidgetDataset } from './params';
import { PruningSweepPanel } from './panels/SweepPanel';
import type { Trainer, TrainerFactory, TrainerReport } from './trainer';
import { DIGIT_STRIP, GRID, formatBytes, formatPercent, type CurvePoint } from './view';
import './pruning.css';
import { Surface } from './panels/Surface';
import { useThemeVersion } from '../../ui/useThemeVersion';
import { Curves } from './panels/Curves';
import { DigitsView, MaskCanvas } from './panels/DigitsView';

const DATASET_LABELS: Record<WidgetDataset, string> = {
  moons: 'Two moons',
  circles: 'Circles',
  spirals: 'Two spirals',
  xor: 'XOR',
  blobs: 'Gaussian blobs',
  digits: 'Handwritten digits (MNIST)',
};

const METHOD_LABELS: Record<(typeof PRUNING_METHODS)[number], string> = {
  biprop: 'biprop (weights ±α)',
  'edge-popup': 'edge-popup (weights as drawn)',
  'biprop-1-1': 'MPT-1/1 (±α, binary activations)',
};

type Status = 'idle' | 'starting' | 'downloading' | 'replaying' | 'training' | 'paused' | 'done' | 'error';

/** Props of the island: the digits asset's size (measured at build time); tests inject a trainer, fetch and URL. */
export interface PruningIslandProps {
  /** bytes of the packed digits asset, shown before the reader chooses to download it */
  mnistBytes: number;
  mnistUrl?: string;
  createTrainer?: TrainerFactory;
  fetchBytes?: (url: string, onProgress: (loaded: number, total: number) => void, expected?: number) => Promise<ArrayBuffer>;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
}

const defaultFactory: TrainerFactory = async () => (await import('./workerTrainer')).createWorkerTrainer();

/** Fetch with byte-level progress (the asset is several MB; the reader sees it arrive). */
async function fetchWithProgress(url: string, onProgress: (loaded: number, total: number) => void, expected = 0): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`could not download the digits (${res.status})`);
  const total = Number(res.headers.get('content-length')) || expected;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out.buffer;
}

function pointOf(r: TrainerReport): CurvePoint {
  return {
    step: r.step,
    pruned: { accuracy: r.pruned.accuracy, loss: r.pruned.loss },
    dense: { accuracy: r.dense.accuracy, loss: r.dense.loss },
  };
}

/**
 * The pruning demo (issue 5): a random MLP whose weights are never trained — only which of them
 * to keep (biprop or edge-popup) — beside a dense network of the same shape trained the usual
 * way, on seeded 2-D sets or MNIST digits. Training runs in a Web Worker created on the first
 * Train/Step click; every setting and the step reached live in the URL, and a link replays the
 * run to that step.
 * Source: issue 5; spec /work/shared/specs/pruning.md.
 * @example <PruningIsland client:visible mnistBytes={1_340_000} />
 */
export function PruningIsland({ mnistBytes, mnistUrl = MNIST_ASSET, createTrainer = defaultFactory, fetchBytes = fetchWithProgress, path = '' }: PruningIslandProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [params, setParams, issues] = useUrlState(pruningSchema);
  const [report, setReport] = useState<TrainerReport | null>(null);
  const [history, setHistory] = useState<CurvePoint[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [playing, setPlaying] = useState(false);
  const [download, setDownload] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replayTarget, setReplayTarget] = useState(0);
  const [cursor, setCursor] = useState<number | null>(null);
  const theme = useThemeVersion();
  const accuracySvg = useRef<SVGSVGElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const paramsRef = useRef(params);
  paramsRef.current = params;
  const playingRef = useRef(false);
  const trainerRef = useRef<Promise<Trainer> | null>(null);
  const activeKeyRef = useRef<string | null>(null);
  const reportRef = useRef<TrainerReport | null>(null);
  const mnistRef = useRef<ArrayBuffer | null>(null);
  // Calls to the worker run one at a time; a generation bump (new settings, Reset) voids pending results.
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const genRef = useRef(0);

  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queueRef.current.then(task, task);
    queueRef.current = next.catch(() => undefined);
    return next;
  }, []);

  const fail = useCallback((e: unknown) => {
    playingRef.current = false;
    setPlaying(false);
    setStatus('error');
    setError(e instanceof Error ? e.message : String(e));
  }, []);

  const accept = useCallback((r: TrainerReport, gen: number, fresh: boolean) => {
    if (gen !== genRef.current) return false;
    reportRef.current = r;
    setReport(r);
    setHistory((h) => (fresh ? [pointOf(r)] : h.length > 0 && h[h.length - 1]!.step === r.step ? h : [...h, pointOf(r)]));
    setParams({ step: r.step });
    return true;
  }, [setParams]);

  /** Make sure the worker exists and holds the run the current settings describe. */
  const ensureRun = useCallback(async (gen: number): Promise<boolean> => {
    const p = paramsRef.current;
    const key = runKey(p);
    if (activeKeyRef.current === key && reportRef.current) return true;
    if (!trainerRef.current) {
      setStatus('starting');
      trainerRef.current = createTrainer();
    }
    const trainer = await trainerRef.current;
    const configs = runConfigs(p);
    let mnist: ArrayBuffer | undefined;
    if (p.dataset === 'digits') {
      if (!mnistRef.current) {
        setStatus('downloading');
        setDownload({ loaded: 0, total: mnistBytes });
        mnistRef.current = await fetchBytes(mnistUrl, (loaded, total) => setDownload({ loaded, total }), mnistBytes);
      }
      // the worker takes a copy (transferred), the page keeps its own for the next run
      mnist = mnistRef.current.slice(0);
    }
    if (gen !== genRef.current) return false;
    setStatus('starting');
    const r = await trainer.setup({ ...configs, gridSize: GRID, predictions: DIGIT_STRIP, mnist });
    if (!accept(r, gen, true)) return false;
    activeKeyRef.current = key;
    return true;
  }, [accept, createTrainer, fetchBytes, mnistUrl, mnistBytes]);

  const trainBy = useCallback(async (n: number, gen: number): Promise<boolean> => {
    const trainer = await trainerRef.current!;
    const r = await trainer.train(n);
    return accept(r, gen, false);
  }, [accept]);

  const play = useCallback(() => {
    const gen = genRef.current;
    playingRef.current = true;
    setPlaying(true);
    setError(null);
    void enqueue(async () => {
      if (!(await ensureRun(gen))) return;
      setStatus('training');
      while (playingRef.current && gen === genRef.current) {
        const r = reportRef.current!;
        if (r.step >= r.totalSteps) break;
        const every = reportEvery(paramsRef.current.dataset);
        if (!(await trainBy(every - (r.step % every), gen))) return;
      }
      if (gen !== genRef.current) return;
      const r = reportRef.current!;
      playingRef.current = false;
      setPlaying(false);
      setStatus(r.step >= r.totalSteps ? 'done' : 'paused');
    }).catch(fail);
  }, [enqueue, ensureRun, trainBy, fail]);

  const pause = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
  }, []);

  const step = useCallback(() => {
    const gen = genRef.current;
    setError(null);
    void enqueue(async () => {
      if (!(await ensureRun(gen))) return;
      const r = reportRef.current!;
      if (r.step < r.totalSteps && !(await trainBy(1, gen))) return;
      const now = reportRef.current!;
      setStatus(now.step >= now.totalSteps ? 'done' : 'paused');
    }).catch(fail);
  }, [enqueue, ensureRun, trainBy, fail]);

  /** Void the current run: the next Train/Step starts the settings' run from step 0. */
  const invalidate = useCallback(() => {
    genRef.current++;
    playingRef.current = false;
    setPlaying(false);
    activeKeyRef.current = null;
    reportRef.current = null;
    setReport(null);
    setHistory([]);
    setCursor(null);
    setReplayTarget(0);
    setError(null);
    setStatus('idle');
  }, []);

  const setRunParams = useCallback((patch: Partial<PruningParams>) => {
    invalidate();
    setParams({ ...patch, step: 0 });
  }, [invalidate, setParams]);

  const reset = useCallback(() => {
    const hadRun = reportRef.current !== null;
    invalidate();
    setParams({ step: 0 });
    if (!hadRun) return;
    const gen = genRef.current;
    void enqueue(async () => {
      if (await ensureRun(gen)) setStatus('paused');
    }).catch(fail);
  }, [invalidate, setParams, enqueue, ensureRun, fail]);

  // A link with a step replays the run to it (deterministic: same seed, same batches).
  useEffect(() => {
    if (typeof location === 'undefined') return;
    const target = parse(pruningSchema, location.search).params.step;
    if (target <= 0) return;
    const gen = genRef.current;
    setReplayTarget(target);
    void enqueue(async () => {
      if (!(await ensureRun(gen))) return;
      setStatus('replaying');
      while (gen === genRef.current) {
        const r = reportRef.current!;
        const goal = Math.min(target, r.totalSteps);
        if (r.step >= goal) break;
        const every = reportEvery(paramsRef.current.dataset);
        if (!(await trainBy(Math.min(goal - r.step, every - (r.step % every)), gen))) return;
      }
      if (gen !== genRef.current) return;
      setReplayTarget(0);
      const r = reportRef.current!;
      setStatus(r.step >= r.totalSteps ? 'done' : 'paused');
    }).catch(fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  // Pause when the tab is hidden: nobody is watching, and the worker would keep a core busy.
  useEffect(() => {
    if (!playing || typeof document === 'undefined') return;
    const onVisibility = () => {
      if (document.hidden) pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [playing, pause]);

  useEffect(
    () => () => {
      genRef.current++;
      playingRef.current = false;
      void trainerRef.current?.then((t) => t.dispose());
    },
    [],
  );


  const planar = params.dataset !== 'digits';
  const busy = status === 'starting' || status === 'downloading' || status === 'replaying';
  const done = report !== null && report.step >= report.totalSteps;
  const total = report?.totalSteps ?? totalSteps(params);
  const methodName = params.method;

  const statusText =
    status === 'error'
      ? `Training stopped: ${error ?? 'unknown error'}.`
      : status === 'starting'
        ? 'Starting the training worker…'
        : status === 'downloading'
          ? `Downloading the digits: ${formatBytes(download?.loaded)} of ${formatBytes(download?.total)}…`
          : status === 'replaying'
            ? `Replaying to step ${replayTarget}…`
            : report
              ? `Step ${report.step} of ${report.totalSteps}${done ? ' (finished)' : ''}. Test accuracy: pruned (${methodName}) ${formatPercent(report.pruned.accuracy)}, dense ${formatPercent(report.dense.accuracy)}.`
              : params.step > 0
                ? `Replaying to step ${params.step}…`
                : `Not trained yet. Press Train to start${planar ? '' : ` (downloads the digits, ${formatBytes(mnistBytes)})`}.`;

  const layers = report?.masks.layers ?? [];
  return (
    <div class="prune" ref={rootRef}>
      <div class="prune-controls">
        <Issues issues={issues} />
        <div class="prune-grid-controls">
          <Select
            label="Dataset"
            value={params.dataset}
            options={DATASETS.map((d) => ({ value: d, label: DATASET_LABELS[d] }))}
            onChange={(dataset) => setRunParams(datasetDefaults(dataset))}
            hint={planar ? undefined : `Training downloads ${formatBytes(mnistBytes)} of digits.`}
          />
          <Select
            label="Method"
            value={params.method}
            options={PRUNING_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
            hint="biprop: each kept weight becomes its sign times α, the layer’s mean kept |w|."
            onChange={(method) => setRunParams({ method })}
          />
          <Slider
            label="Width (units per hidden layer)"
            value={params.width}
            {...rangeOf(pruningSchema.fields.width)}
            log
            onChange={(width) => setRunParams({ width })}
          />
          <Slider
            label="Depth (hidden layers)"
            value={params.depth}
            {...rangeOf(pruningSchema.fields.depth)}
            onChange={(depth) => setRunParams({ depth })}
          />
          <Slider
            label="Kept fraction k"
            value={params.keep}
            {...rangeOf(pruningSchema.fields.keep)}
            format={(v) => `${Math.round(v * 100)}%`}
            onChange={(keep) => setRunParams({ keep })}
          />
          <Select
            label="Initialisation"
            value={params.init}
            options={[
              { value: 'kaiming-normal', label: 'Kaiming normal' },
              { value: 'signed-constant', label: 'Signed Kaiming constant' },
            ]}
            onChange={(init) => setRunParams({ init })}
          />
          <Slider
            label="Learning rate (scores)"
            value={params.lr}
            {...rangeOf(pruningSchema.fields.lr)}
            log
            onChange={(lr) => setRunParams({ lr })}
          />
          <SeedField value={params.seed} onChange={(seed) => setRunParams({ seed })} />
        </div>
        <div class="prune-run" role="group" aria-label="Run controls">
          <button type="button" class="ui-button" aria-pressed={playing ? 'true' : 'false'} disabled={done || status === 'replaying'} onClick={() => (playing ? pause() : play())}>
            <span aria-hidden="true" class="ui-icon">
              {playing ? '❚❚' : '▶'}
            </span>{' '}
            Train
          </button>
          <button type="button" class="ui-button" disabled={playing || done || busy} onClick={step}>
            Step
          </button>
          <button type="button" class="ui-button" disabled={busy && status !== 'replaying'} onClick={reset}>
            Reset
          </button>
          <span class="prune-backend">
            Backend: <strong class="prune-backend-name">{report ? report.backend : 'not loaded yet'}</strong>
            {report?.backendNote ? ` (${report.backendNote})` : ''}
          </span>
        </div>
      </div>
      <p class="prune-headline" aria-live="polite">
        {statusText}
      </p>
      {status === 'downloading' && download ? (
        <progress class="prune-progress" max={download.total} value={download.loaded} aria-label="Digits download" />
      ) : null}
      <p class="prune-trained">
        The pruned network’s weights were drawn at random and are never changed; only which ones to keep is learned. Weights changed:{' '}
        <strong class="prune-check">{report ? (report.weightsChanged.pruned ? 'yes' : 'no') : 'no (not trained yet)'}</strong>
        {report ? <> (the dense baseline trains its weights: changed {report.weightsChanged.dense ? 'yes' : 'no'}).</> : '.'}
      </p>
      <div class="prune-pair">
        {planar ? (
          <>
            <Surface title={`Pruned (${methodName}, k ${Math.round(params.keep * 100)}%)`} grid={report?.pruned.grid ?? null} dataset={params.dataset as PlanarDataset} seed={params.seed} id={`${id}-sp`} theme={theme} />
            <Surface title="Dense baseline (weights trained)" grid={report?.dense.grid ?? null} dataset={params.dataset as PlanarDataset} seed={params.seed} id={`${id}-sd`} theme={theme} />
          </>
        ) : (
          <DigitsView report={report} />
        )}
      </div>
      {planar ? (
        <p class="prune-key">
          <span class="prune-swatch prune-c0" aria-hidden="true" /> class 0 <span class="prune-swatch prune-c1" aria-hidden="true" /> class 1; dots train, squares test; shading is the
          network’s confidence.
        </p>
      ) : null}
      <div class="prune-curves">
        <Curves history={history} total={total} metric="accuracy" cursor={cursor} setCursor={setCursor} svgRef={accuracySvg} />
        <Curves history={history} total={total} metric="loss" cursor={cursor} setCursor={setCursor} svgRef={lossSvg} />
      </div>
      <ul class="prune-line-key" aria-hidden="true">
        <li>
          <svg width="24" height="8" viewBox="0 0 24 8">
            <path d="M0,4H24" class="prune-line prune-line-pruned" />
          </svg>
          pruned ({methodName})
        </li>
        <li>
          <svg width="24" height="8" viewBox="0 0 24 8">
            <path d="M0,4H24" class="prune-line prune-line-dense" />
          </svg>
          dense baseline
        </li>
      </ul>
      <div class="prune-masks">
        <p class="prune-sub">Masks of the pruned network (one pixel per weight, dark = kept; rows are inputs, the last row the bias)</p>
        {layers.length === 0 ? (
          <p class="prune-muted">The masks appear when training starts.</p>
        ) : (
          <ul>
            {layers.map((l, i) => (
              <li key={i}>
                <MaskCanvas
                  pixels={report?.maskImages[i]}
                  shape={l.shape}
                  label={`Layer ${i + 1} mask, ${l.shape[0]} × ${l.shape[1]}, ${formatPercent(l.keptFraction)} kept`}
                />
                <span>
                  Layer {i + 1} ({l.shape[0]}×{l.shape[1]}): {formatPercent(l.keptFraction)} kept
                  {l.alpha !== null && Number.isFinite(l.alpha) ? `, α = ${l.alpha.toPrecision(3)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <PruningSweepPanel params={params} setRunParams={setRunParams} />
      <FigureMenu figure={pruningFigure({ path, query: serialize(pruningSchema, params, ''), params, history, accuracy: accuracySvg, loss: lossSvg, root: rootRef })} />
      <Permalink class="prune-permalink" path={path} query={serialize(pruningSchema, params, '')} />
    </div>
  );
}
