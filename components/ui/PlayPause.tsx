import './controls.css';

/** Props of PlayPause; the island owns the loop, these buttons only ask it to run, step or reset. */
export interface PlayPauseProps {
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  /** Advance one step; the Step button is disabled while playing. */
  onStep?: () => void;
  onReset?: () => void;
  /** Accessible name of the toggle; it stays constant while aria-pressed carries the state. */
  label?: string;
  disabled?: boolean;
}

/**
 * Run controls for an iterative widget: a Play toggle button (aria-pressed), Step and Reset.
 * @example <PlayPause playing={false} onPlayingChange={setPlaying} onStep={step} onReset={reset} />
 */
export function PlayPause({ playing, onPlayingChange, onStep, onReset, label = 'Play', disabled }: PlayPauseProps) {
  return (
    <div class="ui-control ui-playpause" role="group" aria-label="Run controls">
      <button
        type="button"
        class="ui-button ui-play"
        aria-pressed={playing ? 'true' : 'false'}
        disabled={disabled}
        onClick={() => onPlayingChange(!playing)}
      >
        <span aria-hidden="true" class="ui-icon">
          {playing ? '❚❚' : '▶'}
        </span>{' '}
        {label}
      </button>
      {onStep ? (
        <button type="button" class="ui-button" disabled={disabled || playing} onClick={onStep}>
          Step
        </button>
      ) : null}
      {onReset ? (
        <button type="button" class="ui-button" disabled={disabled} onClick={onReset}>
          Reset
        </button>
      ) : null}
    </div>
  );
}
