import type { SweepRunner } from './useSweep';

export interface SweepControlsProps {
  sweep: Pick<SweepRunner<unknown>, 'status' | 'cancel' | 'resume'>;
  /** Where the sweep stands, in words (the widget knows what its points are). */
  text: string;
  testId: string;
  /** A sweep that waits for the reader (status 'idle') offers Run, which calls this. */
  onRun?: () => void;
}

/**
 * A sweep's status line and its one action: Run while it waits, Cancel while it runs, Resume
 * once cancelled or stopped by a failing point.
 */
export function SweepControls({ sweep, text, testId, onRun }: SweepControlsProps) {
  const action =
    sweep.status === 'idle' && onRun
      ? { label: 'Run sweep', run: onRun }
      : sweep.status === 'running'
        ? { label: 'Cancel sweep', run: sweep.cancel }
        : sweep.status === 'cancelled' || sweep.status === 'failed'
          ? { label: 'Resume sweep', run: sweep.resume }
          : null;
  return (
    <>
      <span data-testid={testId}>{text}</span>
      {action && (
        <button type="button" class="ui-button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </>
  );
}

/** The swept series as the chart draws them (a line swatch each), for the sweep's caption. */
export function SweepKey({ series, prefix }: { series: readonly { id: string; label: string }[]; prefix: string }) {
  return (
    <>
      {series.map((s) => (
        <span key={s.id} class={`${prefix}-sweep-key sweep-s-${s.id}`}>
          <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
            <line x1="1" x2="23" y1="5" y2="5" />
          </svg>
          {s.label}
        </span>
      ))}
    </>
  );
}
