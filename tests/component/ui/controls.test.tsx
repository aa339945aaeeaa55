// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Slider } from '~components/ui/Slider';
import { NumberField } from '~components/ui/NumberField';
import { Select } from '~components/ui/Select';
import { Toggle } from '~components/ui/Toggle';
import { SeedField, parseSeed, randomSeed } from '~components/ui/SeedField';
import { PlayPause } from '~components/ui/PlayPause';
import { Issues } from '~components/ui/Issues';
import { fieldParser } from '~components/ui/fieldParser';
import { fromLogPosition, toLogPosition } from '~components/ui/logScale';
import { fraction } from '~state/fraction';

afterEach(cleanup);

/** Render a control with real state so the test sees what a reader would. */
function Harness<T>({ initial, children }: { initial: T; children: (value: T, set: (v: T) => void) => preact.ComponentChildren }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {children(value, setValue)}
      <p data-testid="value">{JSON.stringify(value)}</p>
    </>
  );
}
const shown = () => JSON.parse(screen.getByTestId('value').textContent ?? 'null') as unknown;

describe('doc examples', () => {
  it('logScale', () => {
    expect(toLogPosition(0.01, 0.0001, 1)).toBe(500);
    expect(fromLogPosition(500, 0.0001, 1)).toBeCloseTo(0.01, 12);
  });
  it('parseSeed and fieldParser', () => {
    expect(parseSeed(' 42 ')).toBe(42);
    expect(() => parseSeed('4294967296')).toThrow('Enter a whole number from 0 to 4294967295.');
    for (let i = 0; i < 20; i++) {
      const s = randomSeed();
      expect(Number.isInteger(s) && s >= 0 && s <= 2 ** 32 - 1).toBe(true);
    }
    expect(fieldParser(fraction({ default: 1 / 300, min: 0.001, max: 0.01 }))('1/300')).toBe(0.0033333333333333335);
  });
});

describe('Slider', () => {
  it('is found by its label, shows its value and reports snapped values', () => {
    const onChange = vi.fn();
    render(<Slider label="Alpha" value={0.3} min={0} max={1} step={0.1} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Alpha' });
    expect(slider.getAttribute('aria-valuetext')).toBe('0.3');
    expect(screen.getByText('0.3')).toBeTruthy();
    fireEvent.input(slider, { target: { value: '0.7000000000000001' } });
    expect(onChange).toHaveBeenLastCalledWith(0.7);
  });
  it('maps the position logarithmically in log mode', () => {
    render(
      <Harness initial={0.01}>
        {(v, set) => <Slider label="Rate" value={v} min={0.0001} max={1} step={0.0001} log onChange={set} />}
      </Harness>,
    );
    const slider = screen.getByRole('slider', { name: 'Rate' }) as HTMLInputElement;
    expect(slider.value).toBe('500');
    expect(slider.getAttribute('aria-valuetext')).toBe('0.01');
    fireEvent.input(slider, { target: { value: '750' } });
    expect(shown()).toBe(0.1);
    expect(slider.getAttribute('aria-valuetext')).toBe('0.1');
  });
  it('in log mode one arrow step moves an integer value even where positions are finer than its grid', () => {
    render(
      <Harness initial={8}>
        {(v, set) => <Slider label="Width" value={v} min={4} max={1024} step={1} log onChange={set} />}
      </Harness>,
    );
    const slider = screen.getByRole('slider', { name: 'Width' }) as HTMLInputElement;
    const at8 = Number(slider.value);
    // one position up (what ArrowRight does) is 8.04, which rounds back to 8
    expect(Math.round(fromLogPosition(at8 + 1, 4, 1024))).toBe(8);
    fireEvent.input(slider, { target: { value: String(at8 + 1) } });
    expect(shown()).toBe(9);
    fireEvent.input(slider, { target: { value: String(Number(slider.value) - 1) } });
    expect(shown()).toBe(8);
  });
});

describe('NumberField', () => {
  const parseFtp = fieldParser(fraction({ default: 1 / 300, min: 0.001, max: 0.01 }));
  const renderField = () =>
    render(
      <Harness initial={1 / 300}>
        {(v, set) => <NumberField label="First-trial probability" value={v} parse={parseFtp} format={(x) => String(x)} onChange={set} />}
      </Harness>,
    );

  it('accepts a typed fraction', () => {
    renderField();
    const input = screen.getByRole('textbox', { name: 'First-trial probability' });
    fireEvent.input(input, { target: { value: '1/500' } });
    fireEvent.change(input);
    expect(shown()).toBe(1 / 500);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the last good value on "abc" and shows the message, linked by aria-describedby', () => {
    renderField();
    const input = screen.getByRole('textbox', { name: 'First-trial probability' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '1/200' } });
    fireEvent.change(input);
    fireEvent.input(input, { target: { value: 'abc' } });
    fireEvent.change(input);
    expect(shown()).toBe(1 / 200);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('abc');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy);
    expect(message?.textContent).toBe('Enter a fraction such as 1/300 or a decimal, from 0.001 to 0.01.');
    // Fixing the text clears the error.
    fireEvent.input(input, { target: { value: '0.005' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(shown()).toBe(0.005);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/Enter a fraction/)).toBeNull();
  });

  it('refuses out-of-range text instead of silently clamping it', () => {
    renderField();
    const input = screen.getByRole('textbox', { name: 'First-trial probability' });
    fireEvent.input(input, { target: { value: '0.5' } });
    fireEvent.change(input);
    expect(shown()).toBe(1 / 300);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Select, Toggle, SeedField, PlayPause', () => {
  it('Select reports the chosen value', () => {
    render(
      <Harness initial={'report' as 'report' | 'strict'}>
        {(v, set) => (
          <Select label="Update rule" value={v} options={[{ value: 'report', label: 'As in the report' }, 'strict']} onChange={set} />
        )}
      </Harness>,
    );
    const select = screen.getByRole('combobox', { name: 'Update rule' });
    fireEvent.change(select, { target: { value: 'strict' } });
    expect(shown()).toBe('strict');
  });

  it('Toggle flips on click', () => {
    render(<Harness initial={false}>{(v, set) => <Toggle label="Show grid" checked={v} onChange={set} />}</Harness>);
    const box = screen.getByRole('checkbox', { name: 'Show grid' });
    fireEvent.click(box);
    expect(shown()).toBe(true);
    fireEvent.click(box);
    expect(shown()).toBe(false);
  });

  it('SeedField takes typed seeds, refuses bad ones and draws new ones', () => {
    const seeds = [7, 8];
    render(
      <Harness initial={42}>
        {(v, set) => <SeedField value={v} onChange={set} newSeed={() => seeds.shift() ?? 0} />}
      </Harness>,
    );
    const input = screen.getByRole('textbox', { name: 'Seed' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '-3' } });
    fireEvent.change(input);
    expect(shown()).toBe(42);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(shown()).toBe(7);
    expect(input.value).toBe('7');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(input, { target: { value: '123' } });
    fireEvent.change(input);
    expect(shown()).toBe(123);
  });

  it('PlayPause toggles aria-pressed and disables Step while playing', () => {
    const step = vi.fn();
    const reset = vi.fn();
    render(
      <Harness initial={false}>
        {(v, set) => <PlayPause playing={v} onPlayingChange={set} onStep={step} onReset={reset} />}
      </Harness>,
    );
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(step).toHaveBeenCalledTimes(1);
    fireEvent.click(play);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('button', { name: 'Step' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(reset).toHaveBeenCalledTimes(1);
  });
});

describe('Issues', () => {
  it('renders messages in a polite live region that exists even when empty', () => {
    const { rerender } = render(<Issues issues={[]} />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    const message = "This link's value “abc” for ftp was not understood; using 1/300.";
    rerender(<Issues issues={[{ key: 'priors.ftp', param: 'ftp', received: 'abc', used: '1/300', message }]} />);
    expect(screen.getByRole('status').textContent).toBe(message);
  });
});
