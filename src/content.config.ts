import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Bibliographic records, a verbatim copy of the research in shared/sources.json. */
const sources = defineCollection({
  loader: file('content/sources.json'),
  schema: z.strictObject({
    id: z.string(),
    title: z.string().min(1),
    authors: z.array(z.string()),
    venue: z.string(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
    url: z.url().nullable(),
    arxiv: z.string().nullable(),
    doi: z.string().nullable(),
    confirmed_by: z.array(z.string()).min(1, 'every record needs at least one source that confirms it'),
    notes: z.string(),
  }),
});

/** One MDX page per distillation. A note that breaks this schema fails the build naming the field. */
const notes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: z.strictObject({
    /** The heading the client gave the distillation. */
    title: z.string().min(1),
    /** Position in the post (1–6); drives the home page order and previous/next. */
    order: z.number().int().positive(),
    /** The work(s) this note distils (keys of content/sources.json). */
    distills: z.array(reference('sources')).min(1, 'a note distils at least one work'),
    /** Every other work the note or its annotations mention, for the references section. */
    mentions: z.array(reference('sources')).default([]),
    tags: z.array(z.string().min(1)).min(1),
    /** One line for the home page card and the meta description. */
    gist: z.string().min(20).max(220),
    /** Date this annotated edition of the note was published on the site. */
    published: z.coerce.date().transform((d) => d.toISOString().slice(0, 10)),
    /** Which widget the note embeds, if any (the page then loads its island). */
    widget: z.enum(['priors', 'imitation', 'pruning']).optional(),
  }),
});

export const collections = { sources, notes };
