import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import './controls.css';

/** Props of NumberField; `T` is whatever `parse` returns (a number for most fields). */
export interface NumberFieldProps<T> {
  label: ComponentChildren;
  value: T;
  onChange: (value: T) => void;
  /** Read typed text; throw an Error whose message says what is expected. */
  parse: (text: string) => T;
  format?: (value: T) => string;
  hint?: ComponentChildren;
  inputMode?: 'decimal' | 'numeric' | 'text';
  disabled?: boolean;
}

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'This value was not understood.';

/**
 * A text input for typed values ("1/300", "0.00333"). Text is committed on change (blur or
 * Enter) through `parse`; if parsing throws, the message appears in an element linked by
 * aria-describedby, the input is marked aria-invalid, and the value stays the last good one.
 * @example <NumberField label="First-trial probability" value={1 / 300} parse={parseFtp} onChange={set} />
 */
export function NumberField<T>({ label, value, onChange, parse, format = String, hint, inputMode = 'decimal', disabled }: NumberFieldProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(text);

  // A new value from outside (preset, URL, seed button) replaces whatever was typed.
  useEffect(() => {
    const shown = format(value);
    committed.current = shown;
    setText(shown);
    setError(null);
  }, [value]);

  const commit = (raw: string) => {
    if (raw === committed.current && error === null) return;
    committed.current = raw;
    try {
      const next = parse(raw);
      setError(null);
      onChange(next);
      // Same value typed differently ("0.50" for 0.5): show the canonical form again.
      if (Object.is(next, value)) setText(format(value));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div class="ui-control ui-number">
      <label class="ui-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="ui-input"
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => commit((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.currentTarget as HTMLInputElement).value);
        }}
      />
      {hint ? (
        <p id={hintId} class="ui-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} class="ui-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
