// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, within } from '@testing-library/preact';
import { evaluateScenario, parseScenario } from '~compute/priors/index';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { toLogPosition } from '~components/ui/logScale';
import { priorsInstance } from '~components/widgets/priors/instance';
import { PriorsIsland } from '~components/widgets/priors/PriorsIsland';
import { formatPercent } from '~components/widgets/priors/view';

const PATH = '/notes/report-on-semi-informative-priors/';
const CALENDAR_ONLY =
  '?priors.wCalendar=1&priors.wResearcher=0&priors.wCompute=0&priors.wLifetime=0&priors.wEvolution=0&priors.wImpossible=0&priors.showCombined=false&priors.showResearcher=false&priors.showCompute=false&priors.showLifetime=false&priors.showEvolution=false&priors.showImpossible=false';
const config = (props: Record<string, unknown>) => checkInstanceProps(priorsInstance, props, { file: 'content/x.mdx', locals: {} });
const calendar = (ftp: number, start = 1956) => evaluateScenario(parseScenario({ rules: [{ kind: 'calendar', ftp, virtualSuccesses: 1, start }] }));
const flushUrl = () =>
  act(() => {
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
  });
const laplace = () => config({ id: 'laplace', state: `${CALENDAR_ONLY}&priors.showLaplace=true`, controls: ['ftp'], caption: 'Laplace gives {laplace}; ftp {ftp} gives {probability} by {to}.' });
const cal2036 = () => config({ id: 'calendar-2036', state: CALENDAR_ONLY, controls: ['ftp', 'start'], caption: '{trialsSoFar} trials since {start}: {probability}.' });
const host = (id: string) => document.querySelector<HTMLElement>(`[data-instance="${id}"]`)!;

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', PATH);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('configured <Priors> instances', () => {
  it('show only their chosen controls, no presets or folded panels, and the fixed line', () => {
    render(<PriorsIsland path={PATH} {...cal2036()} />);
    const fig = within(host('calendar-2036'));
    expect(fig.getAllByRole('slider').map((s) => s.getAttribute('aria-label') ?? s.id)).toHaveLength(3); // ftp, start, the chart's year cursor
    expect(fig.getByRole('slider', { name: 'First-trial probability (log scale)' })).toBeTruthy();
    expect(fig.getByRole('slider', { name: 'Regime start (calendar and researcher rules)' })).toBeTruthy();
    expect(fig.queryByRole('slider', { name: 'Target year' })).toBeNull();
    expect(fig.queryByRole('button', { name: 'Central' })).toBeNull();
    expect(fig.queryByRole('checkbox')).toBeNull();
    expect(host('calendar-2036').querySelector('details')).toBeNull();
    expect(host('calendar-2036').querySelector('.instance-fixed')!.textContent).toBe('Fixed: vs 1 · calendar-year trials');
  });

  it('the fixed line names what a hidden control holds, only for the rules that use it', () => {
    render(<PriorsIsland path={PATH} {...laplace()} />);
    expect(host('laplace').querySelector('.instance-fixed')!.textContent).toBe('Fixed: vs 1 · regime start 1956 · calendar-year trials');
  });

  it('the caption quotes live values at the start and after a tweak', () => {
    render(<PriorsIsland path={PATH} {...laplace()} />);
    const caption = () => within(host('laplace')).getByTestId('instance-caption').textContent;
    const laplaceP = formatPercent(calendar(1 / 2).probability);
    expect(caption()).toBe(`Laplace gives ${laplaceP}; ftp 1/300 gives ${formatPercent(calendar(1 / 300).probability)} by 2036.`);
    expect(caption()).toBe('Laplace gives 19.8%; ftp 1/300 gives 4.22% by 2036.');
    fireEvent.input(within(host('laplace')).getByRole('slider', { name: 'First-trial probability (log scale)' }), { target: { value: String(toLogPosition(1 / 100, 1 / 3000, 1 / 2)) } });
    expect(caption()).toBe(`Laplace gives ${laplaceP}; ftp 1/100 gives ${formatPercent(calendar(1 / 100).probability)} by 2036.`);
    expect(within(host('laplace')).getByTestId('instance-caption').getAttribute('aria-live')).toBe('polite');
  });

  it('two instances on a page keep separate URL keys; the full model keeps priors.*', () => {
    render(
      <>
        <PriorsIsland path={PATH} {...laplace()} />
        <PriorsIsland path={PATH} {...cal2036()} />
        <PriorsIsland path={PATH} {...config({})} />
      </>,
    );
    fireEvent.input(within(host('calendar-2036')).getByRole('slider', { name: 'Regime start (calendar and researcher rules)' }), { target: { value: '2000' } });
    fireEvent.click(within(host('priors')).getByRole('button', { name: 'High' }));
    flushUrl();
    const search = new URLSearchParams(location.search);
    expect(search.get('calendar-2036.start')).toBe('2000');
    expect(search.get('priors.start')).toBe('2000');
    expect([...search.keys()].some((k) => k.startsWith('laplace.'))).toBe(false);
    expect(within(host('calendar-2036')).getByTestId('calendar-2036-headline').querySelector('strong')!.textContent).toBe(formatPercent(calendar(1 / 300, 2000).probability));
    expect(within(host('laplace')).getByTestId('laplace-headline').querySelector('strong')!.textContent).toBe('4.22%');
    // The permalink of a configured instance carries its whole scenario, under its own id.
    const href = within(host('calendar-2036')).getByTestId('calendar-2036-permalink').getAttribute('href')!;
    expect(href).toContain('calendar-2036.start=2000');
    expect(href).toContain('calendar-2036.wResearcher=0');
    expect(href).not.toContain('priors.');
  });

  it('opens from a link to its own keys', () => {
    history.replaceState(null, '', `${PATH}?laplace.ftp=0.01`);
    render(<PriorsIsland path={PATH} {...laplace()} />);
    expect(within(host('laplace')).getByTestId('laplace-headline').querySelector('strong')!.textContent).toBe(formatPercent(calendar(1 / 100).probability));
  });
});
