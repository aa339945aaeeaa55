import { describe, expect, it } from 'vitest';
import { advance, createSession, frameOf } from '~components/widgets/tangent/frames';
import { curveGeometry, formatShare, formatValue, formatWidth, parseCssColor, pointsGeometry, surfacePixels, sweepGeometry, ticketGeometry } from '~components/widgets/tangent/view';

const size = { width: 100, height: 100 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('tangent view (pure geometry)', () => {
  it('formats values with no NaN on screen', () => {
    expect(formatValue(0.0012345)).toBe('0.00123');
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatShare(0.0423)).toBe('4.2%');
    expect(formatShare(0.32)).toBe('32%');
    expect(formatShare(null)).toBe('—');
    expect(formatWidth(16384)).toBe('16,384');
  });

  it('curveGeometry maps the training points into the box (the doc example) and clamps wild curves', () => {
    const g = curveGeometry({ task: 'sin', xs: [-3, 3], network: [0, 0], linear: [0, 0], infinite: [0, 0], train: { x: [0], target: [0] } }, size, none);
    expect(g.points).toEqual([{ cx: 50, cy: 50 }]);
    const wild = curveGeometry({ task: 'step', xs: [-3, 3], network: [1e9, Number.NaN], linear: [0, 0], infinite: [0, 0], train: { x: [], target: [] } }, size, none);
    expect(wild.network).not.toMatch(/NaN|Infinity/);
    expect(wild.target.match(/M/g)).toHaveLength(2); // the step is two flat pieces
  });

  it('sweepGeometry draws the slope −½ through the first weightChange point', () => {
    const g = sweepGeometry([16, 64], [{ width: 16, functionGap: 0.1, weightChange: 1 }, { width: 64, functionGap: 0.05, weightChange: 0.5 }], [], size, none);
    const [a, b] = g.theory.slice(1).split('L').map((p) => p.split(',').map(Number));
    // weightChange 1 → 0.5 over a factor 4 is exactly slope −½: the data line and the theory line coincide
    expect(g.weight).toBe(g.theory);
    expect(a![0]).toBe(0);
    expect(b![0]).toBe(100);
    expect(g.xTicks.map((t) => t.label)).toEqual(['16', '64']);
    expect(sweepGeometry([16, 64], [], [], size, none).theory).toBe('');
  });

  it('ticketGeometry marks the 90 % point at its fraction (log axis from 1/P to 1)', () => {
    const g = ticketGeometry({ parameters: 100, share: 0.1, target: 0.9, curve: [[0.01, -0.3], [0.1, 0.9], [1, 1]] }, size, none);
    expect(g.mark).toEqual({ cx: 50, cy: 10 });
    expect(g.curve.startsWith('M0,100')).toBe(true); // below 0 is clipped to the axis
  });

  it('colours: parses computed CSS colours and paints ±1 in the two class colours', () => {
    expect(parseCssColor('rgb(31, 79, 143)')).toEqual([31, 79, 143]);
    expect(parseCssColor(' #1f4f8f')).toEqual([31, 79, 143]);
    expect(parseCssColor('light-dark(#000, #fff)')).toBeNull();
    const px = surfacePixels([1, -1, 0, Number.NaN], 2, [200, 0, 0], [0, 0, 200], [100, 100, 100]);
    // row 0 is the bottom: values [1, −1] land in the bottom pixel row
    expect(Array.from(px.slice(8, 11))).toEqual([25, 25, 175]);
    expect(Array.from(px.slice(12, 15))).toEqual([175, 25, 25]);
    expect(Array.from(px.slice(0, 3))).toEqual([100, 100, 100]);
    expect(pointsGeometry({ x: [0], y: [0], target: [1] }, [-1, 1, -1, 1], size)).toEqual([{ cx: 50, cy: 50, label: 1 }]);
  });
});

describe('tangent frames (what the worker posts)', () => {
  const config = { seed: 1, task: 'sin' as const, depth: 1, width: 32, parameterisation: 'ntk' as const, learningRate: 0.5 };
  it('at step 0 the network and its linearisation are the same function and the infinite width is 0', () => {
    const f = frameOf(createSession(config, 100), { tickets: true });
    expect(f.network).toEqual(f.linear);
    expect(f.infinite.every((v) => v === 0)).toBe(true);
    expect(f.ticket!.share).toBeNull();
    expect(f.xs).toHaveLength(121);
    expect(f.xs[0]).toBe(-3);
  });
  it('advance stops at the end of the schedule; frames are plain numbers and match the model’s measures', () => {
    const s = advance(createSession(config, 100), 1000, Infinity);
    expect(s.run.step).toBe(100);
    const f = frameOf(s, { tickets: false });
    expect(f.ticket).toBeNull();
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(f.functionGap).toBeGreaterThan(0);
    expect(f.trainLoss).toBeLessThan(frameOf(createSession(config, 100), { tickets: false }).trainLoss);
  });
  it('2-D tasks give a SURFACE_GRID² surface and the points in display units', () => {
    const f = frameOf(createSession({ ...config, task: 'xor' }, 10), { tickets: false });
    expect(f.network).toHaveLength(28 * 28);
    expect(f.train.x).toHaveLength(64);
    expect(f.train.y).toHaveLength(64);
  });
});
