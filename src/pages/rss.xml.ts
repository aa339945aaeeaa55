import rss from '@astrojs/rss';
import { loadNotes } from '../site/notes';
import { SERIES } from '../site/series';

export async function GET({ site }: { site: URL }) {
  const all = await loadNotes();
  return rss({
    title: SERIES.siteTitle,
    description: SERIES.description,
    site,
    items: all.map(({ note, slug }) => ({
      title: note.data.title,
      description: note.data.gist,
      link: `/notes/${slug}/`,
      pubDate: new Date(`${note.data.published}T00:00:00Z`),
      categories: note.data.tags,
      author: SERIES.author,
    })),
  });
}
