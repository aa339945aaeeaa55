import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { defaults, normalizeParams, type Issue, type ParamsOf, type Schema } from '../../src/state/defineSchema';
import { parse } from '../../src/state/parse';
import { serialize } from '../../src/state/serialize';

/** How long the URL waits after the last change: a dragged slider writes once, not 60 times a second. */
export const URL_WRITE_DELAY_MS = 250;

/** Change some parameters, directly or from the previous ones. */
export type SetParams<P> = (update: Partial<P> | ((previous: P) => Partial<P>)) => void;

const inBrowser = () => typeof window !== 'undefined' && typeof location !== 'undefined' && typeof history !== 'undefined';

/**
 * Write a widget's parameters into the current URL with replaceState, keeping the hash (it
 * belongs to section anchors) and every query key the widget does not own — re-read at write
 * time, so two widgets on one page never clobber each other.
 * @example writeUrl(schema, { vs: 2 }) // location.search becomes "?priors.vs=2"
 */
export function writeUrl<S extends Schema>(schema: S, params: Partial<ParamsOf<S>>): void {
  if (!inBrowser()) return;
  const current = location.search.replace(/^\?/, '');
  const next = serialize(schema, params, current);
  if (next === current) return;
  history.replaceState(history.state, '', `${location.pathname}${next ? `?${next}` : ''}${location.hash}`);
}

/**
 * The one way a widget keeps its state in the URL. Reads `location.search` once on mount (on the
 * server it returns the defaults, so the static HTML is the default figure); `setParams`
 * normalises values (clamped, on the step grid) so what the widget shows is exactly what a link
 * reproduces, then writes the URL debounced and flushes on `pagehide` and unmount.
 * Issues from the link are dropped for a parameter once the reader sets it.
 * Source: architecture.md "Widget state in the URL" (one writer, read-modify-write, replaceState, debounced).
 * @example const [params, setParams, issues] = useUrlState(schema); setParams({ vs: 2 }) // 250 ms later: ?priors.vs=2
 */
export function useUrlState<S extends Schema>(schema: S): [ParamsOf<S>, SetParams<ParamsOf<S>>, readonly Issue[]] {
  const [state, setState] = useState<{ params: ParamsOf<S>; issues: readonly Issue[] }>(() => ({
    params: defaults(schema),
    issues: [],
  }));
  const latest = useRef(state.params);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  // Widgets define their schema at module level; the ref keeps callbacks stable even if one
  // passes a fresh (equal) schema per render, instead of re-reading the URL every render.
  const schemaRef = useRef(schema);
  schemaRef.current = schema;

  // Layout effect, not the initial state: hydration must see the same defaults the server
  // rendered, and the link's values must land before the first paint.
  useLayoutEffect(() => {
    if (!inBrowser()) return;
    const { params, issues } = parse(schemaRef.current, location.search);
    latest.current = params;
    setState({ params, issues });
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    writeUrl(schemaRef.current, latest.current);
  }, []);

  const setParams = useCallback<SetParams<ParamsOf<S>>>(
    (update) => {
      const previous = latest.current;
      const patch = typeof update === 'function' ? update(previous) : update;
      const next = normalizeParams(schemaRef.current, { ...previous, ...patch }, previous);
      latest.current = next;
      const touched = new Set(Object.keys(patch ?? {}));
      setState((s) => ({ params: next, issues: s.issues.filter((issue) => !touched.has(issue.param)) }));
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, URL_WRITE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (!inBrowser()) return;
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return [state.params, setParams, state.issues];
}
