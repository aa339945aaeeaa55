import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './controls.css';

/** Props of Toggle. */
export interface ToggleProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/**
 * An on/off control: a native checkbox whose whole label row is the (44 px) touch target.
 * @example <Toggle label="Show grid" checked={false} onChange={set} />
 */
export function Toggle({ label, checked, onChange, hint, disabled }: ToggleProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="ui-control ui-toggle">
      <label class="ui-check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="ui-label">{label}</span>
      </label>
      {hint ? (
        <p id={hintId} class="ui-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
