/**
 * Running a search over the index's shards. Pagefind searches every merged
 * shard at once, but two things need each shard on its own: a sorted search,
 * whose order Pagefind's merge would interleave by position (each shard's
 * own order is kept, and `results.ts` merges the lists by date); and
 * Pagefind's prefix fallback, which is per index: a word in no document of a
 * shard makes Pagefind search there for the word's longest beginning that
 * the shard has (`match-strength.ts`), so such a shard's results are no
 * match and are left out, from the results and from the counts.
 */
import { unmatchedWords } from './match-strength.ts';
import { onlyShards, SHARD_FILTER, type Result, type ResultData, type Search, type ShardedIndex } from './pagefind-shards.ts';
import { pagefindFilters, pagefindSort, type PagefindFilters, type SearchState } from './search-state.ts';
import type { ShardEntry } from '../../site/search/shards.ts';

/** The results one shard gives a search, in its own order. */
export interface ShardResults {
  shard: ShardEntry;
  found: Result[];
}

/** A search over the shards: what was found where, and the search that counts it. */
export interface ShardedSearch {
  /** Pagefind's search over the shards that match: its `filters` are the counts per facet value. */
  search: Search;
  /** The shards that really match, each with its results (none empty). */
  matching: ShardResults[];
  /** The filter that keeps a search to those shards; empty when no shard was left out. */
  scope: PagefindFilters;
}

/** The words of a result where Pagefind found the search. */
export function matchedWords(data: Pick<ResultData, 'content' | 'locations'>): string[] {
  const words = data.content.split(/\s+/);
  return data.locations.map((location) => words[location] ?? '');
}

/**
 * Whether a shard's results for `query` are only Pagefind's fallback: the
 * fallback is the shard's for every result alike, so its first result tells.
 */
export function isFallback(query: string, first: Pick<ResultData, 'content' | 'locations'>): boolean {
  return query !== '' && unmatchedWords(query, matchedWords(first)).length > 0;
}

/** The shards to search one by one: those the search over all counts results in (with one shard, that one). */
export function shardsToSearch(shards: readonly ShardEntry[], search: Pick<Search, 'filters'>): ShardEntry[] {
  if (shards.length === 1) return [...shards];
  return shards.filter((shard) => (search.filters[SHARD_FILTER]?.[shard.id] ?? 0) > 0);
}

/** The filters of one shard's own search: with one shard, the search's own (no shard filter needed). */
export function shardSearchFilters(filters: PagefindFilters, shard: ShardEntry, shardCount: number): PagefindFilters {
  return shardCount === 1 ? filters : { ...filters, ...onlyShards([shard.id]) };
}

/**
 * The shards searched that really match (`null` for a shard whose results were
 * a fallback), and the filter keeping counts to them: none when no shard
 * searched was left out.
 */
export function matchingShards(searched: readonly (ShardResults | null)[], shardCount: number): Omit<ShardedSearch, 'search'> {
  const matching = searched.filter((list): list is ShardResults => list !== null && list.found.length > 0);
  const scope = matching.length < searched.length && shardCount > 1 ? onlyShards(matching.map((list) => list.shard.id)) : {};
  return { matching, scope };
}

/**
 * Searches the index for `state`: once over every shard (which shards have
 * results), then each of those on its own in the order asked for, leaving
 * out those that only fell back; then, if some were left out, once more over
 * those that match, for the counts. Null once `signal` is aborted (a newer
 * search has begun) or if Pagefind gives no search.
 */
export async function searchShards(index: ShardedIndex, state: SearchState, dataOf: (result: Result) => Promise<ResultData>, signal: AbortSignal): Promise<ShardedSearch | null> {
  const { pagefind, shards } = index;
  const term = state.query || null;
  const filters = pagefindFilters(state);
  const all = await pagefind.search(term, { filters });
  if (!all || signal.aborted) return null;
  const sort = pagefindSort(state.sort);
  const searched = await Promise.all(
    shardsToSearch(shards, all).map(async (shard): Promise<ShardResults | null> => {
      const own = await pagefind.search(term, { filters: shardSearchFilters(filters, shard, shards.length), sort });
      const found = own?.results ?? [];
      // Only words can fall back: a search by filters alone loads no result's data here.
      if (state.query && found.length > 0 && isFallback(state.query, await dataOf(found[0]))) return null;
      return { shard, found };
    }),
  );
  if (signal.aborted) return null;
  const { matching, scope } = matchingShards(searched, shards.length);
  if (matching.length === 0 || Object.keys(scope).length === 0) return { search: all, matching, scope };
  const scoped = await pagefind.search(term, { filters: { ...filters, ...scope } });
  if (!scoped || signal.aborted) return null;
  return { search: scoped, matching, scope };
}
