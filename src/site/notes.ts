import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './readingTime';
import { confirmedYear, type SourceRecord } from './sources';
import { SERIES } from './series';

export type NoteEntry = CollectionEntry<'notes'>;

/** The notes in the post's order, each with what its pages need resolved. */
export async function loadNotes() {
  const notes = (await getCollection('notes')).sort((a, b) => a.data.order - b.data.order);
  const orders = notes.map((n) => n.data.order);
  if (new Set(orders).size !== orders.length) throw new Error(`notes: expected distinct "order" values, received ${orders.join(', ')}`);
  const resolve = async (refs: { id: string }[]) =>
    Promise.all(refs.map(async (r) => (await getEntry('sources', r.id))!.data as SourceRecord));
  const original = (await getEntry('sources', SERIES.sourceId))!.data as SourceRecord;
  return Promise.all(
    notes.map(async (note, i) => ({
      note,
      slug: note.id,
      distilled: await resolve(note.data.distills),
      references: await resolve(note.data.mentions),
      original,
      /** The confirmed year of Mark Xu's post, which the notes' text is cited by (null if unconfirmed). */
      originalYear: confirmedYear(original),
      minutes: readingMinutes(note.body ?? ''),
      hasMath: /\$[^$]+\$/.test(note.body ?? ''),
      prev: i > 0 ? { slug: notes[i - 1]!.id, title: notes[i - 1]!.data.title } : undefined,
      next: i < notes.length - 1 ? { slug: notes[i + 1]!.id, title: notes[i + 1]!.data.title } : undefined,
    })),
  );
}
