import { invalid } from '../errors';

type Plain = Record<string, unknown>;

function isRecord(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether every segment of a dotted path but the last exists in a plain scenario object, and the
 * last one too (`leaf`); array indices are decimal segments ("rules.0.ftp").
 * @example pathStatus({ rules: [{ ftp: 0.1 }] }, 'rules.0.vs') // { parent: true, leaf: false }
 */
export function pathStatus(obj: unknown, path: string): { parent: boolean; leaf: boolean } {
  const keys = path.split('.');
  let at: unknown = obj;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const last = i === keys.length - 1;
    if (Array.isArray(at)) {
      if (!/^\d+$/.test(key) || Number(key) >= at.length) return { parent: last, leaf: false };
      at = at[Number(key)];
    } else if (isRecord(at)) {
      if (!Object.hasOwn(at, key)) return { parent: last, leaf: false };
      at = at[key];
    } else {
      return { parent: false, leaf: false };
    }
  }
  return { parent: true, leaf: true };
}

/**
 * A copy of a plain scenario object with the field at a dotted path set; the input is never
 * mutated and only the objects along the path are copied. Every segment but the last must exist
 * (an array index must be in range); the last may be new, so a field left to its default can be
 * swept, and the model's own parser then says whether it is a field at all.
 * @example setPath({ rules: [{ ftp: 0.1 }] }, 'rules.0.ftp', 0.5) // { rules: [{ ftp: 0.5 }] }
 * @example setPath({}, 'world.triggerStep', 3) // throws "setPath: expected a path whose parents exist in the scenario, received \"world.triggerStep\""
 */
export function setPath(obj: unknown, path: string, value: unknown): Plain {
  if (!isRecord(obj)) invalid('setPath', 'a scenario object', obj);
  if (!pathStatus(obj, path).parent || path.split('.').some((k) => k === '')) {
    invalid('setPath', 'a path whose parents exist in the scenario', path);
  }
  const put = (at: unknown, keys: string[]): unknown => {
    const [key, ...rest] = keys as [string, ...string[]];
    if (Array.isArray(at)) {
      const copy = at.slice();
      copy[Number(key)] = rest.length === 0 ? value : put(at[Number(key)], rest);
      return copy;
    }
    const rec = at as Plain;
    return { ...rec, [key]: rest.length === 0 ? value : put(rec[key], rest) };
  };
  return put(obj, path.split('.')) as Plain;
}
