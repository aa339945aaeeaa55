import { Select } from '../../../ui/Select';
import { Slider, rangeOf } from '../../../ui/Slider';
import { Toggle } from '../../../ui/Toggle';
import { SeedField } from '../../../ui/SeedField';
import { lowstakesSchema, stakesOf, type LowStakesParams } from '../params';
import { formatNumber } from '../view';
import { Disclosure } from '../../../ui/instance/Disclosure';

const f = lowstakesSchema.fields;

/** Props of Controls: the parameters and the setter (every change recomputes the run). */
export interface ControlsProps {
  params: LowStakesParams;
  set: (patch: Partial<LowStakesParams>) => void;
  /** The rate in use, shown beside the theory toggle. */
  eta: number;
  /** Whether this instance shows a parameter's control (all of them in the full model). */
  shows?: (name: string) => boolean;
  /** The full model folds the world's settings and the seed (secondary) behind a disclosure. */
  fold?: boolean;
}

/** The world's settings and the seed. */
function WorldControls({ params, set, shows }: { params: LowStakesParams; set: ControlsProps['set']; shows: (name: string) => boolean }) {
  const treacherous = params.world === 'treacherous';
  const int = (v: number) => formatNumber(v, 0);
  return (
    <>
      {treacherous ? (
          <>
            {shows('deceptive') ? <Slider label="Deceptive policies" value={params.deceptive} {...rangeOf(f.deceptive)} onChange={(deceptive) => set({ deceptive })} hint="Beside 1 aligned and 6 mediocre ones." /> : null}
            {shows('advantage') ? <Slider
              label="Deceptive advantage before the turn"
              value={params.advantage}
              {...rangeOf(f.advantage)}
              onChange={(advantage) => set({ advantage })}
            /> : null}
            {shows('turn') ? <Slider
              label="Turn step"
              value={params.turn}
              {...rangeOf(f.turn)}
              format={(v) => `${int(Math.floor(v * params.steps))} (${Math.round(v * 100)}% of T)`}
              onChange={(turn) => set({ turn })}
            /> : null}
          </>
        ) : null}
        {shows('seed') ? <SeedField value={params.seed} onChange={(seed) => set({ seed })} /> : null}
      </>
  );
}

/** The widget's controls, in one grid: world and learner first, then stakes, run length and the world's settings (folded in the full model). */
export function Controls({ params, set, eta, shows = () => true, fold = false }: ControlsProps) {
  const treacherous = params.world === 'treacherous';
  const hedgeLike = params.learner === 'hedge' || params.learner === 'fixed-share';
  const int = (v: number) => formatNumber(v, 0);
  const world = <WorldControls params={params} set={set} shows={shows} />;
  return (
    <div class="ls-grid-controls">
      {shows('world') ? <Select
        label="World"
        value={params.world}
        options={[
          { value: 'treacherous', label: 'treacherous turn' },
          { value: 'alternating', label: 'alternating (½, 0), (0, 1), (1, 0), …' },
        ]}
        onChange={(world) => set({ world })}
      /> : null}
      {shows('learner') ? <Select
        label="Learner"
        value={params.learner}
        options={[
          { value: 'hedge', label: 'Hedge' },
          { value: 'fixed-share', label: 'Fixed-Share' },
          { value: 'follow-the-leader', label: 'follow-the-leader' },
          { value: 'frozen', label: 'train then deploy' },
        ]}
        onChange={(learner) => set({ learner })}
      /> : null}
      {hedgeLike && shows('theory') ? (
        <Toggle
          label="Theory rate η = √(8 ln K / T) / B"
          checked={params.theory}
          onChange={(theory) => set({ theory, ...(theory ? {} : { eta: Number(eta.toPrecision(4)) }) })}
          hint={params.theory ? `η = ${eta.toPrecision(3)}` : undefined}
        />
      ) : null}
      {hedgeLike && !params.theory && shows('eta') ? (
        <Slider label="Learning rate η" value={params.eta} {...rangeOf(f.eta)} log onChange={(e) => set({ eta: e })} />
      ) : null}
      {params.learner === 'fixed-share' && shows('share') ? (
        <Slider label="Share rate γ" value={params.share} {...rangeOf(f.share)} log onChange={(share) => set({ share })} />
      ) : null}
      {params.learner === 'frozen' && shows('watch') ? (
        <Slider
          label="Training steps W"
          value={Math.min(params.watch, params.steps)}
          min={0}
          max={params.steps}
          step={1}
          format={int}
          onChange={(watch) => set({ watch })}
          hint="It follows the leader while training, then deploys the leader at W, unchanged."
        />
      ) : null}
      {shows('steps') ? <Slider label="Horizon T" value={params.steps} {...rangeOf(f.steps)} log format={int} onChange={(steps) => set({ steps })} /> : null}
      {shows('stakes') ? <Slider
        label="Stakes B (cost of a bad decision)"
        value={stakesOf(params)}
        min={1}
        max={params.steps}
        step={1}
        log
        format={int}
        onChange={(stakes) => set({ stakes })}
      /> : null}
      {shows('run') ? <Slider
        label="Catastrophe: a run of m bad decisions"
        value={params.run}
        {...rangeOf(f.run)}
        log
        format={int}
        onChange={(run) => set({ run })}
      /> : null}
      {fold ? (
        <Disclosure summary="World settings and seed" open={params.worldOpen} onToggle={(worldOpen) => set({ worldOpen })} class="ls-world">
          {world}
        </Disclosure>
      ) : (
        world
      )}
    </div>
  );
}
