import type { PRUNING_METHODS, WidgetDataset } from './params';

/** The data sets as the reader sees them. */
export const DATASET_LABELS: Record<WidgetDataset, string> = {
  moons: 'Two moons',
  circles: 'Circles',
  spirals: 'Two spirals',
  xor: 'XOR',
  blobs: 'Gaussian blobs',
  digits: 'Handwritten digits (MNIST)',
};

type PruningMethod = (typeof PRUNING_METHODS)[number];

/** The methods as the method menu offers them. */
export const METHOD_LABELS: Record<PruningMethod, string> = {
  biprop: 'biprop (weights ±α)',
  'edge-popup': 'edge-popup (weights as drawn)',
  'biprop-1-1': 'MPT-1/1 (±α, binary activations)',
};

/** The methods' short names, for lines and captions. */
export const METHOD_NAMES: Record<PruningMethod, string> = {
  biprop: 'biprop',
  'edge-popup': 'edge-popup',
  'biprop-1-1': 'MPT-1/1',
};

/** The data sets' names inside a sentence or a line. */
export const DATASET_NAMES: Record<WidgetDataset, string> = {
  moons: 'two moons',
  circles: 'circles',
  spirals: 'two spirals',
  xor: 'XOR',
  blobs: 'Gaussian blobs',
  digits: 'handwritten digits',
};
