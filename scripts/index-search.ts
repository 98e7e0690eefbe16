/**
 * `node scripts/index-search.ts [--site dist]` — the last step of `npm run build`:
 * builds the Pagefind index of the built site.
 *
 * It runs after `astro build` has exited rather than in its `astro:build:done`
 * hook, so that Pagefind (about 1.5 GB for 10,000 documents) and Astro's build
 * (about as much) never hold their memory at the same time.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = resolve(values.site!);
try {
  const { pages, milliseconds } = await buildSearchIndex(site);
  console.log(`search index: ${pages} pages of ${site} indexed in ${milliseconds} ms`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
