import { describe, expect, it } from 'vitest';
import { defaults, parse, serialize } from '~state/index';
import { parseScenario, simulate } from '~compute/lowstakes/index';
import { cursorKey } from '~components/ui/cursorKeys';
import { chartSize, formatNumber, formatProbability, lossGeometry, weightGeometry } from '~components/widgets/lowstakes/view';
import { lowstakesSchema, PRESETS, presetOf, RUN_KEYS, scenarioOf, stakesOf, turnStepOf } from '~components/widgets/lowstakes/params';

describe('formatters', () => {
  it('never print NaN and never round a non-zero chance to 0 % or a not-quite-certain one to 100 %', () => {
    expect(formatNumber(1234.567)).toBe('1,234.6');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(-0.01)).toBe('0');
    expect(formatProbability(0.99991)).toBe('> 99.99%');
    expect(formatProbability(1)).toBe('100%');
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(3e-7)).toBe('< 0.01%');
    expect(formatProbability(0.554)).toBe('55.4%');
    expect(formatProbability(NaN)).toBe('—');
  });
});

describe('chartSize', () => {
  it('the column less the panel padding, within 260–640 units, about half as tall as wide (160–200)', () => {
    expect(chartSize(390)).toEqual({ width: 372, height: 186 });
    expect(chartSize(300)).toEqual({ width: 282, height: 160 });
    expect(chartSize(200)).toEqual({ width: 260, height: 160 });
    expect(chartSize(1000)).toEqual({ width: 640, height: 200 });
  });
});

describe('cursorKey', () => {
  it('← → one point, Page Up/Down a tenth, Home/End the ends, clamped; other keys ignored', () => {
    expect(cursorKey('ArrowLeft', 5, 100)).toBe(4);
    expect(cursorKey('ArrowRight', 99, 100)).toBe(99);
    expect(cursorKey('PageDown', 50, 100)).toBe(40);
    expect(cursorKey('PageUp', 95, 100)).toBe(99);
    expect(cursorKey('Home', 50, 100)).toBe(0);
    expect(cursorKey('End', 0, 100)).toBe(99);
    expect(cursorKey('a', 5, 100)).toBeNull();
    expect(cursorKey('Home', 0, 0)).toBeNull();
  });
});

describe('geometry', () => {
  const run = simulate(parseScenario({ steps: 1000 }), 50);
  const size = { width: 400, height: 200 };
  it('the loss chart plots regret to date, the aligned excess and the bound band inside the plot', () => {
    const g = lossGeometry(run, size);
    expect(g.points).toHaveLength(50);
    const last = g.points.at(-1)!;
    expect(last.learner).toBeCloseTo(run.regret, 9);
    expect(last.bound).toBeCloseTo(run.regretBound!, 9);
    expect(g.boundClipped).toBe(false);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.left);
      expect(p.x).toBeLessThanOrEqual(g.right);
    }
    expect(g.learnerPath).toMatch(/^M/);
    expect(g.bandPath).toMatch(/^M/);
    expect(g.turnX).toBeCloseTo(g.left + ((g.right - g.left) * 500) / 1000, 9);
    expect(`${g.learnerPath}${g.alignedPath}${g.bandPath}`).not.toMatch(/NaN/);
  });
  it('a bound far above the data (high stakes) is clipped, not allowed to flatten the curves', () => {
    const high = simulate(parseScenario({ steps: 1000, stakes: 1000 }), 50);
    const g = lossGeometry(high, size);
    expect(g.boundClipped).toBe(true);
    expect(g.bandPath).not.toMatch(/NaN/);
  });
  it('the weight chart has one line per kind, weights summing to 1 per window, and the bad-decision area', () => {
    const g = weightGeometry(run, size);
    expect(g.series.map((s) => s.kind)).toEqual(['aligned', 'deceptive', 'mediocre']);
    for (let i = 0; i < g.xs.length; i++) expect(g.series.reduce((a, s) => a + s.values[i]!, 0)).toBeCloseTo(1, 9);
    expect(g.bad.slice(0, 20).every((b) => b === 0)).toBe(true);
    expect(Math.max(...g.bad)).toBeGreaterThan(0.9);
    const alt = weightGeometry(simulate(parseScenario({ steps: 100, world: { kind: 'alternating' } }), 10), size);
    expect(alt.series.map((s) => s.kind)).toEqual(['first', 'second']);
    expect(alt.turnX).toBeNull();
  });
});

describe('params', () => {
  it('defaults are the low-stakes preset and build the CLI’s default scenario (but m = 1000)', () => {
    const d = defaults(lowstakesSchema);
    expect(presetOf(d)?.id).toBe('low-stakes');
    expect(scenarioOf(d)).toEqual(parseScenario({ catastropheRun: 1000 }));
    expect(RUN_KEYS).toHaveLength(13);
  });
  it('the turn falls on step ⌊turn · T⌋ of the exact product, each share of T on a step of its own', () => {
    const d = defaults(lowstakesSchema);
    // 0.29 · 100 is 28.999… in floating point; a plain floor put 0.28 and 0.29 on the same step.
    expect(scenarioOf({ ...d, steps: 100, turn: 0.29 }).world.turnStep).toBe(29);
    const steps = Array.from({ length: 101 }, (_, k) => turnStepOf({ turn: k / 100, steps: 100 }));
    expect(steps).toEqual(Array.from({ length: 101 }, (_, k) => k));
    expect(turnStepOf({ turn: 0.5, steps: 999 })).toBe(499);
  });
  it('every preset is recognised, whatever the seed, and builds a valid scenario', () => {
    for (const p of PRESETS) {
      const params = { ...p.params, seed: 99 };
      expect(presetOf(params)?.id).toBe(p.id);
      expect(() => scenarioOf(params)).not.toThrow();
    }
    expect(PRESETS.map((p) => p.label)).toEqual([
      'low stakes: bounded damage',
      'high stakes: one bad decision is fatal',
      'train then deploy never recovers',
      'follow-the-leader is exploitable',
    ]);
  });
  it('the presets tell their stories', () => {
    const runOf = (id: string) => simulate(scenarioOf({ ...PRESETS.find((p) => p.id === id)!.params, seed: 1 }));
    const low = runOf('low-stakes');
    expect(low.regret).toBeLessThan(low.regretBound!);
    expect(low.catastropheProbability).toBe(0);
    const high = runOf('high-stakes');
    expect(high.catastropheProbability).toBeGreaterThan(0.99);
    expect(high.regret).toBeGreaterThan(10 * high.bestLoss);
    const frozen = runOf('train-then-deploy');
    expect(frozen.badDecisions).toBe(5000);
    expect(frozen.stepsToRecover).toBeNull();
    const ftl = runOf('follow-the-leader');
    expect(ftl.regret).toBeGreaterThan(490);
  });
  it('stakes are capped at T; a URL round trip keeps every value', () => {
    expect(stakesOf({ stakes: 50_000, steps: 1000 })).toBe(1000);
    const params = { ...defaults(lowstakesSchema), learner: 'fixed-share' as const, share: 0.01, steps: 2500, stakes: 40, run: 7, turn: 0.3, seed: 12 };
    const query = serialize(lowstakesSchema, params, '');
    expect(query).toBe('lowstakes.learner=fixed-share&lowstakes.run=7&lowstakes.seed=12&lowstakes.share=0.01&lowstakes.stakes=40&lowstakes.steps=2500&lowstakes.turn=0.3');
    expect(parse(lowstakesSchema, `?${query}`).params).toEqual(params);
  });
});
