// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { defineSchema } from '~state/defineSchema';
import { fraction } from '~state/fraction';
import { number } from '~state/number';
import { seed } from '~state/seed';
import { enumOf } from '~state/enumOf';
import { useUrlState, URL_WRITE_DELAY_MS, writeUrl } from '~components/ui/useUrlState';
import { Slider } from '~components/ui/Slider';
import { Issues } from '~components/ui/Issues';
import { NumberField } from '~components/ui/NumberField';
import { fieldParser } from '~components/ui/fieldParser';

const priors = defineSchema('priors', {
  ftp: fraction({ default: 1 / 300, min: 0.001, max: 0.01, preferFraction: true, label: 'first-trial probability' }),
  vs: number({ default: 1, min: 0.5, max: 2, step: 0.1, label: 'virtual successes' }),
});
const imitation = defineSchema('imitation', {
  alpha: number({ default: 0.1, min: 0, max: 1, step: 0.01 }),
  mode: enumOf(['bayes', 'top-k'], 'bayes'),
  seed: seed({ default: 1 }),
});

function PriorsWidget() {
  const [params, setParams, issues] = useUrlState(priors);
  return (
    <section>
      <Issues issues={issues} />
      <NumberField label="First-trial probability" value={params.ftp} parse={fieldParser(priors.fields.ftp)} format={priors.fields.ftp.format} onChange={(ftp) => setParams({ ftp })} />
      <Slider label="Virtual successes" value={params.vs} min={0.5} max={2} step={0.1} onChange={(vs) => setParams({ vs })} />
      <pre data-testid="priors">{JSON.stringify(params)}</pre>
    </section>
  );
}

function ImitationWidget() {
  const [params, setParams] = useUrlState(imitation);
  return (
    <section>
      <Slider label="Alpha" value={params.alpha} min={0} max={1} step={0.01} onChange={(alpha) => setParams({ alpha })} />
      <button type="button" onClick={() => setParams((p) => ({ seed: p.seed + 1 }))}>
        Next seed
      </button>
      <pre data-testid="imitation">{JSON.stringify(params)}</pre>
    </section>
  );
}

const state = (id: string) => JSON.parse(screen.getByTestId(id).textContent ?? '{}') as Record<string, unknown>;
const setUrl = (url: string) => history.replaceState(null, '', url);

beforeEach(() => {
  vi.useFakeTimers();
  setUrl('/notes/priors/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useUrlState', () => {
  it('reads the link on mount', () => {
    setUrl('/notes/priors/?priors.ftp=1/500&priors.vs=1.5#calendar');
    render(<PriorsWidget />);
    expect(state('priors')).toEqual({ ftp: 1 / 500, vs: 1.5 });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('falls back to defaults with a visible issue for a bad link', () => {
    setUrl('/notes/priors/?priors.ftp=abc&priors.vs=9');
    render(<PriorsWidget />);
    expect(state('priors')).toEqual({ ftp: 1 / 300, vs: 2 });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain("This link's value “abc” for first-trial probability was not understood; using 1/300.");
    expect(status.textContent).toContain("This link's value “9” for virtual successes is above the maximum; using 2.");
  });

  it('writes the URL once, after the debounce, keeping the hash and the path', () => {
    setUrl('/notes/priors/?utm=x#calendar');
    const replace = vi.spyOn(history, 'replaceState');
    render(<PriorsWidget />);
    const slider = screen.getByRole('slider', { name: 'Virtual successes' });
    fireEvent.input(slider, { target: { value: '1.2' } });
    fireEvent.input(slider, { target: { value: '1.3' } });
    fireEvent.input(slider, { target: { value: '1.4000000000000001' } });
    expect(state('priors').vs).toBe(1.4);
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    });
    expect(location.search).toBe('?utm=x');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(location.pathname + location.search + location.hash).toBe('/notes/priors/?priors.vs=1.4&utm=x#calendar');
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('removes a key when its value returns to the default, and clears that issue', () => {
    setUrl('/notes/priors/?priors.ftp=abc&priors.vs=1.5');
    render(<PriorsWidget />);
    const input = screen.getByRole('textbox', { name: 'First-trial probability' });
    fireEvent.input(input, { target: { value: '1/400' } });
    fireEvent.change(input);
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toBe('?priors.ftp=1/400&priors.vs=1.5');
    fireEvent.input(input, { target: { value: '1/300' } });
    fireEvent.change(input);
    fireEvent.input(screen.getByRole('slider', { name: 'Virtual successes' }), { target: { value: '1' } });
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toBe('');
  });

  it('two widgets on one page keep each other\'s keys', () => {
    setUrl('/notes/both/?imitation.seed=5&other=keep');
    render(
      <>
        <PriorsWidget />
        <ImitationWidget />
      </>,
    );
    fireEvent.input(screen.getByRole('slider', { name: 'Virtual successes' }), { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next seed' }));
    fireEvent.input(screen.getByRole('slider', { name: 'Alpha' }), { target: { value: '0.25' } });
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toBe('?imitation.alpha=0.25&imitation.seed=6&other=keep&priors.vs=0.5');
    expect(state('imitation')).toEqual({ alpha: 0.25, mode: 'bayes', seed: 6 });
  });

  it('flushes a pending write on pagehide', () => {
    render(<PriorsWidget />);
    fireEvent.input(screen.getByRole('slider', { name: 'Virtual successes' }), { target: { value: '1.1' } });
    expect(location.search).toBe('');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(location.search).toBe('?priors.vs=1.1');
  });

  it('flushes on unmount and does not write when nothing changed', () => {
    const replace = vi.spyOn(history, 'replaceState');
    const { unmount } = render(<PriorsWidget />);
    act(() => {
      vi.advanceTimersByTime(10 * URL_WRITE_DELAY_MS);
    });
    expect(replace).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('slider', { name: 'Virtual successes' }), { target: { value: '1.9' } });
    unmount();
    expect(location.search).toBe('?priors.vs=1.9');
    replace.mockRestore();
  });

  it('reads the URL only once even if a widget rebuilds its schema every render', () => {
    setUrl('/p/?inline.n=3');
    function Inline() {
      const [params, setParams] = useUrlState(defineSchema('inline', { n: number({ default: 1, min: 0, max: 10, step: 1 }) }));
      return (
        <button type="button" onClick={() => setParams({ n: params.n + 1 })}>
          n is {params.n}
        </button>
      );
    }
    render(<Inline />);
    fireEvent.click(screen.getByRole('button', { name: 'n is 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'n is 4' }));
    expect(screen.getByRole('button').textContent).toBe('n is 5');
    act(() => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    });
    expect(location.search).toBe('?inline.n=5');
  });

  it('writeUrl keeps the hash', () => {
    setUrl('/p/?a=1#sec');
    writeUrl(priors, { ftp: 1 / 700 });
    expect(location.search + location.hash).toBe('?a=1&priors.ftp=1/700#sec');
  });
});
