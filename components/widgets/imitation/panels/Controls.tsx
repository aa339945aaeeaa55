/** The imitation widget's controls, each shown only if the instance shows it; the world's settings fold in the full model. */
import { Slider, rangeOf } from '../../../ui/Slider';
import { Select } from '../../../ui/Select';
import { Toggle } from '../../../ui/Toggle';
import { SeedField } from '../../../ui/SeedField';
import { PlayPause } from '../../../ui/PlayPause';
import { NumberField } from '../../../ui/NumberField';
import { Presets } from '../../../ui/Presets';
import { Issues } from '../../../ui/Issues';
import { fieldParser } from '../../../ui/fieldParser';
import { Disclosure } from '../../../ui/instance/index';
import type { Issue } from '../../../../src/state/index';
import { imitationSchema, MAX_STEP, modelCount, PRESETS, presetOf, type ImitationParams } from '../params';
import { formatPercent } from '../view';

const f = imitationSchema.fields;

export interface ControlsProps {
  params: ImitationParams;
  issues: readonly Issue[];
  /** Whether this instance shows a parameter's control; `focused`: the author chose them (no presets, no fold). */
  shows: (name: string) => boolean;
  focused: boolean;
  /** Sets run parameters (the run replays), as every control but speed and the run buttons does. */
  setRunParams: (patch: Partial<ImitationParams>) => void;
  setParams: (patch: Partial<ImitationParams>) => void;
  playing: boolean;
  setPlaying: (p: boolean) => void;
  stepBy: (n: number) => void;
  reset: () => void;
}

export function Controls({ params, issues, shows, focused, setRunParams, setParams, playing, setPlaying, stepBy, reset }: ControlsProps) {
  const models = modelCount(params);
  const world = (
    <>
      {shows('prior') ? (
        <Slider label="Demonstrator’s prior w(πᵈ)" value={params.prior} {...rangeOf(f.prior)} format={formatPercent} onChange={(prior) => setRunParams({ prior })} />
      ) : null}
      {shows('deceptive') ? <Slider label="Deceptive models" value={params.deceptive} {...rangeOf(f.deceptive)} onChange={(deceptive) => setRunParams({ deceptive })} /> : null}
      {shows('ratio') ? (
        <Slider label="Deceptive prior ÷ honest prior" value={params.ratio} {...rangeOf(f.ratio)} format={(v) => `${v}×`} onChange={(ratio) => setRunParams({ ratio })} />
      ) : null}
      {shows('trigger') ? (
        <NumberField
          label="Trigger step"
          value={params.trigger}
          parse={fieldParser(f.trigger)}
          inputMode="numeric"
          onChange={(trigger) => setRunParams({ trigger })}
          hint="When the first deceptive model turns."
        />
      ) : null}
      {shows('together') ? <Toggle label="All deceptive models trigger together" checked={params.together} onChange={(together) => setRunParams({ together })} /> : null}
      {shows('seed') ? <SeedField value={params.seed} onChange={(seed) => setRunParams({ seed })} /> : null}
    </>
  );
  return (
    <div class="imit-controls">
      {focused ? null : <Presets presets={PRESETS} current={presetOf(params)} prefix="imit" onChoose={(p) => setRunParams({ ...p.params, seed: params.seed })} />}
      <Issues issues={issues} />
      <div class="imit-grid-controls">
        {shows('rule') ? (
          <Select
            label="Set rule"
            value={params.rule}
            options={[
              { value: 'alpha', label: 'α threshold (the paper)' },
              { value: 'top-k', label: 'top-k (the note)' },
            ]}
            onChange={(rule) => setRunParams({ rule })}
          />
        ) : null}
        {params.rule === 'alpha' && shows('alpha') ? (
          <Slider
            label="α"
            value={params.alpha}
            {...rangeOf(f.alpha)}
            log
            onChange={(alpha) => setRunParams({ alpha })}
            hint={`Model k is in the set if its weight ≥ α × the weights of models 1…k. w(πᵈ) = ${params.prior}.`}
          />
        ) : null}
        {params.rule === 'top-k' && shows('k') ? (
          <Slider
            label="k"
            value={Math.min(params.k, models)}
            min={1}
            max={models}
            step={1}
            onChange={(k) => setRunParams({ k })}
            hint={`The ${Math.min(params.k, models)} most probable of ${models} models.`}
          />
        ) : null}
        {focused ? world : null}
      </div>
      {shows('step') ? (
        <div class="imit-run">
          <PlayPause playing={playing} onPlayingChange={(p) => setPlaying(p && params.step < MAX_STEP)} onStep={() => stepBy(1)} onReset={reset} />
          <button type="button" class="ui-button" disabled={playing || params.step >= MAX_STEP} onClick={() => stepBy(100)}>
            +100 steps
          </button>
        </div>
      ) : null}
      {shows('speed') ? (
        <Slider label="Speed (steps per frame)" value={params.speed} {...rangeOf(f.speed)} log onChange={(speed) => setParams({ speed })} />
      ) : null}
      {focused ? null : (
        <Disclosure summary="The world: priors, deceptive models, trigger, seed" open={params.worldOpen} onToggle={(worldOpen) => setParams({ worldOpen })}>
          <div class="imit-grid-controls">{world}</div>
        </Disclosure>
      )}
    </div>
  );
}
