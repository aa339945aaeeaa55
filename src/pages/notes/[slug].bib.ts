import type { GetStaticPaths } from 'astro';
import { loadNotes } from '../../site/notes';
import { toBibtex } from '../../site/citation';
import { SERIES } from '../../site/series';

/** One .bib file per note: the note itself, then each of its sections. */
export const getStaticPaths = (async () => {
  const all = await loadNotes();
  return all.map((n) => ({ params: { slug: n.slug }, props: n }));
}) satisfies GetStaticPaths;

export async function GET({ props, site }: { props: Awaited<ReturnType<typeof loadNotes>>[number]; site: URL }) {
  const { render } = await import('astro:content');
  const { headings } = await render(props.note);
  const citable = {
    key: props.slug,
    title: props.note.data.title,
    author: SERIES.author,
    series: SERIES.title,
    url: new URL(`/notes/${props.slug}/`, site).href,
    published: props.note.data.published,
    originalYear: props.originalYear,
    originalUrl: props.original.url,
  };
  const entries = [toBibtex(citable), ...headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => toBibtex(citable, { id: h.slug, title: h.text }))];
  return new Response(entries.join('\n'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
