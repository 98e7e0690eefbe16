/**
 * `node src/build/search-index/index-shard.ts <site> <shard.json>` — indexes one
 * shard of the search index in a process of its own (build-search-index.ts
 * starts one per shard): its pages into `<site>/pagefind/<shard>/`, the way
 * Starlight drives Pagefind — only the elements marked `data-pagefind-body`
 * are indexed, every response's `errors` is checked, and the service is
 * closed in `finally`. The bundle is written beside its final place and moved
 * there whole, with its `shard.json` (id, pages, digest) last, so that an
 * interrupted run never leaves a shard that looks current.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SHARD_FILE, type ShardEntry } from '../../site/search/shards.ts';
import type { PlannedShard } from './build-search-index.ts';

// Pagefind writes its prebuilt interfaces with every index; the search page uses its JavaScript API only.
const UNUSED_BUNDLES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

async function indexShard(site: string, shard: PlannedShard): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    for (const path of shard.pages) {
      // documents/<id>/index.html is the page at /documents/<id>/ (the base path is added by the search page).
      const added = await index.addHTMLFile({ url: `/${path.replace(/index\.html$/, '')}`, content: readFileSync(join(site, path), 'utf8') });
      if (added.errors.length) throw new Error(`${path}: ${added.errors.join('; ')}`);
    }
    const target = join(site, 'pagefind', shard.id);
    const partial = `${target}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLES) rmSync(join(partial, file), { force: true });
    const entry: ShardEntry = { id: shard.id, pages: shard.pages.length, digest: shard.digest };
    writeFileSync(join(partial, SHARD_FILE), `${JSON.stringify(entry)}\n`);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  } finally {
    await pagefind.close();
  }
}

const [site, list] = process.argv.slice(2);
try {
  await indexShard(site, JSON.parse(readFileSync(list, 'utf8')) as PlannedShard);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
