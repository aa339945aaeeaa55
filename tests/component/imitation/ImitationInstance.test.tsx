// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { defaults } from '~state/index';
import { observeWorld } from '~compute/imitation/index';
import { ImitationIsland } from '~components/widgets/imitation/ImitationIsland';
import { imitationInstance } from '~components/widgets/imitation/instance';
import { imitationSchema, scenarioOf, type ImitationParams } from '~components/widgets/imitation/params';
import { quotesOf } from '~components/widgets/imitation/quotes';
import { advanceRun, createRun } from '~components/widgets/imitation/simulation';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';

const file = 'content/formal-solution-to-the-inner-alignment-problem.mdx';
const MIN = { id: 'min-distribution', state: '?imitation.rule=top-k&imitation.k=10&imitation.step=10&imitation.learner=conservative', controls: ['k', 'step'], caption: 'Step {step}: sums to {minSum}, asks with {queryProbability}.' };

/** The quotes the compute model gives for these parameters at their step. */
function expectedQuotes(p: Partial<ImitationParams>) {
  const params = { ...defaults(imitationSchema), ...p };
  const run = createRun(scenarioOf(params));
  advanceRun(run, params.step, 20_000);
  return quotesOf(observeWorld(run.state), params);
}
const caption = () => screen.getByTestId('instance-caption').textContent;
const flushUrl = () => act(() => void vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10));

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/notes/formal-solution-to-the-inner-alignment-problem/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('<Imitation> instance props at build time', () => {
  it('reads the pasted state with any prefix and returns what the island needs', () => {
    const config = checkInstanceProps(imitationInstance, MIN, { file, locals: {} });
    expect(config).toEqual({ id: 'min-distribution', start: { rule: 'top-k', k: 10, step: 10, learner: 'conservative' }, controls: ['k', 'step'], caption: MIN.caption });
  });
  it('fails the build for each kind of bad prop, naming the note, the instance and what is valid', () => {
    const check = (props: Record<string, unknown>, locals = {}) => () => checkInstanceProps(imitationInstance, props, { file, locals });
    expect(check({ id: 'a', state: '?imitation.kk=3' })).toThrow(`${file}: <Imitation id="a">: state key "imitation.kk" is not a parameter of this widget; valid keys: rule, alpha, k, prior, deceptive, ratio, trigger, together, speed, seed, step, learner, aboutOpen, worldOpen, detailsOpen, sweepOpen.`);
    expect(check({ id: 'a', state: 'x.step=99999' })).toThrow(`${file}: <Imitation id="a">: state x.step="99999" is above its range; step takes a whole number from 0 to 20000.`);
    expect(check({ id: 'a', state: 'learner=everyone' })).toThrow(`${file}: <Imitation id="a">: state learner="everyone" is not valid; learner takes one of all, conservative, mixture, map.`);
    expect(check({ id: 'a', controls: ['play'] })).toThrow(`${file}: <Imitation id="a">: control "play" is not one of this widget's controls; valid: rule, alpha, k, prior, deceptive, ratio, trigger, together, seed, step, speed.`);
    expect(check({ id: 'a', caption: 'asks {theta}' })).toThrow(`${file}: <Imitation id="a">: caption quotes {theta}, which this widget does not provide; it can quote {step}, {minSum}, {queryProbability}, {queries}, {catastrophes}, {setSize}, {inSet}, {mixtureCatastrophes}, {mapCatastrophes}, {setRule}, {prior} (write {{ and }} for literal braces).`);
    expect(check({ id: 'Bad Id' })).toThrow(`${file}: <Imitation id="Bad Id">: prop "id" must be a kebab-case name`);
    expect(check({ title: 'x' })).toThrow(`${file}: <Imitation>: unknown prop "title"`);
    const locals = {};
    check({ id: 'twice' }, locals)();
    expect(check({ id: 'twice' }, locals)).toThrow(`${file}: <Imitation id="twice">: id "twice" is already used by another figure on this page`);
  });
});

describe('a focused imitation figure', () => {
  it('opens in its start state (the compute model at that step), namespaced, showing only its controls and the fixed line', () => {
    const config = checkInstanceProps(imitationInstance, MIN, { file, locals: {} });
    render(<ImitationIsland {...config} />);
    const want = expectedQuotes({ rule: 'top-k', k: 10, step: 10 });
    expect(caption()).toBe(`Step 10: sums to ${want.minSum}, asks with ${want.queryProbability}.`);
    expect(want.minSum).not.toBe('100%');
    expect(document.querySelector('.imit-headline')!.textContent).toMatch(/^Step 10\. Conservative imitator: /);
    expect(screen.getAllByRole('slider').map((s) => s.getAttribute('aria-label') ?? s.id)).toHaveLength(1);
    expect(screen.getByRole('slider', { name: 'k' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Presets' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Set rule' })).toBeNull();
    expect(screen.queryByRole('img', { name: /Query probability over time/ })).toBeNull();
    expect(document.querySelectorAll('.imit-panel')).toHaveLength(1);
    expect(document.querySelector('.instance-fixed')!.textContent).toBe('Fixed: top-k rule (the note) · demonstrator’s prior 5.0% · 5 deceptive models · deceptive prior 5× an honest one · trigger step 300 · triggers 10 steps apart · seed 1');
    expect(document.querySelector('.imit-permalink a')!.textContent).toContain('?min-distribution.learner=conservative&min-distribution.rule=top-k&min-distribution.step=10');
  });

  it('a tweak replays to the same step, updates the caption and writes only its own keys', () => {
    const config = checkInstanceProps(imitationInstance, MIN, { file, locals: {} });
    render(<ImitationIsland {...config} />);
    fireEvent.input(screen.getByRole('slider', { name: 'k' }), { target: { value: '1' } });
    const want = expectedQuotes({ rule: 'top-k', k: 1, step: 10 });
    expect(caption()).toBe(`Step 10: sums to ${want.minSum}, asks with ${want.queryProbability}.`);
    expect(want.minSum).toBe('100%');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(caption()).toMatch(/^Step 11: /);
    flushUrl();
    expect(location.search).toBe('?min-distribution.k=1&min-distribution.learner=conservative&min-distribution.rule=top-k&min-distribution.step=11');
  });

  it('two instances keep separate keys; the full model keeps its own (imitation.*)', () => {
    history.replaceState(null, '', '/notes/x/?imitation.step=5&min-distribution.k=3');
    const config = checkInstanceProps(imitationInstance, MIN, { file, locals: {} });
    render(
      <>
        <ImitationIsland {...config} />
        <div data-testid="full">
          <ImitationIsland />
        </div>
      </>,
    );
    expect(screen.getByRole('slider', { name: 'k' }).getAttribute('aria-valuenow') ?? (screen.getByRole('slider', { name: 'k' }) as HTMLInputElement).value).toBe('3');
    expect(document.querySelectorAll('.imit-headline')[1]!.textContent).toMatch(/^Step 5\. Catastrophes/);
    expect(caption()).toMatch(/^Step 10: /);
  });
});

describe('the full model', () => {
  it('shows every control with the presets and folds the explanation, world settings, learner panels and sweep', () => {
    render(<ImitationIsland />);
    expect(screen.getByRole('group', { name: 'Presets' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Query probability over time/ })).toBeTruthy();
    const folds = [...document.querySelectorAll('details.instance-disclosure')].map((d) => [d.querySelector('summary')!.textContent, (d as HTMLDetailsElement).open]);
    expect(folds).toEqual([
      ['What you are seeing', false],
      ['The world: priors, deceptive models, trigger, seed', false],
      ['Each learner: its posterior and the min operation', false],
      ['Sweep over α: the safety–querying trade-off', false],
    ]);
    expect(document.querySelector('.instance-fixed')).toBeNull();
    expect(screen.queryByTestId('imitation-sweep')).toBeNull();
  });
  it('a link opens a fold', () => {
    history.replaceState(null, '', '/notes/x/?imitation.detailsOpen=true&imitation.worldOpen=true');
    render(<ImitationIsland />);
    expect(document.querySelectorAll('.imit-panel')).toHaveLength(3);
    expect(screen.getByRole('slider', { name: 'Deceptive models' })).toBeTruthy();
  });
});
