/** The new-note command (see newNote.ts); run as `npm run new-note -- <slug> [--post <source id>] [--distills <id,id>]`. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { existingNote, scaffoldNote } from './newNote';
import { KB_DIR, KB_LABEL } from './kb';

function main(argv: string[]): string {
  const args = [...argv];
  let post: string | undefined;
  let distills: string[] | undefined;
  const positional: string[] = [];
  while (args.length) {
    const a = args.shift()!;
    if (a === '--post') post = args.shift();
    else if (a === '--distills') distills = (args.shift() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--')) throw new Error(`new-note: unknown option "${a}"; usage: npm run new-note -- <slug> [--post <source id>] [--distills <id,id>]`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new Error('new-note: expected one slug; usage: npm run new-note -- <slug> [--post <source id>] [--distills <id,id>]');
  if (argv.includes('--post') && !post) throw new Error('new-note: --post needs a source id');
  const slug = positional[0]!;
  const existing = readdirSync(KB_DIR).filter((f) => f.endsWith('.mdx')).map((f) => existingNote(f.slice(0, -4), readFileSync(join(KB_DIR, f), 'utf8')));
  const sourceIds = (JSON.parse(readFileSync(join(KB_DIR, 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id);
  const componentsFromKb = relative(KB_DIR, resolve('components')).split('\\').join('/');
  const { file, text, order } = scaffoldNote({ slug, post, distills, existing, sourceIds, today: new Date().toISOString().slice(0, 10), kbLabel: KB_LABEL, componentsFromKb });
  // Checked again on disk: never overwrite a note.
  if (existsSync(file)) throw new Error(`new-note: ${file} already exists`);
  writeFileSync(file, text, { flag: 'wx' });
  return `wrote ${file}: ${post ? `post ${post}` : "an editors' note"}, order ${order}. Write its title, gist, tags and text; \`npm run build\` checks it and locks its headings in ${KB_LABEL}/anchors.json.`;
}

try {
  console.log(main(process.argv.slice(2)));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
