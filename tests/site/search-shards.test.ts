/**
 * The search index built in parts, as the jobs of a CI matrix build it
 * (README, "The search index in shards"): each job indexes its part of the
 * shards into its own copy of the built site; the parts' shard folders put
 * together, a run without `--part` indexes nothing more and lists them, and
 * the index is byte for byte the one a single run makes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteDir } from './site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-search-parts-'));

/** `node scripts/index-search.ts …` with the test site's shard size (tests/global-setup.ts); its output. */
function indexSearch(site: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'scripts/index-search.ts'), '--site', site, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EDITION_SHARD_PAGES: '1' },
  });
}

/** A copy of the built test site without its search index, as a CI job gets it from the build job. */
function siteWithoutIndex(name: string): string {
  const copy = join(work, name);
  cpSync(siteDir(), copy, { recursive: true, filter: (source) => !source.startsWith(join(siteDir(), 'pagefind')) });
  return copy;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index built in parts', () => {
  test('two jobs index a part each; put together, the index is complete, the same as one run’s, and nothing is indexed twice', () => {
    const [first, second, assembled] = [siteWithoutIndex('part-1'), siteWithoutIndex('part-2'), siteWithoutIndex('assembled')];
    expect(indexSearch(first, '--part', '1/2')).toMatch(/part 1\/2: 3 pages of .* in 3 shards, 3 indexed/);
    expect(indexSearch(second, '--part', '2/2')).toMatch(/part 2\/2: 2 pages of .* in 2 shards, 2 indexed/);
    // A part lists no shards: the site is not searchable until it is assembled.
    expect(readdirSync(join(first, 'pagefind')).sort()).toEqual(['y1937', 'y1940', 'y1946']);
    for (const part of [first, second]) cpSync(join(part, 'pagefind'), join(assembled, 'pagefind'), { recursive: true });
    expect(indexSearch(assembled)).toMatch(/5 pages of .* in 5 shards, 0 indexed/);

    const files = (site: string) => {
      const out = new Map<string, string>();
      const walk = (dir: string, prefix: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
          else out.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name)).toString('base64'));
        }
      };
      walk(join(site, 'pagefind'), '');
      return out;
    };
    expect(files(assembled)).toEqual(files(siteDir()));
  });

  test('a run without --part over a site missing a part indexes that part itself', () => {
    const site = siteWithoutIndex('one-part');
    indexSearch(site, '--part', '2/2');
    expect(indexSearch(site)).toMatch(/5 pages of .* in 5 shards, 3 indexed/);
  });
});
