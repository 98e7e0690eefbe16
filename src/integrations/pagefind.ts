import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Pagefind writes its prebuilt interfaces with every index; the search page uses its JavaScript API only.
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Builds the Pagefind index of the built site in `astro:build:done`, the way
 * Starlight does: only elements marked `data-pagefind-body` are indexed, every
 * response's `errors` is checked, and the index is closed in `finally`.
 * Pagefind's prebuilt UIs are removed from the output: the search page
 * (src/components/search/) uses the JavaScript API.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'edition-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const outputPath = `${site.replace(/\/$/, '')}/pagefind`;
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          for (const file of UNUSED_BUNDLES) rmSync(join(outputPath, file), { force: true });
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
