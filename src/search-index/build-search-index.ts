import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
 * Builds the Pagefind index of a built site into `<site>/pagefind/`, the way
 * Starlight does: only elements marked `data-pagefind-body` (document pages)
 * are indexed, every response's `errors` is checked, and the index is closed
 * in `finally`. Pagefind's prebuilt UIs are removed from the output: the
 * search page (src/components/search/) uses the JavaScript API.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; milliseconds: number }> {
  const started = performance.now();
  const { index, errors: createErrors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const outputPath = join(site, 'pagefind');
    // The site folder is kept between builds (src/integrations/keep-output.ts): drop the last index's files.
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLES) rmSync(join(outputPath, file), { force: true });
    return { pages: added.page_count, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
