import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './controls.css';

/** A choice, either its value alone or a value with a reader-facing label. */
export type SelectOption<V extends string> = V | { readonly value: V; readonly label: string };

/** Props of Select. */
export interface SelectProps<V extends string> {
  label: ComponentChildren;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/**
 * A native select with a visible label; only values from `options` are ever reported.
 * @example <Select label="Update" value="report" options={['report', 'strict']} onChange={set} />
 */
export function Select<V extends string>({ label, value, options, onChange, hint, disabled }: SelectProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const items = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <div class="ui-control ui-select">
      <label class="ui-label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="ui-input"
        value={value}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const picked = items.find((o) => o.value === (e.currentTarget as HTMLSelectElement).value);
          if (picked) onChange(picked.value);
        }}
      >
        {items.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} class="ui-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
