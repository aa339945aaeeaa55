import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bayesUpdate, LOG_FLOOR, logPrior, posteriorFromLog } from '~compute/imitation/posterior';
import { sampleCategorical } from '~compute/imitation/sampleCategorical';
import { streamState } from '~compute/imitation/streams';

describe('posterior in log-space', () => {
  it('matches the doc examples', () => {
    expect(logPrior([0.25, 0.5, 0.25])).toEqual([-Math.LN2, 0, -Math.LN2]);
    const p = posteriorFromLog([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 15);
    expect(p[1]).toBeCloseTo(0.75, 15);
    const q = posteriorFromLog(bayesUpdate([0, 0], [0.2, 0.6]));
    expect(q[0]).toBeCloseTo(0.25, 15);
    expect(q[1]).toBeCloseTo(0.75, 15);
  });

  it('recovers the prior and is exactly Bayes’ rule on an update', () => {
    const weightsArb = fc.array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(weightsArb, fc.array(fc.double({ min: 1e-3, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 }), (ws, lik) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const prior = posteriorFromLog(logPrior(ws));
        prior.forEach((p, i) => expect(p).toBeCloseTo(ws[i]! / total, 12));
        const l = lik.slice(0, ws.length);
        const post = posteriorFromLog(bayesUpdate(logPrior(ws), l));
        const z = ws.reduce((a, w, i) => a + w * l[i]!, 0);
        post.forEach((p, i) => expect(p).toBeCloseTo((ws[i]! * l[i]!) / z, 12));
      }),
    );
  });

  it('eliminates a model with likelihood 0 without −Infinity or NaN (JSON-safe)', () => {
    const next = bayesUpdate([0, 0], [0, 0.5]);
    expect(next).toEqual([LOG_FLOOR, 0]);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
    expect(posteriorFromLog(next)).toEqual([0, 1]);
  });

  it('never produces NaN over 100,000 updates with very unequal likelihoods', () => {
    let l = logPrior([0.05, 0.5, 0.45]);
    let s = 42;
    for (let t = 0; t < 100_000; t++) {
      const u = ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
      l = bayesUpdate(l, [0.5, u < 0.5 ? 0.9 : 0.1, 1e-3]);
    }
    const p = posteriorFromLog(l);
    for (const x of [...l, ...p]) expect(Number.isFinite(x)).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rejects bad priors, likelihoods, and an update that leaves no model', () => {
    expect(() => logPrior([0.5, 0])).toThrow('logPrior: expected prior weights > 0, received [0.5,0]');
    expect(() => bayesUpdate([0, 0], [0.5])).toThrow('bayesUpdate: expected 2 likelihoods, received 1');
    expect(() => bayesUpdate([0], [Number.NaN])).toThrow('bayesUpdate: expected likelihoods in [0, 1], received NaN');
    expect(() => bayesUpdate([0, 0], [0, 0])).toThrow(/bayesUpdate: expected some model with positive weight/);
  });
});

describe('sampleCategorical and streams', () => {
  it('matches the doc examples', () => {
    expect(sampleCategorical([0.2, 0.8, 0], 0.5)).toBe(1);
    expect(streamState(1, 0)).toBe(2654435770);
  });

  it('never returns an index of weight 0, even for u just below 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0)),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (w, u) => {
          expect(w[sampleCategorical(w, u)]).toBeGreaterThan(0);
        },
      ),
    );
    expect(sampleCategorical([0.3, 0.7, 0], 1 - 2 ** -53)).toBe(1);
  });

  it('draws with the right frequencies', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) counts[sampleCategorical([1, 2, 1], (i + 0.5) / 10_000)]!++;
    expect(counts).toEqual([2500, 5000, 2500]);
  });

  it('rejects weights with no positive mass', () => {
    expect(() => sampleCategorical([0, 0], 0.5)).toThrow('sampleCategorical: expected finite non-negative weights with a positive sum, received [0,0]');
  });
});
