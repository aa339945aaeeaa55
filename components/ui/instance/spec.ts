import { schemaError } from '../../../src/state/field';
import type { ParamsOf, Schema } from '../../../src/state/defineSchema';

/** A parameter name of a schema. */
export type ParamName<S extends Schema> = keyof S['fields'] & string;

/**
 * What a widget declares once so that editors can place it as configured instances
 * (`<Priors id state controls caption />`); the shared mechanism in this folder does the rest:
 * URL namespacing, build-time validation, the fixed-parameters line and the caption binding.
 * Source: issue 17; architecture.md "Figures in the text (instances)".
 */
export interface InstanceSpec<S extends Schema = Schema> {
  /** The component name an author writes, for messages: "Priors". */
  readonly tag: string;
  /** The widget's URL schema; its `widgetId` is the default instance id. */
  readonly schema: S;
  /** URL names of the parameters an instance can show a control for, in the order the widget shows them. */
  readonly controls: readonly ParamName<S>[];
  /**
   * Parameters a focused instance names in its fixed-parameters line when their control is
   * hidden, in reading order ("vs 1 · regime start 1956"); display-only settings stay out.
   */
  readonly fixed: readonly ParamName<S>[];
  /** How one fixed parameter reads in that line; default: "<label> <value>". Return null to leave it out. */
  readonly describe?: (name: ParamName<S>, params: ParamsOf<S>) => string | null;
  /** The values a caption may quote as `{name}`, each with what it is (for the README and error messages). */
  readonly quotable: Readonly<Record<string, string>>;
}

/**
 * Declare a widget's instance surface; a control or fixed name that is not a schema parameter
 * throws when the module loads, so the mistake fails the build, not a reader's page.
 * @example defineInstanceSpec({ tag: 'Priors', schema: priorsSchema, controls: ['ftp'], fixed: ['vs'], quotable: { probability: 'pr(AGI)' } })
 */
export function defineInstanceSpec<S extends Schema>(spec: InstanceSpec<S>): InstanceSpec<S> {
  for (const name of [...spec.controls, ...spec.fixed]) {
    if (!Object.hasOwn(spec.schema.fields, name)) schemaError('defineInstanceSpec', `parameters of ${spec.schema.widgetId}`, name);
  }
  for (const name of Object.keys(spec.quotable)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) schemaError('defineInstanceSpec', 'quotable names like "probability"', name);
  }
  return Object.freeze({ ...spec });
}

/**
 * The fixed-parameters line of a focused instance: every `fixed` parameter whose control it does
 * not show, as "<label> <value>" joined by " · ".
 * @example fixedLine(spec, params, ['ftp']) // "virtual successes 1 · regime start 1956"
 */
export function fixedLine<S extends Schema>(spec: InstanceSpec<S>, params: ParamsOf<S>, shown: readonly string[]): string {
  const parts: string[] = [];
  for (const name of spec.fixed) {
    if (shown.includes(name)) continue;
    const field = spec.schema.fields[name]!;
    const text = spec.describe ? spec.describe(name, params) : `${field.label ?? name} ${field.format(params[name] as never)}`;
    if (text) parts.push(text);
  }
  return parts.join(' · ');
}

/**
 * Fill a caption's `{name}` slots with the instance's live values; `{{` and `}}` are literal braces.
 * @example fillCaption('Laplace gives {probability}.', { probability: '38.1%' }) // "Laplace gives 38.1%."
 */
export function fillCaption(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    return values[name!] ?? whole;
  });
}

/**
 * The `{name}` slots a caption uses, in order, so the build can refuse one the widget cannot quote.
 * @example captionSlots('{probability} by {year}') // ['probability', 'year']
 */
export function captionSlots(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}
