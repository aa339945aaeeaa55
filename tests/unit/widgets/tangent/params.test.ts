import { describe, expect, it } from 'vitest';
import { defaults, parse, serialize } from '~state/index';
import { scenarioDefaults } from '~compute/tangent/scenario';
import { effectiveWidth, runConfig, runKey, sweepKey, sweepScenario, sweepWidths, tangentSchema } from '~components/widgets/tangent/params';

describe('tangent params', () => {
  it('defaults are the spec’s quick simulation at width 256 (the doc examples)', () => {
    const d = defaults(tangentSchema);
    expect(runKey(d)).toBe('sin|256|1|ntk|0.5|2000|1');
    expect(runConfig(d)).toEqual({ seed: 1, task: 'sin', depth: 1, width: 256, parameterisation: 'ntk', learningRate: 0.5 });
    const s = sweepScenario(d, 'ntk');
    expect(s).toEqual({ ...scenarioDefaults, widths: [16, 64, 256, 1024, 4096] });
    expect(sweepKey(s)).toBe('sin|1|ntk|0.5|2000|1');
  });

  it('caps the width for two or three hidden layers and narrows the sweep there', () => {
    const d = defaults(tangentSchema);
    expect(effectiveWidth({ ...d, depth: 3, width: 4096 })).toBe(1024);
    expect(runKey({ ...d, depth: 2, width: 16_384 })).toBe(runKey({ ...d, depth: 2, width: 1024 }));
    expect(sweepWidths(2)).toEqual([16, 32, 64, 128, 256]);
    expect(sweepWidths(2, true)).toEqual([16, 32, 64, 128, 256]);
    expect(sweepWidths(1, true).at(-1)).toBe(16_384);
  });

  it('round-trips the URL and falls back on bad values with a note', () => {
    const p = { ...defaults(tangentSchema), task: 'moons' as const, width: 1024, scaling: 'mean-field' as const, lr: 0.2, step: 300 };
    const q = serialize(tangentSchema, p, '');
    expect(q).toBe('tangent.lr=0.2&tangent.scaling=mean-field&tangent.step=300&tangent.task=moons&tangent.width=1024');
    expect(parse(tangentSchema, `?${q}`).params).toEqual(p);
    const bad = parse(tangentSchema, '?tangent.scaling=mup&tangent.width=lots&tangent.depth=9');
    expect(bad.params.scaling).toBe('ntk');
    expect(bad.params.width).toBe(256);
    expect(bad.params.depth).toBe(3);
    expect(bad.issues.map((i) => i.param).sort()).toEqual(['depth', 'scaling', 'width']);
  });
});
