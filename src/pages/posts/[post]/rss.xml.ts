import rss from '@astrojs/rss';
import type { GetStaticPaths } from 'astro';
import { loadKnowledgeBase, type NoteGroup } from '../../../site/notes';
import { FEED_XMLNS, feedItems } from '../../../site/feed';

/** One feed per post: its notes only. */
export const getStaticPaths = (async () => {
  const kb = await loadKnowledgeBase();
  return kb.groups.filter((g) => g.post).map((group) => ({ params: { post: group.key }, props: { group, editors: kb.site.editors, siteTitle: kb.site.title } }));
}) satisfies GetStaticPaths;

export async function GET({ props, site }: { props: { group: NoteGroup; editors: string; siteTitle: string }; site: URL }) {
  const { group, editors, siteTitle } = props;
  const post = group.post!;
  return rss({
    title: `${post.title} · ${siteTitle}`,
    description: `${post.author}${post.year ? ` (${post.year})` : ''}, “${post.title}”: the notes of this post, annotated.`,
    site,
    xmlns: FEED_XMLNS,
    items: feedItems(group.notes, editors),
  });
}
