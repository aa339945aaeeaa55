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
  /**
   * Render the children while closed too (the native `<details>` hides them): for a panel whose
   * content is already in the page (computed at build time), so a reader without JavaScript can
   * still open it. Default: children render only when open.
   */
  eager?: boolean;
}

/**
 * A secondary panel (sweep, table, details) folded behind a native `<details>`, its open state
 * kept by the widget (in the URL). Children render only when open, so a closed panel costs nothing
 * (unless `eager`: then they are in the page, for readers without JavaScript).
 * @example <Disclosure summary="Sweep over ftp" open={params.sweepOpen} onToggle={(o) => set({ sweepOpen: o })}>…</Disclosure>
 */
export function Disclosure({ summary, open, onToggle, children, class: className, eager = false }: DisclosureProps) {
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
      {open || eager ? children : null}
    </details>
  );
}
