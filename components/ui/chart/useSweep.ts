import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a streamed sweep stands. */
export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepRunner<P> {
  /** Per point, its result once computed (undefined while pending). */
  points: (P | undefined)[];
  /** How many points are computed. */
  done: number;
  status: SweepStatus;
  /** Why the sweep stopped when status is 'failed' (a point threw), else null. */
  error: string | null;
  /** Stop after the point in progress; computed points stay (and stay cached). */
  cancel: () => void;
  /** Compute the points still missing. */
  resume: () => void;
}

/** A sweep's points computed ahead, under the key they belong to. */
export interface KnownSweep<P> {
  key: string;
  points: readonly P[];
}

const CACHE_LIMIT = 24;
// Results per sweep key (a widget's state + the sweep's settings), oldest first; partial sweeps too.
const cache = new Map<string, unknown[]>();
function remember(key: string, points: unknown[]): void {
  cache.delete(key);
  cache.set(key, points);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/** Forget every cached sweep (tests). */
export function clearSweepCache(): void {
  cache.clear();
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Run a sweep's points one after another off the render path, streaming each result as it
 * finishes and yielding to the page (a macrotask) after each, so a point should take a frame or
 * less on the main thread; asynchronous points (a worker) are awaited. A new `key` cancels the running sweep and starts the
 * new one from its cache; results are cached per key, so returning to a state shows its sweep at
 * once. `cancel` stops it; `resume` computes what is missing. With `enabled` false (a heavy
 * sweep that waits for the reader's go) nothing runs and the status is 'idle' unless cached. `runPoint(i, signal)` may use the
 * signal to abandon work in a worker. `known` is a sweep computed ahead (at build time, by the
 * same code): under its key the points are there from the first frame and nothing runs.
 * @example const sweep = useSweep(`${query}|alpha`, 20, (i) => summarise(i));
 */
export function useSweep<P>(key: string, total: number, runPoint: (index: number, signal: AbortSignal) => P | Promise<P>, enabled = true, known?: KnownSweep<P>): SweepRunner<P> {
  if (known && known.points.length === total && !cache.has(known.key)) remember(known.key, [...known.points]);
  const [state, setState] = useState<{ key: string; points: (P | undefined)[]; status: SweepStatus; error?: string }>(() => {
    const points = (cache.get(key) as (P | undefined)[] | undefined) ?? Array.from({ length: total }, () => undefined);
    // effects never run on the server, so the first frame says what the points already are
    return { key, points, status: points.every((p) => p !== undefined) ? 'done' : enabled ? 'running' : 'idle' };
  });
  const [generation, setGeneration] = useState(0);
  const run = useRef(runPoint);
  run.current = runPoint;
  const controller = useRef<AbortController | null>(null);
  // The key a reader cancelled at: a Cancel pressed before the run's effect has started (effects
  // wait for a frame) must still hold when it starts; a new key or Resume clears it.
  const cancelledAt = useRef<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    const points = [...((cache.get(key) as (P | undefined)[] | undefined) ?? Array.from({ length: total }, () => undefined))];
    const missing = points.flatMap((p, i) => (p === undefined ? [i] : []));
    if (cancelledAt.current !== key) cancelledAt.current = null;
    const held = cancelledAt.current === key;
    setState({ key, points: [...points], status: missing.length === 0 ? 'done' : held ? 'cancelled' : enabled ? 'running' : 'idle' });
    if (held || missing.length === 0 || !enabled) return () => abort.abort();
    void (async () => {
      for (const i of missing) {
        if (abort.signal.aborted) return;
        let result: P;
        try {
          result = await run.current(i, abort.signal);
        } catch (e) {
          if (abort.signal.aborted) return;
          setState({ key, points: [...points], status: 'failed', error: e instanceof Error ? e.message : String(e) });
          return;
        }
        if (abort.signal.aborted) return;
        points[i] = result;
        remember(key, [...points]);
        setState({ key, points: [...points], status: 'running' });
        await nextTask();
      }
      if (!abort.signal.aborted) setState({ key, points: [...points], status: 'done' });
    })();
    return () => abort.abort();
  }, [key, total, generation, enabled]);

  const current = state.key === key ? state : { key, points: (cache.get(key) as (P | undefined)[] | undefined) ?? Array.from({ length: total }, (): P | undefined => undefined), status: (enabled ? 'running' : 'idle') as SweepStatus };
  return {
    points: current.points,
    done: current.points.filter((p) => p !== undefined).length,
    status: current.status,
    error: 'error' in current && current.error ? current.error : null,
    cancel: () => {
      cancelledAt.current = key;
      controller.current?.abort();
      setState((s) => ({ ...s, status: s.status === 'done' || s.status === 'failed' ? s.status : 'cancelled' }));
    },
    resume: () => {
      cancelledAt.current = null;
      setGeneration((g) => g + 1);
    },
  };
}
