/**
 * `node scripts/index-search.ts [--site dist]` — the last step of `npm run build`:
 * builds the Pagefind index of the built site.
 *
 * It runs after `astro build` has exited rather than in its `astro:build:done`
 * hook, so that Pagefind (about 1.5 GB for 10,000 documents) and Astro's build
 * (about as much) never hold their memory at the same time.
 */
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exitWithError, readOptions, type Command } from '../src/lib/command-line.ts';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { INCOMPLETE_MARKER } from '../src/lib/site-output.ts';

const command: Command = {
  name: 'search index',
  invocation: 'node scripts/index-search.ts',
  usage: `Usage: node scripts/index-search.ts [--site <folder>]

Builds the Pagefind index of a built site into <folder>/pagefind/ (npm run build runs it after astro build).

  --site <folder>  the built site (default dist/)
  -h, --help       print this help`,
};

const values = readOptions(command, { site: { type: 'string', default: 'dist' } });
const site = resolve(values.site);
if (!statSync(site, { throwIfNoEntry: false })?.isDirectory()) exitWithError(command, `no built site in ${site}: run npm run build, which builds the site and then its index`);
try {
  const { pages, milliseconds } = await buildSearchIndex(site);
  console.log(`search index: ${pages} pages of ${site} indexed in ${milliseconds} ms`);
  // The last step: the folder is now a whole site (src/integrations/keep-output.ts marked it incomplete).
  rmSync(join(site, INCOMPLETE_MARKER), { force: true });
} catch (error) {
  exitWithError(command, error instanceof Error ? error.message : String(error));
}
