import type { ComponentChildren } from 'preact';
import './instance.css';

/** Props of InstanceLayout. */
export interface InstanceLayoutProps {
  /** The instance's primary chart (with its headline or readout): stays in view while the controls are worked. */
  chart: ComponentChildren;
  /** The controls this instance shows (already filtered with `shows`). */
  controls: ComponentChildren;
  class?: string;
}

/**
 * The shared frame of a figure: the primary chart beside its controls when the figure is wide
 * enough (container query), stacked on phones with the chart sticky at the top, so that for every
 * control there is a scroll position showing it and the chart it moves (issue 17's in-sight rule).
 * @example <InstanceLayout chart={<Chart />} controls={<Controls />} />
 */
export function InstanceLayout({ chart, controls, class: className }: InstanceLayoutProps) {
  return (
    <div class={`instance-body${className ? ` ${className}` : ''}`}>
      <div class="instance-chart" data-instance-chart="">
        {chart}
      </div>
      <div class="instance-controls" data-instance-controls="">
        {controls}
      </div>
    </div>
  );
}
