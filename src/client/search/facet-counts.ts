/**
 * How many results each facet value would give, as its checkbox says. In a
 * facet whose ticks narrow (`all`: people, places), or with nothing ticked,
 * that is the search's own count. In a facet whose ticks widen (`any`: year,
 * type…), a value counts what ticking it would add: the search without that
 * facet's own ticks — which, with no words and no other filter, is the
 * whole index's count.
 */
import type { Counts, ShardedIndex } from './pagefind-shards.ts';
import { FACETS, pagefindFilters, type Facet, type PagefindFilters, type SearchState } from './search-state.ts';

/** Where a facet's counts come from: the search itself, the whole index, or a search without the facet's ticks. */
export type CountSource = { from: 'search' } | { from: 'totals' } | { from: 'search-without'; filters: PagefindFilters };

/** Where `facet`'s counts come from for `state`. */
export function countSource(facet: Facet, state: SearchState): CountSource {
  if (facet.match === 'all' || !state.filters[facet.key]?.length) return { from: 'search' };
  const filters = pagefindFilters(state, facet.key);
  if (!state.query && Object.keys(filters).length === 0) return { from: 'totals' };
  return { from: 'search-without', filters };
}

/**
 * Per facet, each value's count for `state`, given the search's own counts
 * (`searched`) and `scope`, the filter keeping searches to the shards that
 * match. One more search for each widening facet with a tick.
 */
export async function facetCounts(index: ShardedIndex, state: SearchState, searched: Counts, scope: PagefindFilters): Promise<Map<string, Record<string, number>>> {
  const counts = new Map<string, Record<string, number>>();
  for (const facet of FACETS) {
    const source = countSource(facet, state);
    if (source.from === 'search') counts.set(facet.key, searched[facet.key] ?? {});
    else if (source.from === 'totals') counts.set(facet.key, index.totals[facet.key] ?? {});
    else {
      const without = await index.pagefind.search(state.query || null, { filters: { ...source.filters, ...scope } });
      counts.set(facet.key, without?.filters[facet.key] ?? {});
    }
  }
  return counts;
}
