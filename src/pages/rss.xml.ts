import rss from '@astrojs/rss';
import { loadKnowledgeBase } from '../site/notes';
import { FEED_XMLNS, feedItems } from '../site/feed';

/** The site's feed: every note of every post, and the editors' notes. */
export async function GET({ site }: { site: URL }) {
  const kb = await loadKnowledgeBase();
  return rss({ title: kb.site.title, description: kb.site.description, site, xmlns: FEED_XMLNS, items: feedItems(kb.notes, kb.site.editors) });
}
