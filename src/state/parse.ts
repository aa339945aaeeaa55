import { defaults, keysOf, type Issue, type ParamsOf, type Schema } from './defineSchema';
import type { Decoded, Field } from './field';

/** What a link said: usable parameters plus a note for each value that was not used as written. */
export interface ParseResult<P> {
  readonly params: P;
  readonly issues: readonly Issue[];
}

// A link can carry anything; quote only enough of it to recognise.
const quote = (raw: string) => `“${raw.length > 40 ? `${raw.slice(0, 39)}…` : raw}”`;

function toSearchParams(query: unknown): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  if (typeof query !== 'string') return new URLSearchParams();
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

function safeDecode<T>(field: Field<T>, raw: string): Decoded<T> {
  try {
    return field.decode(raw);
  } catch {
    return { kind: 'bad' };
  }
}

/**
 * Read a widget's parameters from a query string. Total: it never throws. Unknown keys are
 * ignored; a value that cannot be read falls back to the default, an out-of-range one is
 * clamped, and each such case yields an issue the widget shows. The canonical key wins over
 * an alias when both appear; of repeated keys the first counts.
 * Source: architecture.md "Widget state in the URL" (parse is total; old links keep opening).
 * @example parse(schema, '?priors.ftp=abc').issues[0].message // "This link's value “abc” for ftp was not understood; using 1/300."
 */
export function parse<S extends Schema>(schema: S, query: string | URLSearchParams): ParseResult<ParamsOf<S>> {
  const search = toSearchParams(query);
  const params: Record<string, unknown> = defaults(schema);
  const issues: Issue[] = [];
  for (const [name, field] of Object.entries(schema.fields)) {
    const key = keysOf(schema, name).find((k) => search.has(k));
    if (key === undefined) continue;
    const raw = search.get(key) ?? '';
    const decoded = safeDecode(field, raw);
    const label = field.label ?? name;
    if (decoded.kind === 'bad') {
      const used = field.format(field.default);
      const message = `This link's value ${quote(raw)} for ${label} was not understood; using ${used}.`;
      issues.push({ key, param: name, received: raw, used, message });
      continue;
    }
    params[name] = decoded.value;
    if (decoded.kind === 'clamped') {
      const used = field.format(decoded.value);
      const side = decoded.bound === 'min' ? 'below the minimum' : 'above the maximum';
      const message = `This link's value ${quote(raw)} for ${label} is ${side}; using ${used}.`;
      issues.push({ key, param: name, received: raw, used, message });
    }
  }
  return { params: params as ParamsOf<S>, issues };
}
