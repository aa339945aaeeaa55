/**
 * What the widgets' SVG charts share: the geometry types their pure view.ts functions return, and
 * the grid and tick labels drawn from them. Class names take the widget's prefix so each widget
 * keeps its own styling.
 */

/** Width and height of a chart in SVG user units (the SVG scales to its box). */
export interface Size {
  width: number;
  height: number;
}

/** Inner margins of a chart, leaving room for axis labels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A tick mark and its label. */
export interface Tick {
  position: number;
  label: string;
}

export interface ChartAxesProps {
  /** The plot area's edges in SVG units. */
  left: number;
  right: number;
  bottom: number;
  yTicks: readonly Tick[];
  xTicks: readonly Tick[];
  /** Class prefix: draws `<prefix>-grid` lines and `<prefix>-tick` labels. */
  prefix: string;
  /** Distance of the x labels below the plot. */
  xLabelOffset?: number;
}

/** Horizontal grid lines with y labels, and x labels under the plot. */
export function ChartAxes({ left, right, bottom, yTicks, xTicks, prefix, xLabelOffset = 12 }: ChartAxesProps) {
  return (
    <>
      {yTicks.map((t) => (
        <g key={`y${t.label}`}>
          <line x1={left} x2={right} y1={t.position} y2={t.position} class={`${prefix}-grid`} />
          <text x={left - 4} y={t.position + 3} class={`${prefix}-tick`} text-anchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t.label}`} x={t.position} y={bottom + xLabelOffset} class={`${prefix}-tick`} text-anchor="middle">
          {t.label}
        </text>
      ))}
    </>
  );
}
