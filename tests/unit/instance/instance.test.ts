import { describe, expect, it } from 'vitest';
import { boolean, defineSchema, enumOf, fraction, integer, number, parse, serialize } from '~state/index';
import { checkInstanceProps, noteFileOf } from '~components/ui/instance/checkProps';
import { instanceSchema } from '~components/ui/instance/instanceSchema';
import { captionSlots, defineInstanceSpec, fillCaption, fixedLine } from '~components/ui/instance/spec';
import { InstanceError, parseStateText, queryOf } from '~components/ui/instance/stateText';

const schema = defineSchema('demo', {
  ftp: fraction({ default: 1 / 300, min: 1 / 3000, max: 1 / 2, preferFraction: true, label: 'first-trial probability', aliases: ['firstTrial', 'demo.oldFtp'] }),
  vs: number({ default: 1, min: 0.1, max: 10, step: 0.1, label: 'virtual successes' }),
  start: integer({ default: 1956, min: 1900, max: 2020, label: 'regime start' }),
  mode: enumOf(['a', 'b'], 'a', { label: 'mode' }),
  show: boolean({ default: true, label: 'show curve' }),
});
const spec = defineInstanceSpec({ tag: 'Demo', schema, controls: ['ftp', 'vs', 'start', 'mode'], fixed: ['ftp', 'vs', 'start'], quotable: { probability: 'the headline probability' } });
const file = 'content/demo.mdx';

describe('queryOf: what an author may paste as state', () => {
  it('takes a whole URL, a query with or without "?", and drops the hash', () => {
    expect(queryOf('https://example.org/notes/x/?demo.vs=2&demo.ftp=1%2F2#summary')).toBe('demo.vs=2&demo.ftp=1%2F2');
    expect(queryOf('?demo.vs=2')).toBe('demo.vs=2');
    expect(queryOf('demo.vs=2')).toBe('demo.vs=2');
    expect(queryOf('/notes/x/')).toBe('');
    expect(queryOf('  ')).toBe('');
  });
});

describe('parseStateText', () => {
  it('ignores the key prefix, whichever instance the link came from, and reads aliases', () => {
    expect(parseStateText(schema, '?demo.ftp=1%2F2&laplace.vs=2&start=1990', 'x')).toEqual({ ftp: 0.5, vs: 2, start: 1990 });
    expect(parseStateText(schema, 'other.firstTrial=1/100', 'x')).toEqual({ ftp: 0.01 });
  });
  it('refuses an unknown key, naming it and listing the valid ones', () => {
    expect(() => parseStateText(schema, '?demo.ftpx=1', '<Demo id="a">')).toThrow(
      new InstanceError('<Demo id="a">: state key "demo.ftpx" is not a parameter of this widget; valid keys: ftp, vs, start, mode, show.'),
    );
  });
  it('refuses a value out of range or unreadable, saying what the parameter takes', () => {
    expect(() => parseStateText(schema, 'demo.vs=20', 'w')).toThrow('w: state demo.vs="20" is above its range; vs takes a number from 0.1 to 10.');
    expect(() => parseStateText(schema, 'demo.start=1800', 'w')).toThrow('w: state demo.start="1800" is below its range; start takes a whole number from 1900 to 2020.');
    expect(() => parseStateText(schema, 'demo.mode=c', 'w')).toThrow('w: state demo.mode="c" is not valid; mode takes one of a, b.');
  });
  it('refuses a parameter given twice', () => {
    expect(() => parseStateText(schema, 'a.vs=2&b.vs=3', 'w')).toThrow('w: state gives vs twice ("a.vs" and "b.vs"); keep one.');
  });
});

describe('instanceSchema', () => {
  it('namespaces keys by id and starts from the state; the widget id with no state is the widget schema itself', () => {
    expect(instanceSchema(schema, 'demo')).toBe(schema);
    const inst = instanceSchema(schema, 'laplace', { ftp: 0.5 });
    expect(inst.widgetId).toBe('laplace');
    expect(inst.fields.ftp.default).toBe(0.5);
    expect(inst.fields.vs.default).toBe(1);
    expect(parse(inst, '?laplace.vs=3&demo.vs=5').params).toMatchObject({ ftp: 0.5, vs: 3 });
  });
  it('keeps old dotted alias keys for the default instance only', () => {
    expect(parse(instanceSchema(schema, 'demo', { vs: 2 }), '?demo.oldFtp=1%2F10').params.ftp).toBe(0.1);
    expect(parse(instanceSchema(schema, 'other', { vs: 2 }), '?demo.oldFtp=1%2F10').params.ftp).toBe(1 / 300);
    expect(parse(instanceSchema(schema, 'other'), '?other.firstTrial=1%2F10').params.ftp).toBe(0.1);
  });
  it('serialises every value that differs from the widget default or from the start, so a copied link is whole', () => {
    const inst = instanceSchema(schema, 'laplace', { ftp: 0.5 });
    // Untouched: the start differs from the widget default, so it is written.
    expect(serialize(inst, { ...parse(inst, '').params })).toBe('laplace.ftp=0.5');
    // Back at the widget default but away from the start: written too, or a reload would reopen at the start.
    expect(serialize(inst, { ...parse(inst, '').params, ftp: 1 / 300 })).toBe('laplace.ftp=1/300');
    const roundTrip = parse(inst, serialize(inst, { ...parse(inst, '').params, vs: 2 })).params;
    expect(roundTrip).toMatchObject({ ftp: 0.5, vs: 2 });
    // Pasted as another instance's state, the link reproduces this one.
    const pasted = parseStateText(schema, serialize(inst, roundTrip), 'w');
    expect(pasted).toEqual({ ftp: 0.5, vs: 2 });
  });
});

describe('captions and the fixed line', () => {
  it('fills slots, keeps literal braces, lists slots', () => {
    expect(fillCaption('Laplace gives {probability} {{sic}}.', { probability: '38%' })).toBe('Laplace gives 38% {sic}.');
    expect(captionSlots('{probability} by {year} {{x}}')).toEqual(['probability', 'year']);
  });
  it('names the fixed parameters whose controls are hidden', () => {
    const params = parse(schema, '').params;
    expect(fixedLine(spec, params, ['ftp'])).toBe('virtual successes 1 · regime start 1956');
    expect(fixedLine(spec, params, ['ftp', 'vs', 'start'])).toBe('');
  });
  it('refuses a spec naming a parameter the schema lacks, when the module loads', () => {
    expect(() => defineInstanceSpec({ ...spec, controls: ['nope' as 'ftp'] })).toThrow('defineInstanceSpec: expected parameters of demo, received nope');
  });
});

describe('checkInstanceProps: each author mistake fails the build with the note, the instance and what is valid', () => {
  const check = (props: Record<string, unknown>, locals = {}) => checkInstanceProps(spec, props, { file, locals, extra: ['title'] });
  it('accepts a configured instance and returns plain props for the island', () => {
    expect(check({ id: 'laplace', state: 'https://x.org/notes/demo/?demo.ftp=1%2F2', controls: ['vs', 'ftp'], caption: ' It gives {probability}. ' })).toEqual({
      id: 'laplace',
      start: { ftp: 0.5 },
      controls: ['ftp', 'vs'],
      caption: 'It gives {probability}.',
    });
    expect(check({})).toEqual({ id: 'demo', start: {}, controls: null, caption: null });
  });
  it.each([
    [{ colour: 'red' }, 'content/demo.mdx: <Demo>: unknown prop "colour"; expected "id", "state", "controls", "caption", "title".'],
    [{ id: 'Laplace Rule' }, 'content/demo.mdx: <Demo id="Laplace Rule">: prop "id" must be a kebab-case name such as "laplace-rule" (it prefixes the figure\'s URL keys), received "Laplace Rule".'],
    [{ id: 'a', state: 'demo.vs=0' }, 'content/demo.mdx: <Demo id="a">: state demo.vs="0" is below its range; vs takes a number from 0.1 to 10.'],
    [{ id: 'a', state: 'demo.colour=1' }, 'content/demo.mdx: <Demo id="a">: state key "demo.colour" is not a parameter of this widget; valid keys: ftp, vs, start, mode, show.'],
    [{ id: 'a', controls: ['ftp', 'show'] }, 'content/demo.mdx: <Demo id="a">: control "show" is not one of this widget\'s controls; valid: ftp, vs, start, mode.'],
    [{ id: 'a', controls: [] }, 'content/demo.mdx: <Demo id="a">: prop "controls" must be a non-empty list of control names, e.g. controls={["ftp"]}; valid: ftp, vs, start, mode.'],
    [{ id: 'a', caption: 'by {year}' }, 'content/demo.mdx: <Demo id="a">: caption quotes {year}, which this widget does not provide; it can quote {probability} (write {{ and }} for literal braces).'],
    [{ id: 'a', caption: '' }, 'content/demo.mdx: <Demo id="a">: prop "caption" must be a non-empty string, received "".'],
  ])('%j', (props, message) => {
    expect(() => check(props)).toThrow(new InstanceError(message));
  });
  it('refuses a second instance with the same id on one page, not on another page', () => {
    const page = {};
    check({ id: 'a' }, page);
    expect(() => check({ id: 'a' }, page)).toThrow('content/demo.mdx: <Demo id="a">: id "a" is already used by another figure on this page; give each instance its own id (its URL keys are "a.<param>").');
    expect(() => check({}, page)).not.toThrow();
    expect(() => check({}, page)).toThrow('id "demo" is already used');
    expect(() => check({ id: 'a' }, {})).not.toThrow();
  });
  it('names the note file from the page path', () => {
    expect(noteFileOf('/notes/low-stakes-alignment/')).toBe('content/low-stakes-alignment.mdx');
    expect(noteFileOf('/')).toBe('the page /');
  });
});
