import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SetParams } from '../../ui/useUrlState';
import type { Frame } from './frames';
import { parse } from '../../../src/state/index';
import { runConfig, runKey, tangentSchema, type TangentParams } from './params';
import type { Trainer, TrainerFactory } from './trainer';

/** Where the run on the left stands. */
export type RunStatus = 'idle' | 'starting' | 'replaying' | 'training' | 'paused' | 'done' | 'error';

/** Milliseconds of training per worker call while playing: about 15 frames a second. */
export const FRAME_BUDGET_MS = 60;

/** How long settings must rest before a new network is set up. */
export const SETTLE_MS = 200;

/**
 * The run on the left: a worker trainer created on first use, its frames, and play / pause / step /
 * reset. Calls run one at a time; a generation number voids results of a superseded run. A link
 * with `step` replays to that step; new settings show their step-0 frame at once.
 * @example const run = useRun(params, setParams, factory, initialFrame); run.play()
 */
export function useRun(params: TangentParams, setParams: SetParams<TangentParams>, createTrainer: TrainerFactory, initial: { key: string; frame: Frame }) {
  const [frame, setFrame] = useState<Frame | null>(initial.frame);
  const [status, setStatus] = useState<RunStatus>('idle');
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replayTarget, setReplayTarget] = useState(0);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const trainerRef = useRef<Promise<Trainer> | null>(null);
  const activeRef = useRef<string | null>(null);
  const frameRef = useRef<Frame | null>(initial.frame);
  const playingRef = useRef(false);
  const genRef = useRef(0);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(<T,>(task: () => Promise<T>) => {
    const next = queueRef.current.then(task, task);
    queueRef.current = next.catch(() => undefined);
    return next;
  }, []);
  const trainer = useCallback(() => (trainerRef.current ??= createTrainer()), [createTrainer]);
  const show = useCallback((f: Frame, gen: number) => {
    if (gen !== genRef.current) return false;
    frameRef.current = f;
    setFrame(f);
    setParams({ step: f.step });
    return true;
  }, [setParams]);
  const fail = useCallback((e: unknown) => {
    playingRef.current = false;
    setPlaying(false);
    setStatus('error');
    setError(e instanceof Error ? e.message : String(e));
  }, []);

  const ensure = useCallback(async (gen: number, given?: TangentParams) => {
    const p = given ?? paramsRef.current;
    const key = runKey(p);
    if (activeRef.current === key) return gen === genRef.current;
    setStatus('starting');
    const f = await (await trainer()).setup(runConfig(p), p.steps);
    if (!show(f, gen)) return false;
    activeRef.current = key;
    return true;
  }, [trainer, show]);

  /** Once stopped, fill in the tickets a large network's frames skip while training. */
  const settle = useCallback(async (gen: number) => {
    const f = frameRef.current;
    if (!f || gen !== genRef.current) return;
    setStatus(f.step >= f.totalSteps ? 'done' : f.step === 0 ? 'idle' : 'paused');
    if (f.ticket === null && f.step > 0) {
      const ticket = await (await trainer()).tickets();
      if (gen === genRef.current && frameRef.current === f) show({ ...f, ticket }, gen);
    }
  }, [trainer, show]);

  const play = useCallback(() => {
    const gen = genRef.current;
    playingRef.current = true;
    setPlaying(true);
    setError(null);
    void enqueue(async () => {
      if (!(await ensure(gen))) return;
      setStatus('training');
      while (playingRef.current && gen === genRef.current && frameRef.current!.step < frameRef.current!.totalSteps) {
        const f = frameRef.current!;
        if (!show(await (await trainer()).advance(f.totalSteps - f.step, FRAME_BUDGET_MS), gen)) return;
      }
      if (gen !== genRef.current) return;
      playingRef.current = false;
      setPlaying(false);
      await settle(gen);
    }).catch(fail);
  }, [enqueue, ensure, trainer, show, settle, fail]);

  const pause = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
  }, []);

  const stepOnce = useCallback((n = 1, replay = false, given?: TangentParams) => {
    const gen = genRef.current;
    setError(null);
    void enqueue(async () => {
      if (!(await ensure(gen, given))) return;
      if (replay) {
        setStatus('replaying');
        setReplayTarget(n);
      }
      // a replay shows its progress frame by frame; the worker stops at the schedule's end
      const goal = Math.min(frameRef.current!.step + n, frameRef.current!.totalSteps);
      while (frameRef.current!.step < goal) {
        const f = frameRef.current!;
        if (!show(await (await trainer()).advance(goal - f.step, FRAME_BUDGET_MS), gen)) return;
      }
      await settle(gen);
    }).catch(fail);
  }, [enqueue, ensure, trainer, show, settle, fail]);

  /** Void the current run; the settings' step-0 frame is fetched once the settings rest (a dragged slider sets up one network, not fifty). */
  const restartTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restart = useCallback(() => {
    clearTimeout(restartTimer.current);
    genRef.current++;
    playingRef.current = false;
    setPlaying(false);
    activeRef.current = null;
    setError(null);
    setParams({ step: 0 });
    const key = runKey(paramsRef.current);
    if (key === initial.key) {
      frameRef.current = initial.frame;
      setFrame(initial.frame);
      activeRef.current = null;
      setStatus('idle');
      return;
    }
    frameRef.current = null;
    setFrame(null);
    restartTimer.current = setTimeout(() => stepOnce(0), SETTLE_MS);
  }, [initial, setParams, stepOnce]);

  // A link's settings, read from the URL itself on mount (the hook's params may still be the
  // defaults): replay to its step, or show its step-0 frame. Later setting changes restart the run.
  const mountedKey = useRef<string | null>(null);
  useEffect(() => {
    if (mountedKey.current === null) {
      const linked = typeof location === 'undefined' ? params : parse(tangentSchema, location.search).params;
      mountedKey.current = runKey(linked);
      if (mountedKey.current !== initial.key) {
        // the build's frame belongs to other settings: show none rather than a wrong one
        frameRef.current = null;
        setFrame(null);
      }
      if (linked.step > 0) stepOnce(linked.step, true, linked);
      else if (mountedKey.current !== initial.key) stepOnce(0, false, linked);
      return;
    }
    const key = runKey(params);
    if (key !== mountedKey.current) {
      mountedKey.current = key;
      restart();
    }
  }, [params, initial.key, stepOnce, restart]);

  useEffect(() => () => {
    clearTimeout(restartTimer.current);
    genRef.current++;
    void trainerRef.current?.then((t) => t.dispose());
  }, []);

  return { frame, status, playing, error, replayTarget, play, pause, step: () => stepOnce(1), reset: restart };
}
