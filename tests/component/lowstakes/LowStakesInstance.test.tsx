// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { defaults } from '~state/index';
import { simulate } from '~compute/lowstakes/index';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';
import { LowStakesIsland } from '~components/widgets/lowstakes/LowStakesIsland';
import { lowstakesInstance } from '~components/widgets/lowstakes/instance';
import { CHART_WINDOWS, lowstakesSchema, scenarioOf, type LowStakesParams } from '~components/widgets/lowstakes/params';
import { quotesOf } from '~components/widgets/lowstakes/text';

const FILE = 'content/low-stakes-alignment.mdx';
const setUrl = (url: string) => history.replaceState(null, '', url);
const check = (props: Record<string, unknown>, locals: Record<string, unknown> = {}) => checkInstanceProps(lowstakesInstance, props, { file: FILE, locals });
const quotes = (patch: Partial<LowStakesParams>) => {
  const params = { ...defaults(lowstakesSchema), ...patch };
  return quotesOf(simulate(scenarioOf(params), CHART_WINDOWS), params);
};
const later = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers();
  setUrl('/notes/low-stakes-alignment/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a focused low-stakes figure', () => {
  // the note's "high-stakes" figure
  const config = () => check({ id: 'high-stakes', state: '?lowstakes.stakes=10000&lowstakes.run=1&lowstakes.chart=weights', controls: ['stakes'], caption: 'B = {stakes}: {badDecisions} bad decisions, catastrophe {catastrophe}.' });

  it('opens in its start state with only its control, the fixed line and the caption filled for it', () => {
    render(<LowStakesIsland {...config()} />);
    expect(screen.getAllByRole('slider')).toHaveLength(1);
    expect(screen.getByRole('slider', { name: /Stakes B/ })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Learner' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'low stakes: bounded damage' })).toBeNull(); // presets are the full model's
    expect(document.querySelector('.instance-fixed')!.textContent).toBe('Fixed: treacherous turn · Hedge · theory rate · T = 10,000 · m = 1 · 3 deceptive · advantage 0.05 · turn at step 5,000 · seed 1');
    const q = quotes({ stakes: 10_000, run: 1 });
    expect(screen.getByTestId('instance-caption').textContent).toBe(`B = 10,000: ${q.badDecisions} bad decisions, catastrophe ${q.catastrophe}.`);
    expect(document.querySelector('.instance-disclosure')).toBeNull();
    expect(location.search).toBe('');
  });

  it('keeps its state under its id and refills the caption after a tweak, leaving other figures’ keys alone', () => {
    setUrl('/notes/low-stakes-alignment/?lowstakes.stakes=3');
    render(<LowStakesIsland {...config()} />);
    const slider = screen.getByRole('slider', { name: /Stakes B/ });
    fireEvent.input(slider, { target: { value: '0' } }); // the log slider's first position: B = 1, its minimum
    later(1);
    const q = quotes({ stakes: 1, run: 1 });
    expect(screen.getByTestId('instance-caption').textContent).toBe(`B = 1: ${q.badDecisions} bad decisions, catastrophe ${q.catastrophe}.`);
    later(URL_WRITE_DELAY_MS + 10);
    const search = new URLSearchParams(location.search);
    expect(search.get('high-stakes.stakes')).toBe('1');
    expect(search.get('lowstakes.stakes')).toBe('3');
  });

  it('the full model shows every control and the presets, with nothing fixed', () => {
    render(<LowStakesIsland />);
    expect(screen.getByRole('combobox', { name: 'Learner' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'low stakes: bounded damage' })).toBeTruthy();
    expect(document.querySelector('.instance-fixed')).toBeNull();
  });
});

describe('the low-stakes instance props at build time', () => {
  it('reads a pasted permalink whatever its prefix', () => {
    expect(check({ id: 'transition', state: 'https://example.org/notes/x/?high-stakes.stakes=10&high-stakes.learner=fixed-share', controls: ['learner'] }).start).toEqual({ stakes: 10, learner: 'fixed-share' });
  });

  it('names the note, the instance, the key and what is valid', () => {
    expect(() => check({ id: 'transition', state: '?lowstakes.stake=10' })).toThrow(new RegExp(`^${FILE}: <LowStakes id="transition">: state key "lowstakes.stake" is not a parameter of this widget; valid keys: world, learner,`));
    expect(() => check({ id: 'transition', state: '?lowstakes.turn=2' })).toThrow(/state lowstakes\.turn="2" is above its range/);
    expect(() => check({ id: 'transition', controls: ['lerner'] })).toThrow(`${FILE}: <LowStakes id="transition">: control "lerner" is not one of this widget's controls; valid: world, learner, theory, eta, share, watch, steps, stakes, run, deceptive, advantage, turn, seed.`);
    expect(() => check({ id: 'transition', caption: 'Regret {regrets}' })).toThrow(/caption quotes \{regrets\}, which this widget does not provide; it can quote \{badDecisions\}, \{damage\}, \{regret\}/);
    const locals = {};
    check({ id: 'transition' }, locals);
    expect(() => check({ id: 'transition' }, locals)).toThrow(/id "transition" is already used by another figure on this page/);
  });
});
