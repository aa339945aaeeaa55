import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { roundToStep } from '../../src/state/roundToStep';
import { fromLogPosition, LOG_POSITIONS, toLogPosition } from './logScale';
import './controls.css';

/** Props of Slider; `min`, `max`, `step`, `log` usually come straight from the schema's number field. */
export interface SliderProps {
  label: ComponentChildren;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  step: number;
  /** Map the thumb position logarithmically (min > 0): for rates spanning decades. */
  log?: boolean;
  /** How the value is shown beside the slider and announced (aria-valuetext). */
  format?: (value: number) => string;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/**
 * A native range input with a visible label and its value beside it, so arrow keys, Page Up/Down
 * and Home/End work without extra code. In log mode the native input runs over positions
 * 0…LOG_POSITIONS and aria-valuetext announces the real value.
 * Values are snapped to `step` (same grid as the URL codec's number field).
 * @example <Slider label="α" value={0.3} min={0} max={1} step={0.1} onChange={set} />
 */
export function Slider({ label, value, onChange, min, max, step, log = false, format = String, hint, disabled }: SliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const text = format(value);
  const onInput = (event: Event) => {
    const raw = Number((event.currentTarget as HTMLInputElement).value);
    if (!Number.isFinite(raw)) return;
    const next = roundToStep(log ? fromLogPosition(raw, min, max) : raw, min, max, step);
    if (next !== value) return onChange(next);
    if (!log) return;
    // A log position can be finer than the value's grid (width 8 → 8.04 rounds back to 8), and
    // the controlled input then snaps back: an arrow key would never move it. Go on in the
    // direction it moved to the next position that is a different value.
    const dir = Math.sign(raw - toLogPosition(value, min, max));
    for (let p = raw + dir; dir !== 0 && p >= 0 && p <= LOG_POSITIONS; p += dir) {
      const v = roundToStep(fromLogPosition(p, min, max), min, max, step);
      if (v !== value) return onChange(v);
    }
  };
  return (
    <div class="ui-control ui-slider">
      <label class="ui-label" for={id}>
        {label}
      </label>
      <div class="ui-row">
        <input
          id={id}
          class="ui-range"
          type="range"
          min={log ? 0 : min}
          max={log ? LOG_POSITIONS : max}
          step={log ? 1 : step}
          value={log ? toLogPosition(value, min, max) : value}
          aria-valuetext={text}
          aria-describedby={hint ? hintId : undefined}
          disabled={disabled}
          onInput={onInput}
        />
        <output class="ui-value" for={id} aria-hidden="true">
          {text}
        </output>
      </div>
      {hint ? (
        <p id={hintId} class="ui-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A slider's range from the URL-schema field it edits, so the control and the link parser can
 * never disagree: `<Slider {...rangeOf(schema.fields.k)} … />`. Integer fields step by 1.
 */
export function rangeOf(field: { min: number; max: number; step?: number }): Pick<SliderProps, 'min' | 'max' | 'step'> {
  return { min: field.min, max: field.max, step: field.step ?? 1 };
}
