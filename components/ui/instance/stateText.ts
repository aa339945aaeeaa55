import type { ParamsOf, Schema } from '../../../src/state/defineSchema';
import type { Field } from '../../../src/state/field';

/** An author's mistake in an instance's props: the build stops with this message. */
export class InstanceError extends Error {
  override name = 'InstanceError';
}

/** The query part of what an author pasted: a whole URL, "?a=1&b=2", "a=1&b=2" or nothing. */
export function queryOf(text: string): string {
  let t = text.trim();
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  const q = t.indexOf('?');
  if (q >= 0) return t.slice(q + 1);
  // A URL or a path with no query holds no state.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || t.startsWith('/')) return '';
  return t;
}

/** Every name a parameter answers to in a pasted state: its own and its undotted aliases. */
function nameTable(schema: Schema): Map<string, string> {
  const table = new Map<string, string>();
  for (const [name, field] of Object.entries(schema.fields)) {
    table.set(name, name);
    for (const alias of field.aliases) if (!alias.includes('.')) table.set(alias, name);
  }
  return table;
}

/**
 * Read an instance's `state` prop — a permalink as "Link to this figure" gives it — strictly: the
 * key's prefix (whichever instance the link came from) is ignored, and an unknown key, a value
 * the field cannot read or one out of its range throws an InstanceError that names the key and
 * what is valid. `where` starts each message (the note and the instance).
 * @example parseStateText(priorsSchema, 'https://x.org/notes/p/?priors.ftp=1%2F2', '<Priors id="laplace">') // { ftp: 0.5 }
 */
export function parseStateText<S extends Schema>(schema: S, text: string, where: string): Partial<ParamsOf<S>> {
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(queryOf(text));
  } catch {
    throw new InstanceError(`${where}: state ${JSON.stringify(text)} is not a query string; paste the figure's "Link to this figure".`);
  }
  const names = nameTable(schema);
  const out: Record<string, unknown> = {};
  const seen = new Map<string, string>();
  for (const [key, raw] of search) {
    const bare = key.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : key;
    const name = names.get(bare);
    if (name === undefined) {
      throw new InstanceError(`${where}: state key "${key}" is not a parameter of this widget; valid keys: ${Object.keys(schema.fields).join(', ')}.`);
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new InstanceError(`${where}: state gives ${name} twice ("${earlier}" and "${key}"); keep one.`);
    seen.set(name, key);
    const field = schema.fields[name] as Field<unknown>;
    const decoded = field.decode(raw);
    if (decoded.kind !== 'ok') {
      const why = decoded.kind === 'bad' ? 'is not valid' : `is ${decoded.bound === 'min' ? 'below' : 'above'} its range`;
      throw new InstanceError(`${where}: state ${key}=${JSON.stringify(raw)} ${why}; ${name} takes ${field.expected}.`);
    }
    out[name] = decoded.value;
  }
  return out as Partial<ParamsOf<S>>;
}
