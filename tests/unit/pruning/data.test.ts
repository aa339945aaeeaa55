import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { generatePlanar, planarDatasets } from '~compute/pruning/datasets';
import { loadMnistBytes } from '~compute/pruning/mnistNode';
import { mnistToSet, packMnist, unpackMnist } from '~compute/pruning/mnistPack';

describe('datasets', () => {
  test.each(planarDatasets)('%s is seeded, balanced-ish and finite', (name) => {
    const a = generatePlanar(name, { seed: 4 });
    expect(a).toEqual(generatePlanar(name, { seed: 4 }));
    expect(a.train.x).not.toEqual(generatePlanar(name, { seed: 5 }).train.x);
    expect(a.train.count).toBe(600);
    const ones = a.train.y.reduce((s, v) => s + v, 0);
    expect(ones / a.train.count).toBeGreaterThan(0.35);
    expect(ones / a.train.count).toBeLessThan(0.65);
    expect(a.train.x.every(Number.isFinite)).toBe(true);
  });

  test('pack/unpack round-trips a synthetic set with a seeded split at 16 grey levels', () => {
    // digit j of class d: every third pixel blank, the rest at level q = (2d + j) mod 16 plus a
    // ramp of up to 0.4 level that rounds back to q, so each decoded digit is identified by (label, q)
    const level = (d: number, j: number) => (2 * d + j) % 16;
    const ramp = (q: number, t: number) => (q + (q < 15 ? 0.4 : -0.4) * t) / 15;
    const classes = Array.from({ length: 10 }, (_, d) =>
      Array.from({ length: 2 * 784 }, (_, i) => (i % 784) % 3 === 0 ? 0 : ramp(level(d, i >= 784 ? 1 : 0), (i % 784) / 784)),
    );
    const bytes = packMnist(classes, { train: 15, test: 5, seed: 1 });
    const u = unpackMnist(bytes);
    expect([u.train.count, u.test.count, u.side]).toEqual([15, 5, 28]);
    const seen: string[] = [];
    for (const part of [u.train, u.test]) {
      for (let k = 0; k < part.count; k++) {
        const px = part.pixels.subarray(k * 784, (k + 1) * 784);
        const q = px[1]! / 17;
        seen.push(`${part.labels[k]}:${q}`);
        expect(px.every((v, p) => v === (p % 3 === 0 ? 0 : 17 * q))).toBe(true);
      }
    }
    const expected = Array.from({ length: 20 }, (_, i) => `${Math.floor(i / 2)}:${level(Math.floor(i / 2), i % 2)}`);
    expect(seen.sort()).toEqual(expected.sort());
    // the split is the seed's: another seed orders the digits differently
    expect(unpackMnist(packMnist(classes, { train: 15, test: 5, seed: 2 })).train.labels).not.toEqual(u.train.labels);
    expect(mnistToSet(u.test).x.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  test('a truncated, padded or old-format asset is rejected by name', () => {
    const classes = Array.from({ length: 10 }, () => Array.from({ length: 784 }, (_, i) => (i % 5) / 4));
    const bytes = packMnist(classes, { train: 8, test: 2 });
    expect(() => unpackMnist(bytes.subarray(0, 100))).toThrow(/unpackMnist: expected/);
    expect(() => unpackMnist(bytes.subarray(0, bytes.length - 1))).toThrow(/unpackMnist: expected 7840 pixels/);
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    padded[bytes.length] = 7;
    expect(() => unpackMnist(padded)).toThrow(/unpackMnist: expected 7840 pixels coded in exactly/);
    const v1 = bytes.slice();
    v1[4] = 1;
    expect(() => unpackMnist(v1)).toThrow('unpackMnist: expected version 2 (/data/mnist-v2.bin), received 1');
  });

  test('the MNIST asset: 8,000/2,000 split of the mnist package, stable', () => {
    const u = unpackMnist(loadMnistBytes());
    expect([u.train.count, u.test.count]).toEqual([8000, 2000]);
    const counts = new Array(10).fill(0);
    [...u.train.labels, ...u.test.labels].forEach((l) => counts[l]++);
    expect(counts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(loadMnistBytes().length).toBeLessThan(1.4e6);
    // per class, the decoded grey bytes sum to Σ 17·round(15v) over the package's digits (the
    // shuffle permutes digits, it cannot change a class's total)
    const mnist = createRequire(import.meta.url)('mnist') as { raw: number[] }[];
    const sums = new Array(10).fill(0);
    for (const part of [u.train, u.test]) part.pixels.forEach((v, i) => (sums[part.labels[Math.floor(i / 784)]!] += v));
    const expected = mnist.slice(0, 10).map((d) => d.raw.reduce((a, v) => a + 17 * Math.round(15 * v), 0));
    expect(sums).toEqual(expected);
  });
});
