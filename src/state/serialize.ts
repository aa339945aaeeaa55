import { keysOf, normalizeParams, type ParamsOf, type Schema } from './defineSchema';
import { encodeQueryComponent } from './encodeQueryComponent';

/**
 * Write a widget's parameters into a query string (no leading "?"): only values that differ
 * from the default, in canonical form (rounded to the step, so no 0.30000000000000004), with all
 * keys sorted (a configured instance's schema also keeps values that differ from the widget's own
 * defaults, its `baseline`). Keys in `existingQuery` that this widget does not own — other widgets, other
 * parameters — are kept, so a hook can read-modify-write the whole query. This widget's alias
 * keys are dropped in favour of the canonical key. Missing or invalid values count as defaults.
 * Source: architecture.md "Widget state in the URL" (serialize writes only non-default values,
 * rounded to the control's step, keys sorted).
 * @example serialize(schema, { ftp: 1 / 700, vs: 1 }, "?other.k=2") // "other.k=2&priors.ftp=1/700"
 */
export function serialize<S extends Schema>(
  schema: S,
  params: Partial<ParamsOf<S>>,
  existingQuery?: string | URLSearchParams,
): string {
  const owned = new Set(Object.keys(schema.fields).flatMap((name) => keysOf(schema, name)));
  let existing: URLSearchParams;
  try {
    existing = new URLSearchParams(existingQuery ?? '');
  } catch {
    existing = new URLSearchParams();
  }
  const entries: [string, string][] = [...existing].filter(([key]) => !owned.has(key));
  const canonical: Record<string, unknown> = normalizeParams(schema, params);
  for (const [name, field] of Object.entries(schema.fields)) {
    const value = canonical[name];
    if (value === field.default && (!schema.baseline || value === schema.baseline[name])) continue;
    entries.push([`${schema.widgetId}.${name}`, field.encode(value)]);
  }
  // Stable sort: repeated keys of other widgets keep their order.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([k, v]) => `${encodeQueryComponent(k)}=${encodeQueryComponent(v)}`).join('&');
}
