import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_INDEX_AFTER_BUILD } from '../build/memory.ts';

/**
 * Says plainly, at the end of a bare `astro build`, that the site got no search
 * index and which command makes one. `npm run build` (scripts/build.ts) runs
 * Pagefind once Astro has exited, not in `astro:build:done` as Starlight does:
 * for 10,000 documents Pagefind peaks at about 1.7 GB and Astro's build at 1.4 GB,
 * and in one build the two would be held at once.
 */
export function searchIndexNotice(): AstroIntegration {
  return {
    name: 'edition-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_BUILD]) return;
        const index = join(fileURLToPath(dir), 'pagefind');
        const searches = existsSync(index) ? `searches ${index}/, an earlier build's index, which may not match these pages` : 'has nothing to search';
        logger.warn(`no search index built: \`astro build\` makes the pages only, so the search page ${searches}. Run \`npm run build\`, which makes the pages and then their Pagefind index.`);
      },
    },
  };
}
