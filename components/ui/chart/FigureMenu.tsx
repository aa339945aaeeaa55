import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { FigureSpec } from './figure';
import type { FigurePanelProps } from './FigurePanel';
import './figureMenu.css';

export interface FigureMenuProps {
  figure: FigureSpec;
}

/**
 * The figure menu every widget shows under its figure: a disclosure button that opens a panel to
 * download each chart (SVG, PNG) and its data (CSV, JSON), reproduce the numbers (the CLI
 * command and the package call) and cite the figure in its state. The button is rendered with
 * the island on the server (hidden until hydrated, so nothing moves); the panel's code, the
 * exporters and the citation formatters load only when it first opens. Escape closes it and
 * returns focus to the button.
 * @example <FigureMenu figure={{ path, query, id: 'priors', title: 'Priors', parameters: '…', charts, tables, reproduce }} />
 */
export function FigureMenu({ figure }: FigureMenuProps) {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<FunctionComponent<FigurePanelProps> | null>(null);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setReady(true), []);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const toggle = () => {
    if (open) return close(false);
    setOpen(true);
    if (!Panel) {
      import('./FigurePanel')
        .then((m) => setPanel(() => m.FigurePanel))
        .catch((e: unknown) => setError(`The menu could not load (${e instanceof Error ? e.message : String(e)}).`));
    }
  };

  // A click elsewhere closes the panel (focus stays where the reader put it).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div
      class="figure-menu no-print needs-js"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class={`ui-button figure-menu-button${ready ? '' : ' is-pending'}`}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${uid}-panel`}
        disabled={!ready}
        onClick={toggle}
        data-testid="figure-menu-button"
      >
        Download, reproduce, cite <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={`${uid}-panel`} class="figure-menu-panel" role="region" aria-label={`Take away: ${figure.title}`} hidden={!open} data-testid="figure-menu-panel">
        {open ? Panel ? <Panel figure={figure} /> : <p class="ui-hint">{error || 'Loading…'}</p> : null}
      </div>
    </div>
  );
}
