/**
 * Minutes to read an MDX body at 230 words a minute (a common adult silent-reading rate for
 * non-fiction), counting only prose: frontmatter, imports, JSX tags and maths are dropped.
 * @example readingMinutes('word '.repeat(460)) // 2
 */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
