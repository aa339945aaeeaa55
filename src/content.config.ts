import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { KB_DIR } from './site/kb';

// The knowledge base's folder: content/ unless KB_DIR names another (the test fixture).
/** Bibliographic records, a verbatim copy of the research in shared/sources.json; posts are records too. */
const sources = defineCollection({
  loader: file(join(KB_DIR, 'sources.json')),
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

const isoDate = z.coerce.date().transform((d) => d.toISOString().slice(0, 10));

/**
 * One MDX page per note. A note that breaks this schema fails the build naming the field; what
 * the schema cannot see (ids that must exist, orders that must be distinct, links and sections
 * that must resolve) is checked across notes by src/site/knowledgeBase.ts, again naming the file
 * and the field.
 */
const notes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: KB_DIR }),
  schema: z.strictObject({
    /** The heading the note's author gave it. */
    title: z.string().min(1),
    /**
     * The post whose text the note reproduces (a key of sources.json: its authors, confirmed year
     * and URL credit the note). Without it the note is an editors' note, credited to the editors.
     */
    post: z.string().min(1).optional(),
    /** Position within its post (or among the editors' notes), unique there; orders the home page, the post page and previous/next. */
    order: z.number().int().positive(),
    /** The work(s) this note distils (keys of sources.json); an editors' note may distil none. */
    distills: z.array(reference('sources')).default([]),
    /** Every other work the note or its annotations mention, for the references section. */
    mentions: z.array(reference('sources')).default([]),
    tags: z.array(z.string().min(1)).min(1),
    /** One line for the home page card and the meta description. */
    gist: z.string().min(20).max(220),
    /** Date this edition of the note was published on the site (an editors' note: its own date). */
    published: isoDate,
    /**
     * The editors' revisions, oldest first: when, what changed, and the heading ids of the
     * sections touched. The latest date is the version a citation names.
     */
    revisions: z
      .array(z.strictObject({ date: isoDate, summary: z.string().min(1), sections: z.array(z.string().min(1)).default([]) }))
      .default([]),
    /** Which widget the note embeds, if any (the page then loads its island). */
    widget: z.enum(['priors', 'imitation', 'pruning']).optional(),
  }),
});

export const collections = { sources, notes };
