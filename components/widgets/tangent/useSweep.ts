import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WidthRow } from '@intermittent-distillations/compute/tangent';
import { sweepKey, sweepScenario, type TangentParams } from './params';
import type { Trainer, TrainerFactory } from './trainer';

/** Sweeps computed so far, by sweepKey; a sweep in progress holds the widths done. */
export type SweepCache = Record<string, WidthRow[]>;

/**
 * The width sweep on the right, computed width by width in its own worker (so the run on the left
 * keeps playing) and cached by its settings, so toggling the scaling back shows it at once and the
 * other scaling is drawn faint beside it. Starts when the sweep for the current settings is missing
 * and `enabled` (the panel is open; a focused figure has none), so a folded sweep costs nothing.
 * @example const { rows, other, busy } = useSweep(params, factory, initialCache, params.sweepOpen)
 */
export function useSweep(params: TangentParams, createTrainer: TrainerFactory, initial: SweepCache, enabled = true) {
  const [cache, setCache] = useState<SweepCache>(initial);
  const [error, setError] = useState<string | null>(null);
  const cacheRef = useRef(cache);
  cacheRef.current = cache;
  const trainerRef = useRef<Promise<Trainer> | null>(null);
  const busyRef = useRef<string | null>(null);
  const wantedRef = useRef<string>('');
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  const scenario = sweepScenario(params, params.scaling);
  const otherScenario = sweepScenario(params, params.scaling === 'ntk' ? 'mean-field' : 'ntk');
  const key = sweepKey(scenario);
  wantedRef.current = key;

  const run = useCallback(async () => {
    if (busyRef.current) return;
    for (;;) {
      if (!enabledRef.current) break;
      const s = sweepScenarioFor(wantedRef.current);
      if (!s || (cacheRef.current[wantedRef.current]?.length ?? 0) >= s.widths.length) break;
      const k = wantedRef.current;
      busyRef.current = k;
      const done = cacheRef.current[k] ?? [];
      const width = s.widths[done.length]!;
      try {
        const row = await (await (trainerRef.current ??= createTrainer())).sweepWidth(s, width);
        const next = { ...cacheRef.current, [k]: [...(cacheRef.current[k] ?? []), row] };
        cacheRef.current = next;
        setCache(next);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        busyRef.current = null;
        return;
      }
      busyRef.current = null;
    }
  }, [createTrainer]);

  // the scenario behind each key seen, so the loop can pick up whatever is wanted now
  const scenarios = useRef(new Map<string, ReturnType<typeof sweepScenario>>());
  scenarios.current.set(key, scenario);
  const sweepScenarioFor = (k: string) => scenarios.current.get(k);

  useEffect(() => {
    setError(null);
    if (enabled && (cacheRef.current[key]?.length ?? 0) < scenario.widths.length) void run();
  }, [key, run, scenario.widths.length, enabled]);

  useEffect(() => () => void trainerRef.current?.then((t) => t.dispose()), []);

  // a sweep extended to 16,384 and then cut back keeps its extra row in the cache, not on the chart
  const shown = (k: string) => (cache[k] ?? []).filter((r) => scenario.widths.includes(r.width));
  const otherKey = sweepKey(otherScenario);
  // the same arrays while nothing changed, so the panel drawing them can be skipped
  const widthsKey = scenario.widths.join(',');
  const rows = useMemo(() => shown(key), [cache, key, widthsKey]);
  const other = useMemo(() => shown(otherKey), [cache, otherKey, widthsKey]);
  const widths = useMemo(() => scenario.widths, [widthsKey]);
  return {
    widths,
    rows,
    other,
    busy: rows.length < scenario.widths.length,
    error,
  };
}
