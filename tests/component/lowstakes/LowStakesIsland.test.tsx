// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { defaults } from '~state/index';
import { simulate, type LowStakesRun } from '~compute/lowstakes/index';
import { LowStakesIsland } from '~components/widgets/lowstakes/LowStakesIsland';
import { CHART_WINDOWS, lowstakesSchema, PRESETS, scenarioOf, type LowStakesParams } from '~components/widgets/lowstakes/params';
import { formatNumber, formatProbability } from '~components/widgets/lowstakes/view';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';

const setUrl = (url: string) => history.replaceState(null, '', url);

beforeEach(() => {
  vi.useFakeTimers();
  setUrl('/notes/low-stakes-alignment/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const expected = (params: Partial<LowStakesParams>) => simulate(scenarioOf({ ...defaults(lowstakesSchema), ...params }), CHART_WINDOWS);
/** A figure as the reader sees it: the <dd> after the <dt> whose text matches. */
const shown = (term: RegExp) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!.textContent!;
const headline = () => document.querySelector('.ls-headline')!.textContent!;
const readout = () => document.querySelector('.ls-readout')!.textContent!;
/** The run follows a tweak in a task after the frame (useDeferredCompute): let it catch up. */
const caughtUp = () =>
  act(() => {
    vi.advanceTimersByTime(1);
  });
const flushUrl = () =>
  act(() => {
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10);
  });

describe('LowStakesIsland', () => {
  it('opens on the low-stakes preset and shows the compute model’s figures', () => {
    const runs: LowStakesRun[] = [];
    render(<LowStakesIsland onRun={(r) => runs.push(r)} />);
    const want = expected({});
    expect(runs.at(-1)!.badDecisions).toBe(want.badDecisions);
    expect(screen.getByRole('button', { name: 'low stakes: bounded damage' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(PRESETS[0]!.caption)).toBeTruthy();
    expect(shown(/Expected bad decisions/)).toBe(formatNumber(want.badDecisions));
    expect(shown(/P\(catastrophe\)/)).toBe(formatProbability(want.catastropheProbability));
    expect(shown(/Regret/)).toBe(`${formatNumber(want.regret)} (${formatNumber(want.regretBound)})`);
    expect(headline()).toMatch(/^Hedge over T = 10,000 steps/);
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('each preset button sets its story, keeps the seed, and writes the URL', () => {
    setUrl('/notes/low-stakes-alignment/?lowstakes.seed=5');
    render(<LowStakesIsland />);
    fireEvent.click(screen.getByRole('button', { name: 'train then deploy never recovers' }));
    caughtUp();
    expect(screen.getByRole('button', { name: 'train then deploy never recovers' }).getAttribute('aria-pressed')).toBe('true');
    expect(shown(/Expected bad decisions/)).toBe('5,000');
    expect(shown(/Steps to recover/)).toBe('never');
    flushUrl();
    expect(location.search).toBe('?lowstakes.learner=frozen&lowstakes.run=20&lowstakes.seed=5');
    fireEvent.click(screen.getByRole('button', { name: 'follow-the-leader is exploitable' }));
    caughtUp();
    expect(headline()).toMatch(/^Follow-the-leader over T = 1,000 steps/);
    fireEvent.click(screen.getByRole('button', { name: 'high stakes: one bad decision is fatal' }));
    caughtUp();
    expect(shown(/P\(catastrophe\)/)).toBe(formatProbability(expected({ stakes: 10_000, run: 1, seed: 5 }).catastropheProbability));
    fireEvent.click(screen.getByRole('button', { name: 'low stakes: bounded damage' }));
    caughtUp();
    flushUrl();
    expect(location.search).toBe('?lowstakes.seed=5');
  });

  it('a link reproduces the figure; other widgets’ keys are kept', () => {
    setUrl('/notes/low-stakes-alignment/?lowstakes.learner=fixed-share&lowstakes.share=0.01&lowstakes.steps=2000&lowstakes.run=5&lowstakes.worldOpen=true&other.key=1');
    render(<LowStakesIsland />);
    caughtUp(); // the link is read after hydration; its run follows a task later
    const want = expected({ learner: 'fixed-share', share: 0.01, steps: 2000, run: 5 });
    expect(shown(/Expected bad decisions/)).toBe(formatNumber(want.badDecisions));
    expect(shown(/P\(catastrophe\): a run of 5 bad decisions/)).toBe(formatProbability(want.catastropheProbability));
    expect((screen.getByRole('combobox', { name: 'Learner' }) as HTMLSelectElement).value).toBe('fixed-share');
    expect(screen.getByText('Custom settings: none of the presets.')).toBeTruthy();
    fireEvent.input(screen.getByRole('slider', { name: 'Deceptive policies' }), { target: { value: '5' } });
    caughtUp();
    flushUrl();
    expect(location.search).toBe('?lowstakes.deceptive=5&lowstakes.learner=fixed-share&lowstakes.run=5&lowstakes.share=0.01&lowstakes.steps=2000&lowstakes.worldOpen=true&other.key=1');
    expect(shown(/Expected bad decisions/)).toBe(formatNumber(expected({ learner: 'fixed-share', share: 0.01, steps: 2000, run: 5, deceptive: 5 }).badDecisions));
  });

  it('bad link values show a note and fall back; the widget keeps working', () => {
    setUrl('/notes/low-stakes-alignment/?lowstakes.learner=genius&lowstakes.stakes=-4&lowstakes.steps=lots');
    render(<LowStakesIsland />);
    caughtUp();
    const notes = screen.getByRole('status').textContent!;
    expect(notes).toContain('“genius” for learner was not understood; using hedge');
    expect(notes).toContain('stakes B');
    expect(notes).toContain('“lots” for horizon T');
    expect(shown(/Expected bad decisions/)).toBe(formatNumber(expected({ stakes: 1 }).badDecisions));
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Learner' }), { target: { value: 'follow-the-leader' } });
    caughtUp();
    expect(headline()).toMatch(/^Follow-the-leader/);
  });

  it('turning the theory rate off shows an η slider starting at the theory value; the bound disappears', () => {
    render(<LowStakesIsland />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Theory rate/ }));
    caughtUp();
    const eta = screen.getByRole('slider', { name: 'Learning rate η' }) as HTMLInputElement;
    expect(eta.getAttribute('aria-valuetext')).toBe('0.0429');
    expect(shown(/Regret/)).toBe(formatNumber(expected({ theory: false, eta: 0.0429 }).regret));
    flushUrl();
    expect(location.search).toBe('?lowstakes.eta=0.0429&lowstakes.theory=false');
  });

  it('the charts are keyboard-readable: ←/→, Page Up/Down, Home/End move one cursor the readout follows', () => {
    render(<LowStakesIsland />);
    const chart = screen.getByRole('img', { name: /Regret so far over 10,000 steps/ });
    expect(readout()).toMatch(/^After step 10,000:/);
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(readout()).toMatch(/^After step 34:.*steps 1–34/);
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout()).toMatch(/^After step 68:/);
    fireEvent.keyDown(chart, { key: 'PageUp' });
    expect(readout()).toMatch(/^After step 1,088:/);
    const weights = screen.getByRole('img', { name: /Weight on each kind of policy/ });
    fireEvent.keyDown(weights, { key: 'PageDown' });
    expect(readout()).toMatch(/^After step 68:/);
    fireEvent.keyDown(weights, { key: 'End' });
    expect(readout()).toMatch(/^After step 10,000:/);
    expect(readout()).toMatch(/aligned 100%/);
  });
});
