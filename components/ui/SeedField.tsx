import type { ComponentChildren } from 'preact';
import { MAX_SEED } from '../../src/state/seed';
import { NumberField } from './NumberField';
import './controls.css';

/** Props of SeedField. */
export interface SeedFieldProps {
  label?: ComponentChildren;
  value: number;
  onChange: (seed: number) => void;
  /** Where new seeds come from; injectable so tests and replays are deterministic. */
  newSeed?: () => number;
  disabled?: boolean;
}

/**
 * Read a typed seed: a whole number in [0, 2³² − 1], the state space of the compute package's
 * mulberry32 generator.
 * @example parseSeed(' 42 ') // 42
 */
export function parseSeed(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value > MAX_SEED) throw new Error(`Enter a whole number from 0 to ${MAX_SEED}.`);
  return value;
}

/**
 * A fresh seed from the platform's cryptographic generator (UI only; compute code takes seeds as input).
 * @example randomSeed() // some whole number in [0, 2³² − 1]
 */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * The seed of a stochastic widget: a typed whole number plus a "New seed" button. The seed is in
 * the URL, so a shared link redraws the same figure.
 * @example <SeedField value={42} onChange={set} />
 */
export function SeedField({ label = 'Seed', value, onChange, newSeed = randomSeed, disabled }: SeedFieldProps) {
  return (
    <div class="ui-seed">
      <NumberField label={label} value={value} onChange={onChange} parse={parseSeed} inputMode="numeric" disabled={disabled} />
      <button type="button" class="ui-button" disabled={disabled} onClick={() => onChange(newSeed())}>
        New seed
      </button>
    </div>
  );
}
