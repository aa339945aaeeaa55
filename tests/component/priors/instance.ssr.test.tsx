// Node environment on purpose: the server render of a configured instance, as Astro's build does it.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { evaluateScenario, parseScenario } from '~compute/priors/index';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { InstanceError } from '~components/ui/instance/stateText';
import { priorsInstance } from '~components/widgets/priors/instance';
import { PriorsIsland } from '~components/widgets/priors/PriorsIsland';
import { formatPercent } from '~components/widgets/priors/view';

const PATH = '/notes/report-on-semi-informative-priors/';
const FILE = 'content/report-on-semi-informative-priors.mdx';
const CALENDAR_ONLY = 'priors.wCalendar=1&priors.wResearcher=0&priors.wCompute=0&priors.wLifetime=0&priors.wEvolution=0&priors.wImpossible=0';
const check = (props: Record<string, unknown>, locals: object = {}) => checkInstanceProps(priorsInstance, props, { file: FILE, locals, extra: ['title'] });
const calendar = (ftp: number, start = 1956) => evaluateScenario(parseScenario({ rules: [{ kind: 'calendar', ftp, virtualSuccesses: 1, start }] }));

describe('a configured <Priors> on the server', () => {
  it('renders its starting state as the first frame, with the caption filled from the model', () => {
    const config = check({ id: 'calendar-2036', state: `https://example.org${PATH}?${CALENDAR_ONLY}&priors.ftp=1%2F100`, controls: ['ftp', 'start'], caption: 'ftp {ftp} since {start}: {probability} by {to}.' });
    expect(typeof window).toBe('undefined');
    const html = renderToString(<PriorsIsland path={PATH} {...config} />);
    const expected = formatPercent(calendar(1 / 100).probability);
    expect(html).toContain(`<strong class="priors-big">${expected}</strong>`);
    expect(html).toContain(`ftp 1/100 since 1956: ${expected} by 2036.`);
    expect(html).toContain('data-testid="calendar-2036-headline"');
    expect(html).toContain('aria-valuetext="1/100"');
  });

  it('the full model (no props) opens at the Central preset with keys priors.*', () => {
    const config = check({});
    expect(config).toEqual({ id: 'priors', start: {}, controls: null, caption: null });
    const html = renderToString(<PriorsIsland path={PATH} {...config} />);
    expect(html).toContain(`<strong class="priors-big">${formatPercent(evaluateScenario(parseScenario({ preset: 'central' })).probability)}</strong>`);
    expect(html).toContain('Semi-informative priors calculator');
  });
});

describe('each mistake in a <Priors> fails the build with the note, the instance and what is valid', () => {
  const fails = (props: Record<string, unknown>, message: string, locals: object = {}) => {
    expect(() => check(props, locals)).toThrow(InstanceError);
    expect(() => check(props, locals)).toThrow(message);
  };
  it('an unknown prop', () => fails({ id: 'a', colour: 'red' }, `${FILE}: <Priors id="a">: unknown prop "colour"; expected "id", "state", "controls", "caption", "title".`));
  it('a bad id', () => fails({ id: 'Laplace Rule' }, `${FILE}: <Priors id="Laplace Rule">: prop "id" must be a kebab-case name such as "laplace-rule"`));
  it('an unknown state key', () => fails({ id: 'a', state: '?priors.ftpx=1/2' }, 'state key "priors.ftpx" is not a parameter of this widget; valid keys: from, to, ftp, vs, start,'));
  it('a state value out of range', () => fails({ id: 'a', state: '?laplace.ftp=1/5000' }, `${FILE}: <Priors id="a">: state laplace.ftp="1/5000" is below its range; ftp takes`));
  it('a control the widget does not have', () => fails({ id: 'a', controls: ['ftp', 'showLaplace'] }, 'control "showLaplace" is not one of this widget\'s controls; valid: from, to, ftp, vs, start, gExp, gAct, X, spendM, wCalendar,'));
  it('a caption slot it cannot quote', () => fails({ id: 'a', caption: 'gives {prob}' }, 'caption quotes {prob}, which this widget does not provide; it can quote {probability}, {static}, {laplace}, {calendar}, {from}, {to}, {ftp}, {vs}, {start}, {trialsSoFar}'));
  it('a duplicate id on one page', () => {
    const locals = {};
    check({ id: 'laplace' }, locals);
    fails({ id: 'laplace' }, 'id "laplace" is already used by another figure on this page', locals);
  });
});
