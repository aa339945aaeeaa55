/** A named starting point of a widget and the sentence that tells the reader what to watch. */
export interface PresetOption {
  id: string;
  label: string;
  caption: string;
}

export interface PresetsProps<P extends PresetOption> {
  presets: readonly P[];
  /** The preset the current settings equal, or null for custom settings. */
  current: P | null | undefined;
  onChoose: (preset: P) => void;
  /** Widget class prefix, e.g. "imit" gives .imit-presets and .imit-caption. */
  prefix: string;
}

/**
 * A widget's presets: a row of toggle buttons (the one matching the settings pressed) and the
 * chosen story's caption, read out when it changes.
 */
export function Presets<P extends PresetOption>({ presets, current, onChoose, prefix }: PresetsProps<P>) {
  return (
    <>
      <div class={`${prefix}-presets`} role="group" aria-label="Presets">
        <span class="ui-label">Presets</span>
        {presets.map((p) => (
          <button key={p.id} type="button" class="ui-button" aria-pressed={current?.id === p.id ? 'true' : 'false'} onClick={() => onChoose(p)}>
            {p.label}
          </button>
        ))}
      </div>
      <p class={`${prefix}-caption`} aria-live="polite">
        {current ? current.caption : 'Custom settings: none of the presets.'}
      </p>
    </>
  );
}
