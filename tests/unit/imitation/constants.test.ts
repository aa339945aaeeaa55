import { describe, expect, it } from 'vitest';
import * as imitation from '~compute/imitation/index';

describe('exported constants (doc examples)', () => {
  it('match their documented values', () => {
    expect(imitation.ACTION_COUNT).toBe(3);
    expect(imitation.CATASTROPHE).toBe(2);
    expect(imitation.DEMONSTRATOR).toBe(0);
    expect(imitation.LOG_FLOOR).toBe(-10000);
    expect(imitation.QUERY_WINDOW).toBe(100);
    expect(imitation.MAX_STEPS).toBe(1_000_000);
    expect(imitation.WORLD_LIMITS.contexts).toBe(64);
    expect(imitation.DECEPTIVE_CATASTROPHE_PROBABILITY).toBe(0.9);
    expect(imitation.DEFAULT_WORLD_CONFIG.honestModels).toBe(20);
    expect(imitation.STREAMS.conservative).toBe(2);
  });

  it('the default world follows the spec: w(π^d) = 0.05, 20 honest, 5 deceptive at 5× an honest prior', () => {
    expect(imitation.DEFAULT_WORLD_CONFIG).toEqual({
      contexts: 4,
      demonstratorPrior: 0.05,
      honestModels: 20,
      deceptiveModels: 5,
      deceptivePriorRatio: 5,
      triggerStep: 300,
      triggerSpread: 0,
    });
  });

  it('the index imports nothing from outside src/compute', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../../src/compute/imitation/', import.meta.url);
    for (const f of readdirSync(dir)) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      for (const m of src.matchAll(/from '([^']+)'/g)) expect(m[1]!.startsWith('.'), `${f}: ${m[1]}`).toBe(true);
      expect(src).not.toMatch(/Math\.random/);
    }
  });
});
