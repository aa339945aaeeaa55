import { invalid } from '../errors';
import { createRng, type Rng } from '../random/rng';
import { standardNormal } from './init';

/** The seeded two-dimensional toy sets, all two-class like TensorFlow Playground's. */
export const planarDatasets = ['moons', 'circles', 'spirals', 'xor', 'blobs'] as const;
export type PlanarDataset = (typeof planarDatasets)[number];

/** A labelled set: inputs row-major (count × features), labels in 0 … classes − 1. */
export interface LabelledSet {
  x: Float32Array;
  y: Uint8Array;
  count: number;
  features: number;
}

/** A seeded 2-D dataset with its plotting window [xMin, xMax, yMin, yMax]. */
export interface PlanarData {
  train: LabelledSet;
  test: LabelledSet;
  classes: 2;
  extent: [number, number, number, number];
}

/** Plot window of each set (inputs are scaled so every set fits in about [−1.5, 1.5]²). */
export const planarExtent: Record<PlanarDataset, [number, number, number, number]> = {
  moons: [-2, 2, -1.5, 1.5],
  circles: [-1.5, 1.5, -1.5, 1.5],
  spirals: [-1.5, 1.5, -1.5, 1.5],
  xor: [-1.5, 1.5, -1.5, 1.5],
  blobs: [-1.5, 1.5, -1.5, 1.5],
};

/** Default coordinate noise (standard deviation in input units) of each set. */
export const planarNoise: Record<PlanarDataset, number> = {
  moons: 0.15,
  circles: 0.08,
  spirals: 0.03,
  xor: 0.05,
  blobs: 0.3,
};

type Point = [x: number, y: number, label: number];

// Class alternates with i so every set is balanced; noise is Gaussian on both coordinates.
const generators: Record<PlanarDataset, (i: number, rng: Rng, noise: number) => Point> = {
  // sklearn make_moons, centred: upper arc (cos t, sin t), lower arc (1 − cos t, ½ − sin t)
  moons(i, rng, noise) {
    const t = Math.PI * rng();
    const label = i % 2;
    const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [x - 0.5 + noise * standardNormal(rng), y - 0.25 + noise * standardNormal(rng), label];
  },
  // Playground "circle": inner disc r < 0.5 is class 0, ring 0.7 < r < 1 is class 1
  circles(i, rng, noise) {
    const label = i % 2;
    const r = label === 0 ? 0.5 * rng() : 0.7 + 0.3 * rng();
    const a = 2 * Math.PI * rng();
    return [r * Math.cos(a) + noise * standardNormal(rng), r * Math.sin(a) + noise * standardNormal(rng), label];
  },
  // Playground "spiral": two interleaved arms, 1.75 turns, radius growing to 1
  spirals(i, rng, noise) {
    const label = i % 2;
    const u = rng();
    const t = 1.75 * u * 2 * Math.PI + label * Math.PI;
    return [u * Math.sin(t) + noise * standardNormal(rng), u * Math.cos(t) + noise * standardNormal(rng), label];
  },
  // Playground "xor": uniform square, kept a margin away from the axes, label = same sign
  xor(_i, rng, noise) {
    const pad = 0.05;
    const coord = () => {
      const v = 2 * rng() - 1;
      return v + (v > 0 ? pad : -pad);
    };
    const x = coord();
    const y = coord();
    return [x + noise * standardNormal(rng), y + noise * standardNormal(rng), x * y > 0 ? 1 : 0];
  },
  // two isotropic Gaussians at ±(0.5, 0.5)
  blobs(i, rng, noise) {
    const label = i % 2;
    const c = label === 0 ? -0.5 : 0.5;
    return [c + noise * standardNormal(rng), c + noise * standardNormal(rng), label];
  },
};

function toSet(points: Point[]): LabelledSet {
  const x = new Float32Array(points.length * 2);
  const y = new Uint8Array(points.length);
  points.forEach(([a, b, label], i) => {
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = label;
  });
  return { x, y, count: points.length, features: 2 };
}

/**
 * Draw a seeded two-class planar dataset (train and test drawn independently from one stream).
 * Shapes follow TensorFlow Playground (Smilkov & Carter 2016) and sklearn's make_moons.
 * @example generatePlanar('xor', { seed: 1 }).train.count // 600
 */
export function generatePlanar(
  name: PlanarDataset,
  options: { seed: number; train?: number; test?: number; noise?: number },
): PlanarData {
  if (!planarDatasets.includes(name)) invalid('generatePlanar', `name one of ${planarDatasets.join(', ')}`, name);
  const { seed, train = 600, test = 400, noise = planarNoise[name] } = options;
  if (!Number.isFinite(seed)) invalid('generatePlanar', 'a finite seed', seed);
  for (const [field, v] of [['train', train], ['test', test]] as const) {
    if (!Number.isInteger(v) || v < 2) invalid('generatePlanar', `${field} an integer ≥ 2`, v);
  }
  if (!(noise >= 0 && noise <= 1)) invalid('generatePlanar', 'noise in [0, 1]', noise);
  const rng = createRng(seed);
  const gen = generators[name];
  const draw = (n: number) => Array.from({ length: n }, (_, i) => gen(i, rng, noise));
  return { train: toSet(draw(train)), test: toSet(draw(test)), classes: 2, extent: planarExtent[name] };
}
