// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { defaults } from '~state/index';
import { runOne } from '~compute/imitation/cli';
import { clearSweepCache } from '~components/ui/chart/useSweep';
import { ImitationIsland } from '~components/widgets/imitation/ImitationIsland';
import { imitationSchema, scenarioOf } from '~components/widgets/imitation/params';
import { ALPHA_VALUES, SWEEP_SEEDS } from '~components/widgets/imitation/sweep';

const PATH = '/notes/formal-solution-to-the-inner-alignment-problem/';
const panel = () => screen.getByTestId('imitation-sweep');
const status = () => within(panel()).getByTestId('imitation-sweep-status').textContent;
const readout = () => within(panel()).getByTestId('sweep-readout').textContent;
const total = ALPHA_VALUES.length + 1;

beforeEach(() => {
  clearSweepCache();
  history.replaceState(null, '', `${PATH}?imitation.sweepOpen=true`);
});
afterEach(() => cleanup());

describe('the imitation sweep', () => {
  it('streams points, can be cancelled and resumed, shows the CLI’s numbers, and Enter sets α and the URL', async () => {
    render(<ImitationIsland path={PATH} />);
    expect(status()).toMatch(/^Computing: \d+ of 17 points…$/);
    await waitFor(() => expect(Number(status()!.match(/(\d+) of/)![1])).toBeGreaterThan(0), { timeout: 20_000 });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Cancel sweep' }));
    const stopped = status();
    expect(stopped).toMatch(/^Cancelled with \d+ of 17 points\.$/);
    await new Promise((r) => setTimeout(r, 300));
    expect(status()).toBe(stopped);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Resume sweep' }));
    await waitFor(() => expect(status()).toBe(`${total} points, cached for these settings.`), { timeout: 60_000 });

    const chart = within(panel()).getByRole('group');
    fireEvent.keyDown(chart, { key: 'Home' });
    const base = scenarioOf(defaults(imitationSchema));
    const singles = Array.from({ length: SWEEP_SEEDS }, (_, i) => runOne({ ...base, seed: 1 + i, selection: { rule: 'alpha', alpha: 0.001 } }));
    const q = singles.map((s) => s.queries);
    const mean = q.reduce((a, b) => a + b) / q.length;
    const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
    expect(readout()).toBe(`α 0.001, queries, conservative: count ${f(mean)} (${Math.min(...q)}–${Math.max(...q)})`);
    fireEvent.keyDown(chart, { key: 'Enter' });
    await waitFor(() => expect(location.search).toContain('imitation.alpha=0.001'), { timeout: 2000 });
    expect(within(panel()).getByTestId('sweep-current')).toBeTruthy();
  }, 120_000);

  it('with the top-k rule it sweeps k over 1 … the number of models, with no w(πᵈ) rule', () => {
    history.replaceState(null, '', `${PATH}?imitation.rule=top-k&imitation.k=10&imitation.sweepOpen=true`);
    render(<ImitationIsland path={PATH} />);
    expect(within(panel()).getByText(/^Sweep over k:/)).toBeTruthy();
    expect(status()).toBe('Computing: 0 of 27 points…');
    expect(readout()).toBe('k 10, queries, conservative: count computing…');
    expect(panel().querySelector('.sweep-reference')).toBeNull();
  });
});
