// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { defaults } from '~state/index';
import { instanceSchema } from '~components/ui/instance/instanceSchema';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { TangentIsland, quotesOf, type TangentInitial } from '~components/widgets/tangent/TangentIsland';
import { tangentInstance } from '~components/widgets/tangent/instance';
import { advance, createSession, frameAt, frameOf, type Session } from '~components/widgets/tangent/frames';
import { runConfig, runKey, tangentSchema } from '~components/widgets/tangent/params';
import type { Trainer } from '~components/widgets/tangent/trainer';

const setUrl = (url: string) => history.replaceState(null, '', url);
const file = 'content/updating-the-lottery-ticket-hypothesis.mdx';

/** The real model in-process (as TangentIsland.test.tsx), logging setups and advances. */
function inProcessTrainer() {
  const log = { setups: [] as number[], advances: [] as number[] };
  let session: Session | null = null;
  const trainer: Trainer = {
    async setup(config, total) {
      log.setups.push(config.width);
      session = createSession(config, total);
      return frameOf(session, { tickets: false });
    },
    async advance(steps, budgetMs) {
      log.advances.push(steps);
      session = advance(session!, steps, budgetMs);
      return frameOf(session, { tickets: false });
    },
    async tickets() {
      throw new Error('not used');
    },
    async sweepWidth() {
      throw new Error('a focused figure computes no sweep');
    },
    dispose() {},
  };
  return { log, factory: vi.fn(async () => trainer) };
}

/** What Tangent.astro gives an instance: its start params' frame at the start step, no sweeps. */
function instanceProps(props: Record<string, unknown>) {
  const config = checkInstanceProps(tangentInstance, props, { file, locals: {} });
  const p = defaults(instanceSchema(tangentSchema, config.id, config.start));
  const initial: TangentInitial = { key: runKey(p), frame: frameAt(runConfig(p), p.steps, p.step), sweeps: {} };
  return { ...config, initial };
}

// A short schedule keeps the test quick; the numbers are the model's.
const NARROW = { id: 'narrow', state: '?tangent.width=16&tangent.steps=100&tangent.step=100', controls: ['width', 'step'], caption: 'Width {width}, step {step}: weights moved {weightChange}, gap {functionGap}.' };
const narrow = instanceProps(NARROW);

beforeEach(() => setUrl('/notes/updating-the-lottery-ticket-hypothesis/'));
afterEach(() => cleanup());

describe('Tangent instances', () => {
  it('opens in the start state: the frame at its step, its controls only, the fixed line and the caption from that frame, no worker', () => {
    const { factory } = inProcessTrainer();
    render(<TangentIsland {...narrow} createTrainer={factory} />);
    expect(document.querySelector('.tan-headline')!.textContent).toMatch(/^Step 100 of 100 \(finished\)\. functionGap [\d.]+/);
    expect(screen.getByRole('slider', { name: /Width/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: /Depth|Learning rate|Steps/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /mean-field/i })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /seed/i })).toBeNull();
    expect(document.querySelector('.tan-sweep')).toBeNull();
    expect(document.querySelector('.tan-ticket')).toBeNull();
    expect(document.querySelector('.instance-fixed')!.textContent).toBe('Fixed: sin x · 1 hidden layer · NTK scaling · η = 0.5 · 100 steps · seed 1');
    const q = quotesOf(narrow.initial.frame, defaults(instanceSchema(tangentSchema, 'narrow', narrow.start)));
    expect(screen.getByTestId('instance-caption').textContent).toBe(`Width 16, step 100: weights moved ${q.weightChange}, gap ${q.functionGap}.`);
    expect(q.weightChange).toMatch(/^[\d.]+$/);
    expect(factory).not.toHaveBeenCalled();
    expect(location.search).toBe('');
  });

  it('keys its URL by id and, after a width change, trains the new width to the step it showed; the caption follows', async () => {
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland {...narrow} createTrainer={factory} />);
    const slider = screen.getByRole('slider', { name: /Width/ });
    // position 400 of 1000 on the log scale from 16 to 16,384: width 256
    fireEvent.input(slider, { target: { value: '400' } });
    await waitFor(() => expect(document.querySelector('.tan-headline')!.textContent).toMatch(/^Step 100 of 100 \(finished\)/), { timeout: 10_000 });
    await waitFor(() => expect(location.search).toMatch(/narrow\.width=256/));
    const width = 256;
    expect(log.setups).toEqual([width]);
    expect(location.search).not.toMatch(/tangent\./);
    await waitFor(() => expect(screen.getByTestId('instance-caption').textContent).toMatch(new RegExp(`^Width ${width}, step 100: weights moved [\\d.]+, gap [\\d.]+\\.$`)));
    expect(screen.getByTestId('instance-caption').textContent).not.toBe(`Width 16, step 100`);
  });

  it('Play on a finished start state trains it again from step 0; Reset goes to step 0 and the link records it', async () => {
    const { factory, log } = inProcessTrainer();
    render(<TangentIsland {...narrow} createTrainer={factory} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(log.setups).toEqual([16]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false'), { timeout: 10_000 });
    expect(document.querySelector('.tan-headline')!.textContent).toMatch(/^Step 100 of 100 \(finished\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(document.querySelector('.tan-headline')!.textContent).toMatch(/^Step 0 of 100\. Press Play/));
    await waitFor(() => expect(location.search).toMatch(/^\?narrow\.step=0&/));
    expect(location.search).not.toMatch(/tangent\./);
  });

  it('two instances on one page keep separate keys', async () => {
    setUrl('/notes/x/?narrow.width=64&wide.width=2048');
    const wide = instanceProps({ id: 'wide', state: 'narrow.width=1024&steps=100&step=100', controls: ['width'] });
    const a = inProcessTrainer();
    const b = inProcessTrainer();
    render(
      <>
        <TangentIsland {...narrow} createTrainer={a.factory} />
        <TangentIsland {...wide} createTrainer={b.factory} />
      </>,
    );
    await waitFor(() => expect(a.log.setups).toEqual([64]));
    await waitFor(() => expect(b.log.setups).toEqual([2048]));
    const widths = screen.getAllByRole('slider', { name: /Width/ }).map((s) => s.getAttribute('aria-valuetext'));
    expect(widths).toEqual(['64', '2,048']);
  });
});

describe('Tangent build-time checks', () => {
  const check = (props: Record<string, unknown>) => () => checkInstanceProps(tangentInstance, props, { file, locals: {} });
  it('names the note, the instance and what is valid', () => {
    expect(check({ id: 'wide', state: '?tangent.width=99999' })).toThrow(`${file}: <Tangent id="wide">: state tangent.width="99999" is above its range; width takes`);
    expect(check({ id: 'wide', state: '?tangent.widht=64' })).toThrow(`${file}: <Tangent id="wide">: state key "tangent.widht" is not a parameter of this widget; valid keys: task, width, depth, scaling, lr, steps, seed, step, wide, sweepOpen, ticketsOpen.`);
    expect(check({ id: 'wide', controls: ['play'] })).toThrow(`${file}: <Tangent id="wide">: control "play" is not one of this widget's controls; valid: task, width, depth, lr, steps, seed, scaling, step.`);
    expect(check({ id: 'wide', caption: 'gap {gap}' })).toThrow(`${file}: <Tangent id="wide">: caption quotes {gap}, which this widget does not provide; it can quote {width}, {step}`);
    expect(check({ title: 'x' })).toThrow(`${file}: <Tangent>: unknown prop "title"; expected "id", "state", "controls", "caption".`);
    expect(check({ id: 'Wide' })).toThrow(`${file}: <Tangent id="Wide">: prop "id" must be a kebab-case name`);
    const locals = {};
    checkInstanceProps(tangentInstance, { id: 'wide' }, { file, locals });
    expect(() => checkInstanceProps(tangentInstance, { id: 'wide' }, { file, locals })).toThrow(`${file}: <Tangent id="wide">: id "wide" is already used by another figure on this page`);
  });
});
