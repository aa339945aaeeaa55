import { describe, expect, test } from 'vitest';
import { generatePlanar, planarDatasets } from '~compute/pruning/datasets';
import { loadMnistBytes } from '~compute/pruning/mnistNode';
import { packMnist, unpackMnist } from '~compute/pruning/mnistPack';

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

  test('pack/unpack round-trips a synthetic set with a seeded split', () => {
    const classes = Array.from({ length: 10 }, (_, d) => Array.from({ length: 2 * 784 }, (_, i) => ((d * 7 + i) % 256) / 255));
    const bytes = packMnist(classes, { train: 15, test: 5, seed: 1 });
    expect(bytes.length).toBe(20 + 20 * 785);
    const u = unpackMnist(bytes);
    expect(u.train.count).toBe(15);
    const labels = [...u.train.labels, ...u.test.labels].sort();
    expect(labels).toEqual(Array.from({ length: 20 }, (_, i) => Math.floor(i / 2)));
    // every digit's pixels come back exactly: first pixel of class d is (7d mod 256)
    const first = u.train.labels[0]!;
    expect([(first * 7) % 256, (first * 7 + 784) % 256]).toContain(u.train.pixels[0]);
    expect(() => unpackMnist(bytes.subarray(0, 100))).toThrow(/unpackMnist: expected/);
  });

  test('the MNIST asset: 8,000/2,000 split of the mnist package, stable', () => {
    const u = unpackMnist(loadMnistBytes());
    expect([u.train.count, u.test.count]).toEqual([8000, 2000]);
    const counts = new Array(10).fill(0);
    [...u.train.labels, ...u.test.labels].forEach((l) => counts[l]++);
    expect(counts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
  });
});
