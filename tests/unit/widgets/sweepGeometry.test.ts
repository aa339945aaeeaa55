import { describe, expect, it } from 'vitest';
import { nearestIndex, niceTicks, spacedValues, sweepGeometry } from '~components/ui/chart/sweepGeometry';

describe('sweep chart geometry', () => {
  const v = (mean: number, min = mean, max = mean) => ({ mean, min, max });
  it('places swept values on a log or linear axis and leaves gaps for pending points', () => {
    const g = sweepGeometry({
      xs: [1, 10, 100],
      series: [{ id: 'a', label: 'a', values: [v(0), null, v(1, 0.5, 1.5)] }],
      size: { width: 300, height: 200 },
      xScale: 'log',
      formatX: String,
      formatY: String,
      current: 10,
    });
    expect(g.xPixels).toEqual([46, 166, 286]);
    expect(g.currentX).toBe(166);
    expect(g.series[0]!.points[1]).toBeNull();
    expect(g.series[0]!.line.match(/M/g)).toHaveLength(2);
    expect(g.series[0]!.band).toMatch(/Z$/);
    expect(g.xTicks.map((t) => t.label)).toEqual(['1', '10', '100']);
    expect(g.yTicks[0]!.label).toBe('0');
    expect(Number(g.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(1.5);
  });
  it('draws no band for a deterministic series and ignores a current setting outside the domain', () => {
    const g = sweepGeometry({ xs: [0, 1], series: [{ id: 'a', label: 'a', values: [v(0.1), v(0.2)] }], size: { width: 300, height: 200 }, xScale: 'linear', formatX: String, formatY: String, current: 5 });
    expect(g.series[0]!.band).toBe('');
    expect(g.currentX).toBeNull();
  });
  it('helpers', () => {
    expect(niceTicks(0, 0.2, 5)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(nearestIndex([46, 166, 286], 150)).toBe(1);
    expect(spacedValues(1, 100, 3, 'log').map((x) => Number(x.toPrecision(10)))).toEqual([1, 10, 100]);
  });
});
