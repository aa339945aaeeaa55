import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `compute()` for `key`, recomputed after the browser has painted the change that made a new key
 * (Preact runs effects after paint), latest value wins: keys that come and go before their turn
 * are never computed. So a slider or select answers in the frame the reader pressed it, and the
 * chart follows in the next one; a reader holding an arrow key gets the latest value, not a
 * queue. The first value (server render, hydration) is computed at once, so the first frame is
 * the real figure. Returns the value with the key it belongs to, so a caller can tell it is stale.
 * @example const { value: run, key: runKey } = useDeferredCompute(key, () => simulate(scenario));
 */
export function useDeferredCompute<T>(key: string, compute: () => T): { key: string; value: T } {
  const [state, setState] = useState(() => ({ key, value: compute() }));
  const latest = useRef(compute);
  latest.current = compute;
  useEffect(() => {
    if (state.key === key) return;
    // a task, not the effect itself: a render that comes first (the next key press) runs this
    // effect's cleanup, so the key it superseded is never computed
    const timer = setTimeout(() => setState({ key, value: latest.current() }), 0);
    return () => clearTimeout(timer);
  }, [key]);
  return state;
}
