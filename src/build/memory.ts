import type { ContentSize } from './content/read-content.ts';

const MB = 1024 * 1024;

/**
 * The JavaScript heap limit, in MB, for `astro build` of an edition. Left to
 * its defaults, Node lets garbage pile up while Astro bundles the data store:
 * a 10,000-document rebuild peaked at 1.9 GB, of which the live heap was under
 * 640 MB; with a 1,024 MB limit the same rebuild peaks at 1.3 GB and is no
 * slower. What the heap must hold grows with the documents (the edition while
 * it is loaded, then the store's entries: 50 KB a document; the documents
 * loader holds one page's data at a time) and with their bytes (parsed text, rendered
 * bodies: two documents of 25 MB need about 900 MB, so 20 MB a MB); the
 * limit is the larger of the two, never less than 1,024 MB.
 */
export function astroHeapLimitMB(size: ContentSize): number {
  return Math.max(1024, Math.ceil(size.documents / 20), Math.ceil((size.bytes / MB) * 20));
}

/**
 * A line for the build log when the content's bytes, not its number of
 * documents, set the heap limit above its floor: the build will then need
 * more than about 2 GB, and the largest file is named, since a file of
 * megabytes is most likely several documents in one. Null otherwise.
 */
export function memoryReport(size: ContentSize): string | null {
  const limit = astroHeapLimitMB(size);
  if (limit <= Math.max(1024, Math.ceil(size.documents / 20))) return null;
  const largest = size.largest ? `; the largest, ${size.largest.file}, has ${(size.largest.bytes / MB).toFixed(1)} MB` : '';
  return `memory: ${(size.bytes / MB).toFixed(1)} MB of transcriptions${largest}: the build's heap limit is ${limit} MB, and it will need more than 2 GB of memory`;
}

/** Set in `astro build`'s environment by a caller that builds the search index itself, once Astro has exited. */
export const SEARCH_INDEX_AFTER_BUILD = 'EDITION_SEARCH_INDEX_AFTER_BUILD';

/**
 * The environment `astro build` runs in (scripts/build.ts, scripts/bench.ts):
 * the heap limit above and fewer malloc arenas, so that memory is given back
 * rather than held; word that the caller indexes search after the build
 * (src/integrations/search-index-notice.ts); and no Astro telemetry, as a
 * build uses no network.
 */
export function astroBuildEnv(size: ContentSize, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const heap = `--max-old-space-size=${astroHeapLimitMB(size)}`;
  return {
    ...env,
    MALLOC_ARENA_MAX: '2',
    NODE_OPTIONS: [env.NODE_OPTIONS, heap].filter(Boolean).join(' '),
    [SEARCH_INDEX_AFTER_BUILD]: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
