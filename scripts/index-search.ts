/**
 * `node scripts/index-search.ts [--site dist] [--jobs n] [--part i/n]` — the
 * last step of `npm run build`: builds the search index of the built site,
 * one Pagefind index per shard (whole volumes or years: src/site/search/shards.ts),
 * each in its own process, and lists them in `pagefind/shards.json`.
 *
 * It runs after `astro build` has exited rather than in its `astro:build:done`
 * hook, so that Pagefind and Astro's build never hold their memory at the same
 * time. A shard whose pages did not change since it was indexed is kept.
 * With `--part i/n`, only every n-th shard is indexed (one job of a CI matrix);
 * a run without `--part` over the site holding every part's shards then only
 * checks them and writes `shards.json`.
 */
import { rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { exitWithError, readOptions, type Command } from '../src/build/command-line.ts';
import { parsePart, parseShardPages, SHARD_PAGES } from '../src/site/search/shards.ts';
import { buildSearchIndex } from '../src/build/search-index/build-search-index.ts';
import { INCOMPLETE_MARKER } from '../src/build/site-output.ts';

const command: Command = {
  name: 'search index',
  invocation: 'node scripts/index-search.ts',
  usage: `Usage: node scripts/index-search.ts [--site <folder>] [--jobs <n>] [--part <i>/<n>] [--shard-pages <n>]

Builds the search index of a built site into <folder>/pagefind/: whole volumes
(or years) packed into Pagefind indexes, each built in its own process; shards
whose pages did not change are kept (npm run build runs it after astro build).

  --site <folder>     the built site (default dist/)
  --jobs <n>          shards indexed at once (default: the number of cores)
  --part <i>/<n>      only the i-th of n parts of the shards, for one job of a
                      CI matrix; then run without --part over the assembled site
  --shard-pages <n>   pages a shard holds at most (default ${SHARD_PAGES}, or
                      EDITION_SHARD_PAGES); each job of a matrix must use the same
  -h, --help          print this help`,
};

const values = readOptions(command, {
  site: { type: 'string', default: 'dist' },
  jobs: { type: 'string' },
  part: { type: 'string' },
  'shard-pages': { type: 'string', default: process.env.EDITION_SHARD_PAGES || String(SHARD_PAGES) },
});
const site = resolve(values.site);
if (!statSync(site, { throwIfNoEntry: false })?.isDirectory()) exitWithError(command, `no built site in ${site}: run npm run build, which builds the site and then its index`);
const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) exitWithError(command, `--jobs ${values.jobs} is not a number of processes: give a whole number, such as 2`);
const part = values.part === undefined ? undefined : parsePart(values.part);
if (part === null) exitWithError(command, `--part ${values.part} is not a part: give i/n with 1 ≤ i ≤ n, such as 2/4`);
const shardPages = parseShardPages(values['shard-pages']);
if (shardPages === null) exitWithError(command, `--shard-pages ${values['shard-pages']} is not a number of pages: give a whole number, such as ${SHARD_PAGES}`);
try {
  const result = await buildSearchIndex(site, { jobs, part, shardPages, log: (line) => console.log(`search index: ${line}`) });
  const scope = part ? `part ${part.part}/${part.parts}: ` : '';
  console.log(`search index: ${scope}${result.pages} pages of ${site} in ${result.shards} shard${result.shards === 1 ? '' : 's'}, ${result.indexed.length} indexed, in ${result.milliseconds} ms`);
  // The last step: the folder is now a whole site (src/integrations/keep-output.ts marked it incomplete).
  if (!part) rmSync(join(site, INCOMPLETE_MARKER), { force: true });
} catch (error) {
  exitWithError(command, error instanceof Error ? error.message : String(error));
}
