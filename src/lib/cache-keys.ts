/**
 * Cache keys for Astro's incremental static builds: a page is re-rendered only
 * when its key changes. A key joins the digests of everything the page shows
 * (its own entry, the edition's settings) with its position-dependent props.
 */
export function cacheKey(...parts: readonly (string | number | undefined | null)[]): string {
  return parts.map((part) => String(part ?? '')).join('|');
}
