import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingNote, scaffoldNote } from '~site/newNote';
import { checkKnowledgeBase, sectionIds } from '~site/knowledgeBase';

const existing = [
  { slug: 'a', post: 'intermittent-distillations-3', order: 1 },
  { slug: 'b', post: 'intermittent-distillations-3', order: 6 },
  { slug: 'c', post: undefined, order: 1 },
];
const base = { existing, sourceIds: ['intermittent-distillations-3', 'jacot-ntk'], today: '2026-12-07', kbLabel: 'content', componentsFromKb: '../components' };

describe('the new-note scaffold', () => {
  it("writes valid frontmatter: its post, the post's next free order, today's date; imports and a Summary/Opinion skeleton", () => {
    const { file, text, order } = scaffoldNote({ ...base, slug: 'new-one', post: 'intermittent-distillations-3', distills: ['jacot-ntk'] });
    expect(file).toBe('content/new-one.mdx');
    expect(order).toBe(7);
    expect(text).toMatch(/^---\ntitle: "New one"\npost: intermittent-distillations-3\norder: 7\ndistills: \[jacot-ntk\]\nmentions: \[\]\ntags: \["draft"\]\ngist: ".{20,220}"\npublished: 2026-12-07\n---\n/);
    expect(text).toContain("import Sidenote from '../components/prose/Sidenote.astro';");
    expect(text).toContain("import Ref from '../components/prose/Ref.astro';");
    expect(sectionIds(text)).toEqual(['summary', 'opinion']);
    expect(existingNote('new-one', text)).toEqual({ slug: 'new-one', post: 'intermittent-distillations-3', order: 7 });
  });
  it("an editors' note has no post and takes the editors' next order", () => {
    const { text, order } = scaffoldNote({ ...base, slug: 'about' });
    expect(order).toBe(2);
    expect(text).not.toMatch(/^post:/m);
    expect(text).toContain("The Summary, the editors' own text.");
  });
  it('refuses a slug that exists, a slug that is not kebab-case, an unknown post or work, naming what is valid', () => {
    expect(() => scaffoldNote({ ...base, slug: 'a' })).toThrow('new-note: content/a.mdx already exists; a note\'s slug is its address, so pick another (e.g. "a-2") or edit the existing note');
    expect(() => scaffoldNote({ ...base, slug: 'New Note' })).toThrow(/must be kebab-case/);
    expect(() => scaffoldNote({ ...base, slug: 'x', post: 'intermittent-distillation-3' })).toThrow(/--post "intermittent-distillation-3" is not a source id in content\/sources\.json; nearest ids: intermittent-distillations-3, jacot-ntk/);
    expect(() => scaffoldNote({ ...base, slug: 'x', distills: ['jacot-nkt'] })).toThrow(/--distills "jacot-nkt" .* nearest ids: jacot-ntk/);
  });
});

describe('npm run new-note (the command, on a copy of the fixture knowledge base)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-new-note-'));
  const kb = join(dir, 'kb');
  cpSync('tests/fixtures/kb', kb, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/site/newNoteCli.ts', ...args], { env: { ...process.env, KB_DIR: kb }, encoding: 'utf8' });

  it('writes a note the content model accepts, then refuses the same slug without touching the file', () => {
    const first = run('third-toy', '--post', 'quillfeather-field-notes-2');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = join(kb, 'third-toy.mdx');
    const text = readFileSync(file, 'utf8');
    // The fixture's post has orders 1 and 2.
    expect(text).toContain('order: 3');
    expect(existsSync(join(kb, text.match(/from '([^']+Sidenote\.astro)'/)![1]!))).toBe(true);
    const notes = ['mundane-solutions', 'toy-bandits', 'toy-turns', 'reading-guide', 'third-toy'].map((slug) => {
      const n = existingNote(slug, readFileSync(join(kb, `${slug}.mdx`), 'utf8'));
      return { slug, file: `${slug}.mdx`, body: readFileSync(join(kb, `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?---\n/, ''), data: { title: slug, post: n.post, order: n.order, distills: [], mentions: [], published: '2026-12-01', revisions: [] } };
    });
    const ids = (JSON.parse(readFileSync(join(kb, 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id);
    expect(checkKnowledgeBase({ notes, sourceIds: ids, sourcesFile: 'sources.json' }).filter((p) => p.startsWith('third-toy'))).toEqual([]);

    const again = run('third-toy');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/third-toy\.mdx already exists/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
