import { boolean, defineSchema, enumOf, fraction, integer, number, seed } from '~state/index';

/** A schema shaped like the priors widget's, with one field of every kind. */
export const schema = defineSchema('priors', {
  ftp: fraction({ default: 1 / 300, min: 1 / 10000, max: 0.1, preferFraction: true, aliases: ['firstTrial'] }),
  vs: number({ default: 1, min: 0.1, max: 10, step: 0.1, label: 'virtual successes' }),
  alpha: number({ default: 0.5, min: 0, max: 1, step: 0.1 }),
  rate: number({ default: 0.01, min: 0.0001, max: 1, step: 0.0001, log: true }),
  mode: enumOf(['report', 'strict'], 'report'),
  trials: integer({ default: 5, min: 1, max: 200, aliases: ['legacy.n'] }),
  seed: seed({ default: 42 }),
  grid: boolean({ default: false }),
});
