import type { LowStakesParams } from '../params';

/** Props of ChartSwitch: the chart shown and its setter. */
export interface ChartSwitchProps {
  chart: LowStakesParams['chart'];
  onChoose: (chart: LowStakesParams['chart']) => void;
}

/**
 * Which of the two charts a one-chart figure shows (a focused figure; the full model on a narrow
 * screen), kept in the URL. Part of the chart, so it stays with it.
 */
export function ChartSwitch({ chart, onChoose }: ChartSwitchProps) {
  const option = (value: LowStakesParams['chart'], label: string) => (
    <button type="button" class="ui-button" aria-pressed={chart === value ? 'true' : 'false'} onClick={() => onChoose(value)}>
      {label}
    </button>
  );
  return (
    <div class="ls-chart-switch" role="group" aria-label="Chart shown">
      {option('loss', 'Regret')}
      {option('weights', 'Weights')}
    </div>
  );
}
