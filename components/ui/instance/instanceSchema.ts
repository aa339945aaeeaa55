import { defaults, normalizeParams, type ParamsOf, type Schema } from '../../../src/state/defineSchema';

/**
 * The schema of one configured instance: its keys are `<id>.<param>` and its defaults are the
 * instance's starting state (the widget's defaults where the state says nothing). The widget's own
 * defaults stay as `baseline`, so `serialize` writes every value that differs from either and a
 * link copied from this instance reproduces it wherever it is pasted. Old alias keys of the
 * widget (`widget.oldName`) stay with the default instance only: they named that one figure.
 * @example instanceSchema(priorsSchema, 'laplace', { ftp: 0.5 }).fields.ftp.default // 0.5
 */
export function instanceSchema<S extends Schema>(schema: S, id: string, start: Partial<ParamsOf<S>> = {}): S {
  const base = defaults(schema);
  const startParams = normalizeParams(schema, { ...base, ...start });
  const isDefault = id === schema.widgetId;
  const unchanged = isDefault && Object.keys(schema.fields).every((name) => (startParams as Record<string, unknown>)[name] === (base as Record<string, unknown>)[name]);
  if (unchanged) return schema;
  const fields: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.fields)) {
    const aliases = isDefault ? field.aliases : field.aliases.filter((a) => !a.includes('.'));
    fields[name] = Object.freeze({ ...field, default: (startParams as Record<string, unknown>)[name], aliases });
  }
  return Object.freeze({ widgetId: id, fields: Object.freeze(fields), baseline: Object.freeze({ ...base }) }) as unknown as S;
}
