import type { ParamsOf, Schema } from '../../../src/state/defineSchema';
import { fixedLine, type InstanceSpec } from './spec';
import './instance.css';

/** Props of FixedParams. */
export interface FixedParamsProps<S extends Schema> {
  spec: InstanceSpec<S>;
  params: ParamsOf<S>;
  shown: readonly string[];
}

/**
 * The one quiet line under a focused figure that says what it holds constant
 * ("Fixed: virtual successes 1 · regime start 1956"). Nothing for the full model.
 * @example <FixedParams spec={priorsInstance} params={params} shown={['ftp']} />
 */
export function FixedParams<S extends Schema>({ spec, params, shown }: FixedParamsProps<S>) {
  const line = fixedLine(spec, params, shown);
  if (!line) return null;
  return (
    <p class="instance-fixed">
      <span class="instance-fixed-label">Fixed:</span> {line}
    </p>
  );
}
