import { useMemo } from 'preact/hooks';
import type { Issue, ParamsOf, Schema } from '../../../src/state/defineSchema';
import { serialize } from '../../../src/state/serialize';
import { useUrlState, type SetParams } from '../useUrlState';
import { instanceSchema } from './instanceSchema';
import type { InstanceSpec } from './spec';

/** The instance props every island accepts (what checkInstanceProps returns); all optional, so a bare island is the full model. */
export interface InstanceProps {
  id?: string;
  start?: Readonly<Record<string, unknown>>;
  controls?: readonly string[] | null;
  caption?: string | null;
}

/** What an island gets from useInstance. */
export interface Instance<S extends Schema> {
  /** The URL namespace (default: the widget's id). */
  readonly id: string;
  /** The instance's schema: keys `<id>.<param>`, defaults = its starting state. */
  readonly schema: S;
  readonly params: ParamsOf<S>;
  readonly setParams: SetParams<ParamsOf<S>>;
  readonly issues: readonly Issue[];
  /** True when the author chose the controls (a focused figure); false for the full model. */
  readonly focused: boolean;
  /** The controls shown, by URL name; every control of the widget for the full model. */
  readonly shown: readonly string[];
  /** Whether the control of this parameter is shown. */
  readonly shows: (name: string) => boolean;
  /** The instance's query string (no "?"), for the permalink and the figure menu. */
  readonly query: string;
}

/**
 * One configured instance's state: the URL hook over the instance's own namespaced schema, plus
 * which controls it shows. Two instances of a widget on a page never share a key, and an
 * untouched instance opens in the state its author set.
 * Source: issue 17 (instances configured from MDX).
 * @example const inst = useInstance(priorsInstance, { id: 'laplace', start: { ftp: 0.5 }, controls: ['ftp'] }); inst.shows('vs') // false
 */
export function useInstance<S extends Schema>(spec: InstanceSpec<S>, { id = spec.schema.widgetId, start, controls }: InstanceProps): Instance<S> {
  // Props are plain data from the page; the key keeps the schema stable across renders.
  const startKey = JSON.stringify(start ?? {});
  const schema = useMemo(() => instanceSchema(spec.schema, id, (start ?? {}) as Partial<ParamsOf<S>>), [spec, id, startKey]);
  const [params, setParams, issues] = useUrlState(schema);
  const shown = controls ?? spec.controls;
  const query = serialize(schema, params, '');
  return { id, schema, params, setParams, issues, focused: controls != null, shown, shows: (name) => shown.includes(name), query };
}
