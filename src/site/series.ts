/** The series this edition publishes: one post of Mark Xu's "Intermittent Distillations". */
export const SERIES = {
  title: 'Intermittent Distillations #3',
  siteTitle: 'Intermittent Distillations',
  author: 'Mark Xu',
  /** Key of the original post in content/sources.json. */
  sourceId: 'intermittent-distillations-3',
  description:
    'Mark Xu’s reading notes on six AI-alignment and machine-learning works, annotated, with the models they describe running in the page.',
  language: 'en',
} as const;
