// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { evaluateScenario, parseScenario } from '~compute/priors/index';
import { URL_WRITE_DELAY_MS } from '~components/ui/useUrlState';
import { PriorsIsland } from '~components/widgets/priors/PriorsIsland';
import { SWEEP_FTPS } from '~components/widgets/priors/sweep';

const PATH = '/notes/report-on-semi-informative-priors/';
const calendar = (ftp: number, vs: number, extra: object = {}) =>
  evaluateScenario(parseScenario({ ...extra, rules: [{ kind: 'calendar', ftp, virtualSuccesses: vs }] })).probability;
const pct = (p: number) => `${Number((100 * p).toPrecision(2))}%`;
const chart = () => within(screen.getByTestId('priors-sweep')).getByRole('group');
const readout = () => within(screen.getByTestId('priors-sweep')).getByTestId('sweep-readout').textContent;
const key = (k: string) => fireEvent.keyDown(chart(), { key: k });

beforeEach(() => {
  vi.useFakeTimers();
  // The sweep is folded behind a disclosure whose open state is in the URL.
  history.replaceState(null, '', `${PATH}?priors.sweepOpen=true`);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the priors sweep', () => {
  it('starts at the current setting and shows the model’s number with the report’s printed cell', () => {
    render(<PriorsIsland path={PATH} />);
    expect(chart().getAttribute('tabindex')).toBe('0');
    expect(readout()).toBe(`ftp 1/300, vs 1: pr(AGI by 2036) ${pct(calendar(1 / 300, 1))}; report (§4.2 table): 4.2%`);
    expect(screen.getByTestId('priors-sweep').querySelectorAll('.sweep-mark').length).toBe(19);
    expect(screen.getByTestId('priors-sweep').querySelector('[data-testid="sweep-current"]')).not.toBeNull();
  });

  it('is keyboard operable: ←/→, Page Up/Down, Home/End along a curve, ↑/↓ between curves, Enter sets the widget and the URL', () => {
    render(<PriorsIsland path={PATH} />);
    const at = SWEEP_FTPS.indexOf(1 / 300);
    const n = (i: number) => Math.round(1 / SWEEP_FTPS[i]!);
    key('ArrowRight');
    expect(readout()).toBe(`ftp 1/${n(at + 1)}, vs 1: pr(AGI by 2036) ${pct(calendar(1 / n(at + 1), 1))}`);
    key('ArrowLeft');
    key('ArrowLeft');
    expect(readout()).toMatch(new RegExp(`^ftp 1/${n(at - 1)}, vs 1: `));
    key('Home');
    expect(readout()).toBe(`ftp 1/3000, vs 1: pr(AGI by 2036) ${pct(calendar(1 / 3000, 1))}; report (§4.2 table): 0.52%`);
    key('PageUp');
    expect(readout()).toMatch(new RegExp(`^ftp 1/${n(10)}, vs 1: `));
    key('End');
    expect(readout()).toBe(`ftp 1/2, vs 1: pr(AGI by 2036) ${pct(calendar(1 / 2, 1))}; report (§5.3 Table 2): 20%`);
    key('ArrowUp');
    expect(readout()).toBe(`ftp 1/2, vs 2: pr(AGI by 2036) ${pct(calendar(1 / 2, 2))}`);
    key('Enter');
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toContain('priors.ftp=0.5');
    expect(location.search).toContain('priors.vs=2');
    expect(screen.getByTestId('priors-p-calendar').textContent).toBe(`${(100 * calendar(1 / 2, 2)).toFixed(1)}%`);
  });

  it('follows the other inputs: a later target year recomputes it, and the report’s marks leave', () => {
    history.replaceState(null, '', `${PATH}?priors.sweepOpen=true&priors.to=2050`);
    render(<PriorsIsland path={PATH} />);
    expect(readout()).toBe(`ftp 1/300, vs 1: pr(AGI by 2050) ${pct(calendar(1 / 300, 1, { to: 2050 }))}`);
    expect(screen.getByTestId('priors-sweep').querySelectorAll('.sweep-mark').length).toBe(0);
  });

  it('adds the widget’s own vs as a curve when it is not one of 0.5, 1, 2, 4', () => {
    history.replaceState(null, '', `${PATH}?priors.sweepOpen=true&priors.vs=3`);
    render(<PriorsIsland path={PATH} />);
    expect(readout()).toBe(`ftp 1/300, vs 3: pr(AGI by 2036) ${pct(calendar(1 / 300, 3))}`);
  });

  it('sweeps the researcher-year rule against g_act with the §6.1.2 cells; choosing a point sets g_act and the calendar ftp', () => {
    render(<PriorsIsland path={PATH} />);
    fireEvent.change(within(screen.getByTestId('priors-sweep')).getByRole('combobox', { name: 'Sweep' }), { target: { value: 'gAct' } });
    const researcher = (ftpCalendar: number, gAct: number) =>
      evaluateScenario(parseScenario({ rules: [{ kind: 'researcher', ftpCalendar, gAct }] })).probability;
    expect(readout()).toBe(`g_act 11%, ftp_cal 1/300: pr(AGI by 2036) ${pct(researcher(1 / 300, 0.11))}; report (§6.3.1 table (1 virtual successes)): 7.9%`);
    key('ArrowUp');
    key('ArrowLeft');
    expect(readout()).toBe(`g_act 10.5%, ftp_cal 1/100: pr(AGI by 2036) ${pct(researcher(1 / 100, 0.105))}`);
    key('Enter');
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toContain('priors.gAct=0.105');
    expect(location.search).toContain('priors.ftp=0.01');
    expect(screen.getByTestId('priors-sweep').querySelectorAll('.sweep-mark').length).toBe(17);
  });
});
