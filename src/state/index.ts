// The state codec's public surface (a handful of small modules, no heavy dependencies, so one
// entry point costs nothing — unlike src/compute, where a barrel would drag in TensorFlow.js).
export { boolean, type BooleanOptions } from './boolean';
export { defaults, defineSchema, keysOf, normalizeParams } from './defineSchema';
export type { Fields, Issue, ParamsOf, Schema, ValueOf } from './defineSchema';
export { enumOf, type EnumField } from './enumOf';
export { SchemaError, type CommonOptions, type Decoded, type Field } from './field';
export { fraction, type FractionField, type FractionOptions } from './fraction';
export { integer, type IntegerOptions } from './integer';
export { number, type NumberField, type NumberOptions } from './number';
export { parse, type ParseResult } from './parse';
export { MAX_SEED, seed, type SeedOptions } from './seed';
export { serialize } from './serialize';
