import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { parse } from '../../../src/state/index';
import type { SetParams } from '../../ui/useUrlState';
import { reportEvery, runConfigs, runKey, type PruningParams, type pruningSchema } from './params';
import type { Trainer, TrainerFactory, TrainerReport } from './trainer';
import { DIGIT_STRIP, GRID, type CurvePoint } from './view';

/** Where a run is: before any click, while the worker starts or replays a link, training, stopped. */
export type Status = 'idle' | 'starting' | 'downloading' | 'replaying' | 'training' | 'paused' | 'done' | 'error';

/** Fetch with byte-level progress (the asset is several MB; the reader sees it arrive). */
export async function fetchWithProgress(url: string, onProgress: (loaded: number, total: number) => void, expected = 0): Promise<ArrayBuffer> {
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

/** What useTraining needs: the instance's state and schema, and how to reach the worker and the digits. */
export interface TrainingOptions {
  params: PruningParams;
  setParams: SetParams<PruningParams>;
  /** The instance's schema (keys `<id>.<param>`): a link's step is read with it. */
  schema: typeof pruningSchema;
  createTrainer: TrainerFactory;
  fetchBytes: (url: string, onProgress: (loaded: number, total: number) => void, expected?: number) => Promise<ArrayBuffer>;
  mnistUrl: string;
  mnistBytes: number;
}

/**
 * One instance's live run: the worker is created on the first Train/Step, calls to it run one at
 * a time, a generation bump (new settings, Reset) voids pending results, a link with a step
 * replays the run to it (same seed, same batches), and the run pauses when the tab is hidden.
 * Every report sets the instance's `step`, so the link keeps the step reached.
 * Source: issue 5; spec /work/shared/specs/pruning.md.
 * @example const t = useTraining({ params, setParams, schema, createTrainer, fetchBytes, mnistUrl, mnistBytes }); t.play()
 */
export function useTraining({ params, setParams, schema, createTrainer, fetchBytes, mnistUrl, mnistBytes }: TrainingOptions) {
  const [report, setReport] = useState<TrainerReport | null>(null);
  const [history, setHistory] = useState<CurvePoint[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [playing, setPlaying] = useState(false);
  const [download, setDownload] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replayTarget, setReplayTarget] = useState(0);
  const [cursor, setCursor] = useState<number | null>(null);

  const paramsRef = useRef(params);
  paramsRef.current = params;
  const playingRef = useRef(false);
  const trainerRef = useRef<Promise<Trainer> | null>(null);
  const activeKeyRef = useRef<string | null>(null);
  const reportRef = useRef<TrainerReport | null>(null);
  const mnistRef = useRef<ArrayBuffer | null>(null);
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

  /** Change run parameters: the run starts again at step 0. */
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

  // A link with a step replays the run to it (deterministic: same seed, same batches); so does an
  // instance whose author set a step, since the instance's schema has it as its default.
  useEffect(() => {
    if (typeof location === 'undefined') return;
    const target = parse(schema, location.search).params.step;
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

  return { report, history, status, playing, download, error, replayTarget, cursor, setCursor, play, pause, step, reset, setRunParams };
}

/** What useTraining returns. */
export type Training = ReturnType<typeof useTraining>;
