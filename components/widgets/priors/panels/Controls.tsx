import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { PresetName, RuleKind } from '@intermittent-distillations/compute/priors';
import { roundToStep } from '../../../../src/state/roundToStep';
import { Disclosure } from '../../../ui/instance/Disclosure';
import { NumberField } from '../../../ui/NumberField';
import { Select } from '../../../ui/Select';
import { Slider } from '../../../ui/Slider';
import { FTP_MAX, FTP_MIN, matchingPreset, presetParams, priorsSchema, RULE_KINDS, WEIGHT_PARAM, type PriorsParams } from '../params';
import { formatSpend, parseSpend } from '../view';
import { formatFtpSlider, FTP_SLIDER_STEP, parseFtpText, snapFtp } from '../ftp';

const PRESET_LABELS: Record<PresetName, string> = { low: 'Low', central: 'Central', high: 'High' };
const SPEND_CHOICES = [100, 1000, 100000] as const;
const pct1 = (v: number) => `${Number((v * 100).toFixed(1))}%`;

/** Props of PriorsControls. */
export interface PriorsControlsProps {
  params: PriorsParams;
  set: (patch: Partial<PriorsParams>) => void;
  /** Whether this instance shows the control of a parameter (components/ui/instance). */
  shows: (name: string) => boolean;
  /** The full model: presets, and the weights and conventions folded behind disclosures. */
  full: boolean;
  ruleLabels: Readonly<Record<RuleKind, string>>;
}

/** A group of controls, left out when the instance shows none of them. */
function Group({ legend, children }: { legend: string; children: ComponentChildren[] }) {
  if (!children.some(Boolean)) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The calculator's inputs, the report web tool's: presets, the years, the calendar prior, growth
 * and compute, the initial weights and the model conventions. A focused instance shows only the
 * ones it names; the full model folds the weights and conventions (their open state in the URL).
 * @example <PriorsControls params={params} set={set} shows={inst.shows} full ruleLabels={RULE_LABELS} />
 */
export function PriorsControls({ params, set, shows, full, ruleLabels }: PriorsControlsProps) {
  const uid = useId();
  const preset = matchingPreset(params);
  const weights = RULE_KINDS.filter((kind) => shows(WEIGHT_PARAM[kind])).map((kind) => (
    <Slider key={kind} label={ruleLabels[kind]} value={params[WEIGHT_PARAM[kind]]} min={0} max={1} step={0.01} format={(v) => v.toFixed(2)} onChange={(w) => set({ [WEIGHT_PARAM[kind]]: w } as Partial<PriorsParams>)} />
  ));
  const conventions = [
    shows('increment') ? (
      <Select
        key="increment"
        label="Trial increment (researcher and compute rules)"
        value={params.increment}
        options={[
          { value: '0.0001', label: '0.01% (report)' },
          { value: '0.01', label: '1% (aipriors.com)' },
        ]}
        onChange={(increment) => set({ increment })}
      />
    ) : null,
    shows('evolution') ? (
      <Select
        key="evolution"
        label="Evolution-weight convention"
        value={params.evolution}
        options={[
          { value: 'report', label: 'Report (as published)' },
          { value: 'strict', label: 'Strict Bayesian update' },
        ]}
        onChange={(evolution) => set({ evolution })}
      />
    ) : null,
  ].filter(Boolean);
  const weightsHint = <p class="ui-hint">Weights are normalised; all zero means equal weights.</p>;

  return (
    <div class="priors-controls priors-no-print">
      {full ? (
        <div class="priors-presets" role="group" aria-label="Presets">
          <span class="priors-presets-label" aria-hidden="true">
            Preset:
          </span>
          {(['low', 'central', 'high'] as const).map((name) => (
            <button key={name} type="button" class="ui-button" aria-pressed={preset === name ? 'true' : 'false'} onClick={() => set(presetParams(name))}>
              {PRESET_LABELS[name]}
            </button>
          ))}
          {preset === null ? <span class="priors-custom">(custom)</span> : null}
        </div>
      ) : null}
      <Group legend="Years">
        {shows('from') ? <Slider label="Rule out AGI before the end of" value={params.from} min={2020} max={2099} step={1} onChange={(from) => set({ from, ...(params.to < from ? { to: from } : {}) })} /> : null}
        {shows('to') ? <Slider label="Target year" value={Math.max(params.to, params.from)} min={params.from} max={2100} step={1} onChange={(to) => set({ to })} /> : null}
      </Group>
      <Group legend="Calendar prior">
        {shows('ftp') ? (
          <Slider
            label="First-trial probability (log scale)"
            value={params.ftp}
            min={FTP_MIN}
            max={FTP_MAX}
            step={FTP_SLIDER_STEP}
            log
            format={formatFtpSlider}
            onChange={(v) => set({ ftp: snapFtp(roundToStep(v, FTP_MIN, FTP_MAX, FTP_SLIDER_STEP)) })}
          />
        ) : null}
        {shows('ftp') && full ? <NumberField label="First-trial probability, typed" value={params.ftp} parse={parseFtpText} format={priorsSchema.fields.ftp.format} inputMode="text" hint="A fraction such as 1/300 or a decimal, from 1/3000 to 1/2." onChange={(ftp) => set({ ftp })} /> : null}
        {shows('vs') ? <Slider label="Virtual successes" value={params.vs} min={0.1} max={10} step={0.1} log onChange={(vs) => set({ vs })} /> : null}
        {shows('start') ? <Slider label="Regime start (calendar and researcher rules)" value={Math.min(params.start, params.from)} min={1900} max={params.from} step={1} onChange={(start) => set({ start })} /> : null}
      </Group>
      <Group legend="Growth and compute">
        {shows('gExp') ? <Slider label="g_exp: researcher growth after 2036" value={params.gExp} min={0.01} max={0.3} step={0.001} format={pct1} onChange={(gExp) => set({ gExp })} /> : null}
        {shows('gAct') ? <Slider label="g_act: researcher growth to 2036" value={params.gAct} min={0.01} max={0.3} step={0.001} format={pct1} onChange={(gAct) => set({ gAct })} /> : null}
        {shows('X') ? <Slider label="X: compute doublings worth one researcher doubling" value={params.X} min={1} max={20} step={0.5} onChange={(X) => set({ X })} /> : null}
        {shows('spendM') ? (
          <div class="priors-spend" role="group" aria-labelledby={`${uid}-spend`}>
            <span class="ui-label" id={`${uid}-spend`}>
              Largest training spend in 2036 (S₂₀₃₆)
            </span>
            <div class="priors-spend-buttons">
              {SPEND_CHOICES.map((m) => (
                <button key={m} type="button" class="ui-button" aria-pressed={params.spendM === m ? 'true' : 'false'} onClick={() => set({ spendM: m })}>
                  {formatSpend(m)}
                </button>
              ))}
            </div>
            <NumberField label="S₂₀₃₆, typed" value={params.spendM} parse={parseSpend} format={formatSpend} inputMode="text" hint="Any amount above $5.02M (the 2020 spend)." onChange={(spendM) => set({ spendM })} />
          </div>
        ) : null}
      </Group>
      {weights.length > 0 && full ? (
        <Disclosure summary="Initial weights" open={params.weightsOpen} onToggle={(weightsOpen) => set({ weightsOpen })}>
          {weights}
          {weightsHint}
        </Disclosure>
      ) : weights.length > 0 ? (
        <Group legend="Initial weights">{[...weights, weightsHint]}</Group>
      ) : null}
      {conventions.length > 0 && full ? (
        <Disclosure summary="Model conventions" open={params.modelOpen} onToggle={(modelOpen) => set({ modelOpen })}>
          {conventions}
        </Disclosure>
      ) : conventions.length > 0 ? (
        <Group legend="Model">{conventions}</Group>
      ) : null}
    </div>
  );
}
