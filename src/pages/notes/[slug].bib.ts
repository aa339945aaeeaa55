import type { GetStaticPaths } from 'astro';
import { loadNotes, type LoadedNote } from '../../site/notes';
import { toBibtex } from '../../site/citation';

/** One .bib file per note: the note itself, then each of its sections, credited by the note's own post. */
export const getStaticPaths = (async () => {
  const all = await loadNotes();
  return all.map((item) => ({ params: { slug: item.slug }, props: { item } }));
}) satisfies GetStaticPaths;

export async function GET({ props, site }: { props: { item: LoadedNote }; site: URL }) {
  const { render } = await import('astro:content');
  const { item } = props;
  const { headings } = await render(item.note);
  const citable = { ...item.cite, url: new URL(`/notes/${item.slug}/`, site).href };
  const entries = [toBibtex(citable), ...headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => toBibtex(citable, { id: h.slug, title: h.text }))];
  return new Response(entries.join('\n'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
