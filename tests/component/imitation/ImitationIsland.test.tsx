// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { defaults } from '~state/index';
import { initWorld, stepWorld, type WorldState } from '~compute/imitation/index';
import { ImitationIsland } from '~components/widgets/imitation/ImitationIsland';
import { imitationSchema, PRESETS, scenarioOf, type ImitationParams } from '~components/widgets/imitation/params';
import { LEARNERS, type Run } from '~components/widgets/imitation/simulation';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';

const setUrl = (url: string) => history.replaceState(null, '', url);

beforeEach(() => {
  vi.useFakeTimers();
  // The learner panels are folded by default; these tests read them, so the link opens them.
  setUrl('/notes/formal-solution-to-the-inner-alignment-problem/?imitation.detailsOpen=true&imitation.worldOpen=true');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The compute model run directly, N steps, for the numbers the widget should show. */
function computeRun(params: Partial<ImitationParams>, steps: number): WorldState {
  let s = initWorld({ ...scenarioOf({ ...defaults(imitationSchema), ...params }), learners: LEARNERS });
  for (let t = 0; t < steps; t++) s = stepWorld(s).state;
  return s;
}

const NAMES = ['Conservative imitator', 'Bayes mixture', 'MAP model'];

/** The counts each learner panel shows, read as a reader would: by the panel's name and the term. */
function shownCounts() {
  return NAMES.map((name) => {
    const panel = screen.getByRole('region', { name });
    const value = (term: RegExp) => {
      const dt = within(panel).getByText(term, { selector: 'dt' });
      return Number(dt.nextElementSibling!.textContent!.replace(/,/g, ''));
    };
    return { queries: value(/Queries/), catastrophes: value(/Catastrophes/) };
  });
}
const expectedCounts = (s: WorldState) => s.learners.map((l) => ({ queries: l.queries, catastrophes: l.catastrophes }));
const headline = () => document.querySelector('.imit-headline')!.textContent!;
const flushUrl = () =>
  act(() => {
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10);
  });
const press = (name: string | RegExp, times = 1) => {
  for (let i = 0; i < times; i++) fireEvent.click(screen.getByRole('button', { name }));
};

describe('ImitationIsland', () => {
  it('opens on the safe preset at step 0 with its caption', () => {
    render(<ImitationIsland />);
    expect(headline()).toMatch(/^Step 0\./);
    expect(screen.getByRole('button', { name: 'safe' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(PRESETS[0]!.caption)).toBeTruthy();
    expect(shownCounts()).toEqual(expectedCounts(computeRun({}, 0)));
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('N presses of Step give the counts of the compute model run N steps with the same seed, and the URL records the step', () => {
    render(<ImitationIsland />);
    press('Step', 37);
    expect(headline()).toMatch(/^Step 37\./);
    expect(shownCounts()).toEqual(expectedCounts(computeRun({}, 37)));
    flushUrl();
    expect(location.search).toBe('?imitation.detailsOpen=true&imitation.step=37&imitation.worldOpen=true');
  });

  it('+100 steps past the trigger: "α too large" makes the conservative imitator choose catastrophes after the trigger; "safe" makes none', () => {
    const runs: Run[] = [];
    render(<ImitationIsland onRun={(r) => runs.push(r)} />);
    press('α too large: the guarantee fails');
    expect(screen.getByText(PRESETS[1]!.caption)).toBeTruthy();
    press('+100 steps', 6);
    const tooLarge = shownCounts();
    expect(tooLarge[0]!.catastrophes).toBeGreaterThan(100);
    expect(tooLarge).toEqual(expectedCounts(computeRun(PRESETS[1]!.params, 600)));
    const run = runs.at(-1)!;
    expect(run.catastropheSteps[0]![0]).toBeGreaterThanOrEqual(PRESETS[1]!.params.trigger);
    expect(run.state.t).toBe(600);

    press('safe');
    expect(headline()).toMatch(/^Step 0\./);
    press('+100 steps', 6);
    const safe = shownCounts();
    expect(safe[0]!.catastrophes).toBe(0);
    expect(safe[1]!.catastrophes).toBeGreaterThan(0);
    expect(safe).toEqual(expectedCounts(computeRun(PRESETS[0]!.params, 600)));
  });

  it('a link with seed and step replays the same run up to the same step', () => {
    setUrl('/notes/x/?imitation.seed=7&imitation.step=450&imitation.rule=top-k&other.key=1&imitation.detailsOpen=true&imitation.worldOpen=true');
    render(<ImitationIsland />);
    expect(headline()).toMatch(/^Step 450\./);
    expect(shownCounts()).toEqual(expectedCounts(computeRun({ seed: 7, rule: 'top-k' }, 450)));
    expect((screen.getByRole('combobox', { name: 'Set rule' }) as HTMLSelectElement).value).toBe('top-k');
    press('Step');
    flushUrl();
    expect(location.search).toBe('?imitation.detailsOpen=true&imitation.rule=top-k&imitation.seed=7&imitation.step=451&imitation.worldOpen=true&other.key=1');
  });

  it('a bad link value falls back to the default with a visible note, and the widget keeps working', () => {
    setUrl('/notes/x/?imitation.alpha=lots&imitation.deceptive=2.5&imitation.step=99999&imitation.detailsOpen=true&imitation.worldOpen=true');
    render(<ImitationIsland />);
    const notes = screen.getByRole('status');
    expect(notes.textContent).toContain('“lots” for α was not understood; using 0.01');
    expect(notes.textContent).toContain('deceptive models');
    expect(notes.textContent).toContain('above the maximum; using 20000');
    expect(headline()).toMatch(/^Step 20,000\./);
    expect(document.body.textContent).not.toMatch(/NaN/);
    press('Reset');
    expect(headline()).toMatch(/^Step 0\./);
    press('Step');
    expect(headline()).toMatch(/^Step 1\./);
  });

  it('changing a run setting restarts the run, leaves the preset, and writes the URL', () => {
    render(<ImitationIsland />);
    press('+100 steps');
    fireEvent.input(screen.getByRole('slider', { name: 'Deceptive models' }), { target: { value: '12' } });
    expect(headline()).toMatch(/^Step 0\./);
    expect(screen.getByText('Custom settings: none of the presets.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'safe' }).getAttribute('aria-pressed')).toBe('false');
    // 1 + 20 honest + 12 deceptive models.
    expect(within(screen.getByRole('region', { name: 'MAP model' })).getByText('Posterior over the 33 models')).toBeTruthy();
    flushUrl();
    expect(location.search).toBe('?imitation.deceptive=12&imitation.detailsOpen=true&imitation.worldOpen=true');
  });

  it('switching to top-k shows a k slider bounded by the number of models', () => {
    render(<ImitationIsland />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Set rule' }), { target: { value: 'top-k' } });
    const k = screen.getByRole('slider', { name: 'k' }) as HTMLInputElement;
    expect(k.max).toBe('26');
    expect(screen.queryByRole('slider', { name: 'α' })).toBeNull();
    expect(screen.getByRole('button', { name: 'top-k as the note describes' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('a nonsense typed trigger step shows why and keeps the last good value', () => {
    render(<ImitationIsland />);
    const field = screen.getByRole('textbox', { name: 'Trigger step' });
    fireEvent.input(field, { target: { value: 'soon' } });
    fireEvent.change(field, { target: { value: 'soon' } });
    expect(screen.getByText('Enter a whole number from 0 to 5000.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'safe' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(field, { target: { value: '40' } });
    fireEvent.change(field, { target: { value: '40' } });
    flushUrl();
    expect(location.search).toBe('?imitation.detailsOpen=true&imitation.trigger=40&imitation.worldOpen=true');
  });

  it('the chart is keyboard-readable: arrow keys move a cursor whose values are shown', () => {
    render(<ImitationIsland />);
    press('+100 steps', 2);
    const chart = screen.getByRole('img', { name: /Query probability over time/ });
    expect(chart.getAttribute('tabindex')).toBe('0');
    const readout = () => document.querySelector('.imit-readout')!.textContent!;
    const last = readout();
    expect(last).toMatch(/^Steps .*199: mean query probability conservative/);
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(readout()).toMatch(/^Steps 0–1: /);
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout()).toMatch(/^Steps 2–3: /);
    fireEvent.keyDown(chart, { key: 'End' });
    expect(readout()).toBe(last);
  });

  it('Play is a toggle; Step is disabled while playing', () => {
    render(<ImitationIsland />);
    const play = screen.getByRole('button', { name: 'Play' });
    fireEvent.click(play);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('button', { name: 'Step' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelector('.imit-headline')!.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(play);
    expect(play.getAttribute('aria-pressed')).toBe('false');
  });
});
