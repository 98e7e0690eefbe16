/** The search page's state: its address, Pagefind's options, facet order, and the date sort keys. */
import { describe, expect, test } from 'vitest';
import { FACETS, hasSearch, orderFacetValues, pagefindFilters, pagefindSort, parseSearchState, searchStateParams, toggleFilter } from '../../src/client/search/search-state.ts';
import { newestFirstKey, oldestFirstKey } from '../../src/site/search/sort-keys.ts';

const facet = (key: string) => FACETS.find((item) => item.key === key)!;

describe('the address', () => {
  test('round-trips a search: words, ticked values in every facet, order', () => {
    const search = '?q=Chiang+Kai-shek&year=1937&year=1944&people=Edward+Page%2C+Jr.&sort=oldest';
    const state = parseSearchState(new URLSearchParams(search));
    expect(state).toEqual({ query: 'Chiang Kai-shek', filters: { year: ['1937', '1944'], people: ['Edward Page, Jr.'] }, sort: 'oldest' });
    expect(`?${searchStateParams(state)}`).toBe(search);
  });

  test('ignores unknown parameters, empty values, repeats and unknown orders', () => {
    const state = parseSearchState(new URLSearchParams('q=+&colour=red&year=&year=1937&year=1937&sort=random'));
    expect(state).toEqual({ query: '', filters: { year: ['1937'] }, sort: 'relevance' });
    expect(hasSearch(state)).toBe(true);
    expect(hasSearch(parseSearchState(new URLSearchParams('')))).toBe(false);
  });
});

describe('Pagefind options', () => {
  const state = toggleFilter(toggleFilter(toggleFilter(parseSearchState(new URLSearchParams('q=x')), 'year', '1937', true), 'year', '1944', true), 'places', 'Sinkiang', true);

  test('values of one-per-document facets widen (any), of many-per-document facets narrow (all)', () => {
    expect(pagefindFilters(state)).toEqual({ year: { any: ['1937', '1944'] }, places: { all: ['Sinkiang'] } });
    expect(pagefindFilters(state, 'year')).toEqual({ places: { all: ['Sinkiang'] } });
  });

  test('unticking the last value drops the facet', () => {
    expect(toggleFilter(state, 'places', 'Sinkiang', false).filters).toEqual({ year: ['1937', '1944'] });
  });

  test('orders sort ascending on the date keys', () => {
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('newest')).toEqual({ newest: 'asc' });
  });

  test('facet values: years in order with Undated last, people by number of documents', () => {
    expect(orderFacetValues(facet('year'), { Undated: 9, '1944': 1, '1937': 2 })).toEqual(['1937', '1944', 'Undated']);
    expect(orderFacetValues(facet('people'), { 'Joseph Stalin': 2, 'Chiang Kai-shek': 4, 'Andrey Vyshinsky': 2 })).toEqual(['Chiang Kai-shek', 'Andrey Vyshinsky', 'Joseph Stalin']);
  });
});

describe('date sort keys', () => {
  const dates = ['1944-06-10', '1937-12-21T14:00', null, '1938-01', '1938-01-15', '1940'];
  const sorted = (key: (date: string | null) => string) => [...dates].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  test('oldest first, undated last', () => {
    expect(sorted(oldestFirstKey)).toEqual(['1937-12-21T14:00', '1938-01', '1938-01-15', '1940', '1944-06-10', null]);
  });

  test('newest first (sorted ascending), undated still last, the exact mirror of oldest first', () => {
    expect(sorted(newestFirstKey)).toEqual(['1944-06-10', '1940', '1938-01-15', '1938-01', '1937-12-21T14:00', null]);
  });
});
