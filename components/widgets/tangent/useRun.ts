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

/** How a frame's run stands when nothing is running. */
const statusOf = (f: Frame | null): RunStatus => (!f || f.step === 0 ? 'idle' : f.step >= f.totalSteps ? 'done' : 'paused');

/** What the build computed: the run key of the start settings and their frame at the start step. */
export interface RunInitial {
  key: string;
  frame: Frame;
}

/**
 * The run on the left: a worker trainer created on first use, its frames, and play / pause / step /
 * reset. Calls run one at a time; a generation number voids results of a superseded run. A link
 * with `step` replays to that step. The build's frame may be at a later step (an instance's start
 * state): the worker is brought there when the reader first plays or steps. New settings train to
 * the step the reader had reached (0 when the island resets the step with them); meanwhile the old
 * frame stays on screen, marked as not current, so the chart does not collapse.
 * `schema` is the instance's (keys `<id>.<param>`), read from the URL on mount.
 * @example const run = useRun(params, setParams, factory, initial, inst.schema); run.play()
 */
export function useRun(params: TangentParams, setParams: SetParams<TangentParams>, createTrainer: TrainerFactory, initial: RunInitial, schema: typeof tangentSchema = tangentSchema) {
  const [shown, setShown] = useState<{ frame: Frame | null; key: string | null }>({ frame: initial.frame, key: initial.key });
  const [status, setStatus] = useState<RunStatus>(statusOf(initial.frame));
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replayTarget, setReplayTarget] = useState(0);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const trainerRef = useRef<Promise<Trainer> | null>(null);
  const activeRef = useRef<string | null>(null);
  const frameRef = useRef<Frame | null>(initial.frame);
  /** the run key of the frame on screen; null once it no longer stands for the settings */
  const frameKeyRef = useRef<string | null>(initial.key);
  const playingRef = useRef(false);
  const genRef = useRef(0);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(<T,>(task: () => Promise<T>) => {
    const next = queueRef.current.then(task, task);
    queueRef.current = next.catch(() => undefined);
    return next;
  }, []);
  const trainer = useCallback(() => (trainerRef.current ??= createTrainer()), [createTrainer]);
  const show = useCallback((f: Frame, gen: number, key: string) => {
    if (gen !== genRef.current) return false;
    frameRef.current = f;
    frameKeyRef.current = key;
    setShown({ frame: f, key });
    setParams({ step: f.step });
    return true;
  }, [setParams]);
  /** Keep the frame on screen but say it is not the settings' (their frame is on its way). */
  const markStale = useCallback((keep: boolean) => {
    frameKeyRef.current = null;
    if (!keep) frameRef.current = null;
    setShown((s) => ({ frame: keep ? s.frame : null, key: null }));
  }, []);
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
    const t = await trainer();
    const first = await t.setup(runConfig(p), p.steps);
    // the frame on screen is this run at a later step (the build's start state): continue from there
    const resume = frameKeyRef.current === key ? (frameRef.current?.step ?? 0) : 0;
    const f = resume > 0 ? await t.advance(resume, Infinity) : first;
    if (!show(f, gen, key)) return false;
    activeRef.current = key;
    return true;
  }, [trainer, show]);

  /** Once stopped, fill in the tickets a large network's frames skip while training. */
  const settle = useCallback(async (gen: number) => {
    const f = frameRef.current;
    const key = frameKeyRef.current;
    if (!f || key === null || gen !== genRef.current) return;
    setStatus(statusOf(f));
    if (f.ticket === null && f.step > 0) {
      const ticket = await (await trainer()).tickets();
      if (gen === genRef.current && frameRef.current === f) show({ ...f, ticket }, gen, key);
    }
  }, [trainer, show]);

  const play = useCallback(() => {
    const end = frameRef.current;
    if (end && frameKeyRef.current !== null && end.step >= end.totalSteps) {
      // a finished run plays again from its start: the reader came to watch it train
      genRef.current++;
      activeRef.current = null;
      markStale(true);
    }
    const gen = genRef.current;
    playingRef.current = true;
    setPlaying(true);
    setError(null);
    void enqueue(async () => {
      if (!(await ensure(gen))) return;
      const key = activeRef.current!;
      setStatus('training');
      while (playingRef.current && gen === genRef.current && frameRef.current!.step < frameRef.current!.totalSteps) {
        const f = frameRef.current!;
        if (!show(await (await trainer()).advance(f.totalSteps - f.step, FRAME_BUDGET_MS), gen, key)) return;
      }
      if (gen !== genRef.current) return;
      playingRef.current = false;
      setPlaying(false);
      await settle(gen);
    }).catch(fail);
  }, [enqueue, ensure, trainer, show, settle, fail, markStale]);

  const pause = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
  }, []);

  const stepOnce = useCallback((n = 1, replay = false, given?: TangentParams) => {
    const gen = genRef.current;
    setError(null);
    void enqueue(async () => {
      if (!(await ensure(gen, given))) return;
      const key = activeRef.current!;
      if (replay) {
        setStatus('replaying');
        setReplayTarget(n);
      }
      // a replay shows its progress frame by frame; the worker stops at the schedule's end
      const goal = Math.min(frameRef.current!.step + n, frameRef.current!.totalSteps);
      while (frameRef.current!.step < goal) {
        const f = frameRef.current!;
        if (!show(await (await trainer()).advance(goal - f.step, FRAME_BUDGET_MS), gen, key)) return;
      }
      await settle(gen);
    }).catch(fail);
  }, [enqueue, ensure, trainer, show, settle, fail]);

  /**
   * Void the current run and start the settings' run at `target` steps (capped by the schedule):
   * the build's frame if it is that one, else the worker's once the settings rest (a dragged
   * slider sets up one network, not fifty), replayed to the target.
   */
  const restartTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restart = useCallback((target: number) => {
    clearTimeout(restartTimer.current);
    genRef.current++;
    playingRef.current = false;
    setPlaying(false);
    activeRef.current = null;
    setError(null);
    const p = paramsRef.current;
    const goal = Math.max(0, Math.min(target, p.steps));
    setParams({ step: goal });
    const key = runKey(p);
    if (key === initial.key && initial.frame.step === goal) {
      frameRef.current = initial.frame;
      frameKeyRef.current = key;
      setShown({ frame: initial.frame, key });
      setStatus(statusOf(initial.frame));
      return;
    }
    markStale(true);
    setStatus('starting');
    restartTimer.current = setTimeout(() => stepOnce(goal, goal > 0), SETTLE_MS);
  }, [initial, setParams, stepOnce, markStale]);

  // A link's settings, read from the URL itself on mount (the hook's params may still be the
  // start state): replay to its step, or show its step-0 frame. Later setting changes restart the
  // run at the step reached (the full model's controls reset it to 0 with the change).
  const mountedKey = useRef<string | null>(null);
  useEffect(() => {
    if (mountedKey.current === null) {
      const linked = typeof location === 'undefined' ? params : parse(schema, location.search).params;
      mountedKey.current = runKey(linked);
      const same = mountedKey.current === initial.key;
      if (same && linked.step === initial.frame.step) return;
      // the build's frame belongs to other settings: show none rather than a wrong one; to
      // another step of the same run: keep it, faded, while the link's step is replayed
      markStale(same);
      if (linked.step > 0) stepOnce(linked.step, true, linked);
      else stepOnce(0, false, linked);
      return;
    }
    const key = runKey(params);
    if (key !== mountedKey.current) {
      mountedKey.current = key;
      restart(paramsRef.current.step);
    }
  }, [params, initial, schema, stepOnce, restart, markStale]);

  useEffect(() => () => {
    clearTimeout(restartTimer.current);
    genRef.current++;
    void trainerRef.current?.then((t) => t.dispose());
  }, []);

  const current = shown.frame !== null && shown.key !== null && shown.key === runKey(params);
  return { frame: shown.frame, current, status, playing, error, replayTarget, play, pause, step: () => stepOnce(1), reset: () => restart(0) };
}
