/**
 * The JavaScript heap limit, in MB, for `astro build` of an edition of
 * `documents` documents. Left to its defaults, Node lets garbage pile up while
 * Astro bundles the data store: a 10,000-document rebuild peaked at 1.9 GB, of
 * which the live heap was under 640 MB; with a 1,024 MB limit the same rebuild
 * peaks at 1.3 GB and is no slower. The limit allows 100 KB a document, never
 * less than 1,024 MB.
 */
export function astroHeapLimitMB(documents: number): number {
  return Math.max(1024, Math.ceil(documents / 10));
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
export function astroBuildEnv(documents: number, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const heap = `--max-old-space-size=${astroHeapLimitMB(documents)}`;
  return {
    ...env,
    MALLOC_ARENA_MAX: '2',
    NODE_OPTIONS: [env.NODE_OPTIONS, heap].filter(Boolean).join(' '),
    [SEARCH_INDEX_AFTER_BUILD]: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
