// The instance mechanism's surface for islands (Preact) — the build-time checks are in checkProps.ts,
// imported by each widget's .astro file.
export { defineInstanceSpec, fillCaption, fixedLine, captionSlots, type InstanceSpec, type ParamName } from './spec';
export { instanceSchema } from './instanceSchema';
export { useInstance, type Instance, type InstanceProps } from './useInstance';
export { FixedParams } from './FixedParams';
export { InstanceCaption } from './InstanceCaption';
export { InstanceLayout } from './InstanceLayout';
export { Disclosure } from './Disclosure';
