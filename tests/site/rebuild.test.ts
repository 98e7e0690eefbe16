/**
 * Rebuilds keep the output folder (src/integrations/keep-output.ts) and
 * re-render only what changed: a rebuilt site must be exactly the site a clean
 * build of the same content makes, byte for byte, with no page of an earlier
 * build left over. Two builds at once take turns (src/build/lock.ts); an
 * interrupted build is marked and redone.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ownerFileFor } from '../../src/integrations/keep-output.ts';
import { cacheDirFor } from '../../src/build/astro-cache.ts';
import { INCOMPLETE_MARKER } from '../../src/build/site-output.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-rebuild-'));
const contentFolders: string[] = [];
const siteFolders: string[] = [];

/** What `npm run build` does, for a content folder and an output folder. */
function build(content: string, site: string): void {
  contentFolders.push(content);
  siteFolders.push(site);
  // One page a search shard, as for the test site (tests/global-setup.ts): each seed is a shard of its own.
  const env = { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', EDITION_SHARD_PAGES: '1' };
  execFileSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', site], { cwd: root, env, stdio: ['ignore', process.env.DEBUG_REBUILD ? 'inherit' : 'ignore', 'inherit'] });
}

/** A copy of the edition's content folder (`content/`) to change. */
function copyOfContent(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'content'), dir, { recursive: true });
  return dir;
}

/** An editor's correction in a document's body: a sentence added to its first paragraph (the first long line). */
function addSentence(content: string, id: string, sentence: string): void {
  const file = join(content, 'documents', `${id}.txt`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^.{200,}$/mu, (line) => `${line} ${sentence}`),
  );
}

/** Every file of a site, its search index included (but a `.git` folder), path → bytes. */
function siteFiles(site: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const key = relative(site, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path);
      } else files.set(key, readFileSync(path));
    }
  };
  walk(site);
  return files;
}

/** The files of a site as a clean build of the same content would make them, byte for byte (data/edition.json too). */
function expectSameSite(rebuilt: string, clean: string): void {
  const [got, want] = [siteFiles(rebuilt), siteFiles(clean)];
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  const differing = [...want].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
  expect(differing).toEqual([]);
  expect(existsSync(join(rebuilt, 'pagefind', 'shards.json'))).toBe(true);
}

const documentFiles = readdirSync(join(root, 'content', 'documents'))
  .filter((name) => name.endsWith('.txt'))
  .sort();
const changedId = documentFiles[0].replace(/\.txt$/, '');
const removedId = documentFiles.at(-1)!.replace(/\.txt$/, '');
const addedSentence = 'A sentence added for the rebuild test.';

/** Each search shard's id and its pages, as `pagefind/shards.json` and the pages themselves say. */
function searchShards(site: string): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const id of readdirSync(join(site, 'documents'))) {
    const page = join(site, 'documents', id, 'index.html');
    if (!existsSync(page)) continue;
    const shard = /\sdata-search-shard="([^"]+)"/.exec(readFileSync(page, 'utf8'))![1];
    shards.set(shard, [...(shards.get(shard) ?? []), page]);
  }
  return shards;
}

describe('a rebuild after changing the content', () => {
  const site = join(work, 'site');
  let rebuildStarted = 0;
  // The document pages as the first build left them, path → bytes.
  const pagesBefore = new Map<string, Buffer>();

  beforeAll(() => {
    const content = copyOfContent('edition');
    build(content, site);
    // A site published from a git checkout of the output folder.
    mkdirSync(join(site, '.git'));
    writeFileSync(join(site, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    addSentence(content, changedId, addedSentence);
    rmSync(join(content, 'documents', `${removedId}.txt`));
    rmSync(join(content, 'documents', `${removedId}.yaml`), { force: true });
    for (const pages of searchShards(site).values()) for (const page of pages) pagesBefore.set(page, readFileSync(page));
    rebuildStarted = Date.now();
    build(content, site);
    // The same content, built from scratch: another folder has its own, empty cache.
    cpSync(content, join(work, 'edition-again'), { recursive: true });
    build(join(work, 'edition-again'), join(work, 'site-clean'));
  }, 300_000);

  test('makes the same site as a clean build', () => {
    expectSameSite(site, join(work, 'site-clean'));
  });

  test("shows the change on the changed document's page", () => {
    expect(readFileSync(join(site, 'documents', changedId, 'index.html'), 'utf8')).toContain(addedSentence);
  });

  test('removes the page, record and transcription of a removed document', () => {
    expect(existsSync(join(site, 'documents', removedId))).toBe(false);
    expect(existsSync(join(site, 'documents', `${removedId}.txt`))).toBe(false);
    expect(existsSync(join(site, 'data', 'documents', `${removedId}.json`))).toBe(false);
  });

  test('re-indexes for search exactly the shards one of whose pages changed, and drops the shard left empty', () => {
    const shards = searchShards(site);
    const listed = (JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as { shards: { id: string }[] }).shards.map((shard) => shard.id);
    expect(listed).toEqual([...shards.keys()].sort());
    const reindexed = (id: string) => statSync(join(site, 'pagefind', id, 'shard.json')).mtimeMs >= rebuildStarted;
    const changed = (id: string) => shards.get(id)!.some((page) => !pagesBefore.get(page)?.equals(readFileSync(page)));
    expect(listed.map((id) => `${id}: ${reindexed(id)}`)).toEqual(listed.map((id) => `${id}: ${changed(id)}`));
    // The removed document was alone in its year; the changed one's shard is indexed again, and not every shard is.
    const removedShard = /^(\d{4})/.exec(removedId)![1];
    expect(listed).not.toContain(`y${removedShard}`);
    expect(existsSync(join(site, 'pagefind', `y${removedShard}`))).toBe(false);
    expect(reindexed(`y${changedId.slice(0, 4)}`)).toBe(true);
    expect(listed.filter((id) => !reindexed(id)).length).toBeGreaterThan(0);
  });

  test('leaves a .git folder in the output folder alone', () => {
    expect(readFileSync(join(site, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });

  test('leaves unchanged pages in place rather than rendering them again', () => {
    const pages = [...siteFiles(site).keys()].filter((path) => path.endsWith('.html'));
    const kept = pages.filter((path) => statSync(join(site, path)).mtimeMs < rebuildStarted);
    expect(kept.length).toBeGreaterThan(pages.length / 2);
  });

  test('building another content folder into the same output folder leaves none of the first', () => {
    const other = copyOfContent('other');
    for (const name of documentFiles.slice(2)) rmSync(join(other, 'documents', name));
    build(other, site);
    cpSync(other, join(work, 'other-again'), { recursive: true });
    build(join(work, 'other-again'), join(work, 'other-clean'));
    expectSameSite(site, join(work, 'other-clean'));
    expect(existsSync(join(site, 'documents', removedId))).toBe(false);
  }, 300_000);
});

describe('one content folder built into two output folders', () => {
  test('a folder left behind by a build into the other is brought up to date, not kept as it was', () => {
    const content = copyOfContent('twice');
    const [first, second] = [join(work, 'twice-first'), join(work, 'twice-second')];
    build(content, first);
    addSentence(content, changedId, addedSentence);
    build(content, second);
    build(content, first);
    expect(readFileSync(join(first, 'documents', changedId, 'index.html'), 'utf8')).toContain(addedSentence);
    cpSync(content, join(work, 'twice-again'), { recursive: true });
    build(join(work, 'twice-again'), join(work, 'twice-clean'));
    expectSameSite(first, join(work, 'twice-clean'));
  }, 300_000);
});

describe('the open data of a built site', () => {
  test('changes when the site is rebuilt, not when the content is only synced (astro sync, astro dev)', () => {
    const content = copyOfContent('synced');
    const site = join(work, 'synced-site');
    build(content, site);
    const published = join(site, 'documents', `${changedId}.txt`);
    const before = readFileSync(published, 'utf8');
    addSentence(content, changedId, addedSentence);
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: root,
      env: { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    expect(readFileSync(published, 'utf8')).toBe(before);
    build(content, site);
    expect(readFileSync(published, 'utf8')).toContain(addedSentence);
  }, 300_000);
});

/** What `npm run build` does, started without waiting for it: its exit status and log when it ends. */
function buildInBackground(content: string, site: string): Promise<{ status: number | null; log: string }> {
  contentFolders.push(content);
  siteFolders.push(site);
  // One page a search shard, as for the test site (tests/global-setup.ts): each seed is a shard of its own.
  const env = { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', EDITION_SHARD_PAGES: '1' };
  const child = spawn(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', site], { cwd: root, env });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, log })));
}

describe('two builds at once', () => {
  test('one waits for the other, named, and both make their whole site', async () => {
    const [first, second] = await Promise.all([
      buildInBackground(copyOfContent('at-once-a'), join(work, 'at-once-a-site')),
      buildInBackground(copyOfContent('at-once-b'), join(work, 'at-once-b-site')),
    ]);
    expect(first.status, first.log.slice(-2000)).toBe(0);
    expect(second.status, second.log.slice(-2000)).toBe(0);
    expect(`${first.log}${second.log}`).toMatch(/build: another build of this project is running \(process \d+, since .+\): waiting for it to finish/);
    expectSameSite(join(work, 'at-once-a-site'), join(work, 'at-once-b-site'));
  }, 600_000);
});

describe('an interrupted build', () => {
  test('leaves its output folder marked incomplete, and the next build redoes it whole', () => {
    const content = copyOfContent('interrupted');
    const site = join(work, 'interrupted-site');
    build(content, site);
    expect(existsSync(join(site, INCOMPLETE_MARKER))).toBe(false);
    // astro build alone is a build stopped before the search index.
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site], {
      cwd: root,
      env: { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    expect(readFileSync(join(site, INCOMPLETE_MARKER), 'utf8')).toMatch(/do not publish it/);
    const redone = Date.now() - 1000;
    build(content, site);
    expect(existsSync(join(site, INCOMPLETE_MARKER))).toBe(false);
    // Redone whole: no page kept from the interrupted build (an incremental rebuild would keep them all).
    const pages = [...siteFiles(site).keys()].filter((path) => path.endsWith('.html'));
    expect(pages.filter((path) => statSync(join(site, path)).mtimeMs < redone)).toEqual([]);
  }, 300_000);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const content of contentFolders) rmSync(join(root, cacheDirFor(content)), { recursive: true, force: true });
  for (const site of siteFolders) rmSync(ownerFileFor(root, site), { force: true });
});
