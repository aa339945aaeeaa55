// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { useDeferredCompute } from '~components/ui/useDeferredCompute';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Probe({ k, compute }: { k: string; compute: (k: string) => string }) {
  const { key, value } = useDeferredCompute(k, () => compute(k));
  return <p data-testid="probe">{`${key}:${value}`}</p>;
}

describe('useDeferredCompute', () => {
  it('computes the first value at once, follows a new key a task later, and skips keys superseded before their turn', () => {
    const compute = vi.fn((k: string) => k.toUpperCase());
    const { rerender } = render(<Probe k="a" compute={compute} />);
    expect(screen.getByTestId('probe').textContent).toBe('a:A');
    rerender(<Probe k="b" compute={compute} />);
    // the frame that shows the tweak still shows the old value
    expect(screen.getByTestId('probe').textContent).toBe('a:A');
    rerender(<Probe k="c" compute={compute} />);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByTestId('probe').textContent).toBe('c:C');
    expect(compute.mock.calls.map(([k]) => k)).toEqual(['a', 'c']);
  });
});
