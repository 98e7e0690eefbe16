/**
 * Sort keys for Pagefind's `data-pagefind-sort`. Pagefind compares these keys
 * as strings and its descending sort would put undated documents first, so
 * newest-first gets a key of its own, sorted ascending: the ISO date with each
 * digit inverted. Undated documents keep `undated`, which sorts after any
 * digit, so they come last either way. Pure.
 */

/** The key of an undated document in both sorts (letters sort after digits). */
export const UNDATED_SORT_KEY = 'undated';

/** Oldest first: the ISO date as it stands (`1937-12-21T14:00`), `undated` last. */
export function oldestFirstKey(date: string | null): string {
  return date ?? UNDATED_SORT_KEY;
}

/**
 * Newest first, sorted ascending: `1937-12-21` → `8062-87-78~`. The closing `~`
 * puts a date known only to the month after that month's days, mirroring the
 * oldest-first order, where `1938-01` comes before `1938-01-15`.
 */
export function newestFirstKey(date: string | null): string {
  if (!date) return UNDATED_SORT_KEY;
  return `${date.replace(/\d/g, (digit) => String(9 - Number(digit)))}~`;
}

/** The key a result sorts by in `sort` (`oldest` or `newest`), from its oldest-first key (its `order` metadata). */
export function sortKeyFor(sort: 'oldest' | 'newest', oldestKey: string): string {
  if (sort === 'oldest') return oldestKey;
  return newestFirstKey(oldestKey === UNDATED_SORT_KEY ? null : oldestKey);
}
