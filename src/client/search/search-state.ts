/**
 * What the reader is searching for, as the search page keeps it in its
 * address so that a search can be shared or bookmarked:
 * `?q=Chungking&year=1940&people=Joseph+Stalin&sort=oldest`. The facets (the
 * document pages' `data-pagefind-filter` names), how each combines its values,
 * and the Pagefind options a state turns into. Pure.
 */

/** How the values ticked in one facet combine. */
export type FacetMatch = 'any' | 'all';

/** A facet of the search page. */
export interface Facet {
  /** The Pagefind filter name, also the URL parameter. */
  key: string;
  /** Legend of the facet's fieldset. */
  label: string;
  /**
   * `any` where a document has one value (its year, its type): ticking two
   * widens. `all` where it has many (people, places): ticking two narrows to
   * documents that mention both.
   */
  match: FacetMatch;
  /** Order of the values: chronological/alphabetical (`value`) or most documents first (`count`). */
  order: 'value' | 'count';
}

/** The facets, in the order the search page shows them. */
export const FACETS: readonly Facet[] = [
  { key: 'year', label: 'Year', match: 'any', order: 'value' },
  { key: 'type', label: 'Type of document', match: 'any', order: 'value' },
  { key: 'sender', label: 'Sender', match: 'any', order: 'count' },
  { key: 'recipient', label: 'Recipient', match: 'any', order: 'count' },
  { key: 'people', label: 'People mentioned', match: 'all', order: 'count' },
  { key: 'places', label: 'Places mentioned', match: 'all', order: 'count' },
  { key: 'classification', label: 'Classification', match: 'any', order: 'count' },
];

/** Result orders the search page offers. */
export const SORT_ORDERS = ['relevance', 'oldest', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The search as the page and its address hold it. */
export interface SearchState {
  /** The words searched for, trimmed; empty when only filtering. */
  query: string;
  /** Ticked values per facet key, in the order ticked; facets without any are absent. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

/** The state an address's query string describes. Unknown parameters and values are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet.key).filter((value) => value.trim() !== ''))];
    if (values.length > 0) filters[facet.key] = values;
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string for a state (`q` first, then facets in display order, then `sort` unless by relevance). */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet.key] ?? []) params.append(facet.key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** How many values are ticked, over every facet (for the filters' button and the status line). */
export function tickedCount(filters: SearchState['filters']): number {
  return Object.values(filters).reduce((sum, values) => sum + values.length, 0);
}

/** Whether there is anything to search for: words, or at least one ticked value. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** A Pagefind filter expression: per facet, `{ any: [...] }` or `{ all: [...] }`. */
export type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

/** Pagefind's `filters` option for a state, leaving out the facet `except` (for counting that facet's values). */
export function pagefindFilters(state: SearchState, except?: string): PagefindFilters {
  const out: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = state.filters[facet.key];
    if (!values?.length || facet.key === except) continue;
    out[facet.key] = facet.match === 'any' ? { any: values } : { all: values };
  }
  return out;
}

/** Pagefind's `sort` option: the document pages' `date` and `newest` keys, both ascending (undated last). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc'> | undefined {
  if (sort === 'oldest') return { date: 'asc' };
  if (sort === 'newest') return { newest: 'asc' };
  return undefined;
}

/** The state with one value of a facet ticked or unticked. */
export function toggleFilter(state: SearchState, key: string, value: string, checked: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((item) => item !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * A facet's values in display order: years chronologically with `Undated`
 * last, types alphabetically, the rest by number of documents, then name.
 */
export function orderFacetValues(facet: Facet, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  if (facet.order === 'value') {
    return values.sort((a, b) => {
      if (facet.key === 'year' && (a === 'Undated') !== (b === 'Undated')) return a === 'Undated' ? 1 : -1;
      return a.localeCompare(b, 'en', { numeric: true });
    });
  }
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'en'));
}
