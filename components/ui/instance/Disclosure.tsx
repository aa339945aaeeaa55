import type { ComponentChildren } from 'preact';
import './instance.css';

/** Props of Disclosure. */
export interface DisclosureProps {
  summary: ComponentChildren;
  /** Whether it is open: a boolean URL parameter of the widget, so a link reopens what the reader opened. */
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
  class?: string;
}

/**
 * A secondary panel (sweep, table, details) folded behind a native `<details>`, its open state
 * kept by the widget (in the URL). Children render only when open, so a closed panel costs nothing.
 * @example <Disclosure summary="Sweep over ftp" open={params.sweepOpen} onToggle={(o) => set({ sweepOpen: o })}>…</Disclosure>
 */
export function Disclosure({ summary, open, onToggle, children, class: className }: DisclosureProps) {
  return (
    <details
      class={`instance-disclosure${className ? ` ${className}` : ''}`}
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now !== open) onToggle(now);
      }}
    >
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
