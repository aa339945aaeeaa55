import type { ParamsOf, Schema } from '../../../src/state/defineSchema';
import { captionSlots, type InstanceSpec } from './spec';
import { InstanceError, parseStateText } from './stateText';

/** What an instance's island receives: plain, JSON-serialisable props. */
export interface InstanceConfig {
  /** The URL namespace: keys are `<id>.<param>`. */
  readonly id: string;
  /** The starting state the author set (only the parameters the state names). */
  readonly start: Readonly<Record<string, unknown>>;
  /** The controls shown, by URL name, in the widget's order; null: every control (the full model). */
  readonly controls: readonly string[] | null;
  /** The editors' caption with `{name}` slots, or null. */
  readonly caption: string | null;
}

const ID = /^[a-z][a-z0-9-]*$/;
const INSTANCE_PROPS = ['id', 'state', 'controls', 'caption'] as const;

/** The content file a page was built from, for messages: "/notes/x/" → "content/x.mdx". */
export function noteFileOf(pathname: string): string {
  const slug = pathname.replace(/^\/notes\//, '').replace(/\/$/, '');
  return pathname.startsWith('/notes/') && slug ? `content/${slug}.mdx` : `the page ${pathname}`;
}

/** Where the ids of one page's instances are kept while it renders (Astro.locals is per page). */
type Locals = { instanceIds?: Set<string> };

/**
 * Check one instance's props at build time and return what its island needs. Every mistake
 * throws an InstanceError naming the note, the instance, the prop and what is valid: an unknown
 * prop, a bad or duplicate id, a state key or value the widget's schema refuses, a control the
 * widget does not have, a caption slot it cannot quote.
 * `extra` lists the widget's own props besides the instance ones (they pass through unchecked here).
 * @example checkInstanceProps(priorsInstance, { id: 'laplace', state: '?priors.ftp=1/2', controls: ['ftp'] }, { file: 'content/p.mdx', locals: {} })
 */
export function checkInstanceProps<S extends Schema>(
  spec: InstanceSpec<S>,
  props: Readonly<Record<string, unknown>>,
  { file, locals, extra = [] }: { file: string; locals?: Locals; extra?: readonly string[] },
): InstanceConfig & { start: Partial<ParamsOf<S>> } {
  const rawId = props.id;
  const named = typeof rawId === 'string' ? ` id="${rawId}"` : '';
  const where = `${file}: <${spec.tag}${named}>`;
  const fail = (message: string): never => {
    throw new InstanceError(`${where}: ${message}`);
  };
  const allowed = new Set<string>([...INSTANCE_PROPS, ...extra]);
  for (const name of Object.keys(props)) {
    if (!allowed.has(name)) fail(`unknown prop "${name}"; expected ${[...allowed].map((p) => `"${p}"`).join(', ')}.`);
  }

  const id = rawId === undefined ? spec.schema.widgetId : rawId;
  if (typeof id !== 'string' || !ID.test(id)) fail(`prop "id" must be a kebab-case name such as "laplace-rule" (it prefixes the figure's URL keys), received ${JSON.stringify(id)}.`);

  let start: Partial<ParamsOf<S>> = {};
  if (props.state !== undefined) {
    if (typeof props.state !== 'string') fail(`prop "state" must be a string (a pasted "Link to this figure"), received ${JSON.stringify(props.state)}.`);
    start = parseStateText(spec.schema, props.state as string, where);
  }

  let controls: string[] | null = null;
  if (props.controls !== undefined) {
    const list = props.controls;
    if (!Array.isArray(list) || list.length === 0 || !list.every((c) => typeof c === 'string')) {
      fail(`prop "controls" must be a non-empty list of control names, e.g. controls={["${spec.controls[0]}"]}; valid: ${spec.controls.join(', ')}.`);
    }
    for (const c of list as string[]) {
      if (!(spec.controls as readonly string[]).includes(c)) fail(`control "${c}" is not one of this widget's controls; valid: ${spec.controls.join(', ')}.`);
    }
    // The widget's order, not the author's: the instance reads like the full model, only shorter.
    controls = spec.controls.filter((c) => (list as string[]).includes(c));
  }

  let caption: string | null = null;
  if (props.caption !== undefined) {
    if (typeof props.caption !== 'string' || props.caption.trim() === '') fail(`prop "caption" must be a non-empty string, received ${JSON.stringify(props.caption)}.`);
    caption = (props.caption as string).trim();
    const quotable = Object.keys(spec.quotable);
    for (const slot of captionSlots(caption)) {
      if (!quotable.includes(slot)) fail(`caption quotes {${slot}}, which this widget does not provide; it can quote ${quotable.map((q) => `{${q}}`).join(', ')} (write {{ and }} for literal braces).`);
    }
  }

  if (locals) {
    const ids = (locals.instanceIds ??= new Set<string>());
    if (ids.has(id as string)) fail(`id "${id}" is already used by another figure on this page; give each instance its own id (its URL keys are "${id}.<param>").`);
    ids.add(id as string);
  }
  return { id: id as string, start, controls, caption };
}
