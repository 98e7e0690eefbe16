/**
 * The results of a search in the order the page shows them, a page at a
 * time: by score (Pagefind's relevance, the shards' lists merged), or by
 * date, merged from the shards' own date orders by each result's sort key,
 * whose data is loaded only as far as the results shown need it
 * (`shard-merge.ts`).
 */
import type { Result, ResultData } from './pagefind-shards.ts';
import type { SortOrder } from './search-state.ts';
import { mergeByScore, sortedMerge } from './shard-merge.ts';
import { sortKeyFor } from '../../site/search/sort-keys.ts';

/** Results shown at first, and added by each "Show more". */
export const PAGE_SIZE = 20;

/** The results of a search in the order shown, given out a page at a time. */
export interface OrderedResults {
  /** What was searched for: the words each result's snippet marks. */
  query: string;
  /** How many results there are in all. */
  count: number;
  /** The next `n` results (fewer at the end, none after it). */
  next(n: number): Promise<Result[]>;
}

/** No results: before the reader searches. */
export function noResults(): OrderedResults {
  return { query: '', count: 0, next: async () => [] };
}

/**
 * The shards' result lists (each in the shard's own order for `sort`) as one
 * list: by score for `relevance`, else merged by the date key of `sort`,
 * read from each result's `order` metadata (its oldest-first key).
 */
export function orderResults(lists: readonly (readonly Result[])[], query: string, sort: SortOrder, dataOf: (result: Result) => Promise<ResultData>): OrderedResults {
  const count = lists.reduce((sum, list) => sum + list.length, 0);
  if (sort === 'relevance') {
    const all = mergeByScore(lists);
    let taken = 0;
    return {
      query,
      count,
      next: async (n) => {
        taken += n;
        return all.slice(taken - n, taken);
      },
    };
  }
  const merge = sortedMerge(lists, async (result) => sortKeyFor(sort, (await dataOf(result)).meta.order ?? ''));
  return { query, count, next: (n) => merge.take(n) };
}
