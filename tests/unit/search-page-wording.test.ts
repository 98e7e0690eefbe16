/** What the search page says: the status line, the results' count line, the filters' button, the facets' words, and the address and title. */
import { describe, expect, test } from 'vitest';
import { addressOf, titleOf } from '../../src/client/search/address.ts';
import { countUnit, unfoldLabel } from '../../src/client/search/facets.ts';
import { filtersToggleLabel } from '../../src/client/search/filters-fold.ts';
import { parseSearchState, tickedCount, type SearchState } from '../../src/client/search/search-state.ts';
import { shownText, statusText } from '../../src/client/search/status.ts';

const state = (search: string): SearchState => parseSearchState(new URLSearchParams(search));

describe('the status line', () => {
  test.each([
    ['q=Molotov', 2, '2 documents found for “Molotov”.'],
    ['q=Litvinov', 1, '1 document found for “Litvinov”.'],
    ['q=Japan&year=1944', 1, '1 document found for “Japan” with 1 filter.'],
    ['q=Japan&year=1944&year=1946&places=Sinkiang', 2, '2 documents found for “Japan” with 3 filters.'],
    ['q=Bogomolof', 0, 'No document found for “Bogomolof”. Try another spelling or fewer words.'],
    ['q=Japan&people=Stalin', 0, 'No document found for “Japan” with 1 filter. Try removing a filter, or another spelling or fewer words.'],
    ['classification=SECRET', 2, '2 documents match these filters.'],
    ['classification=SECRET', 1, '1 document matches these filters.'],
    ['year=1937&type=Memorandum', 0, 'No document matches these filters.'],
  ])('?%s with %i results: %s', (search, count, expected) => {
    expect(statusText(state(search), count)).toBe(expected);
  });

  test('counts every ticked value of every facet', () => {
    expect(tickedCount(state('q=x&year=1944&year=1946&places=Mongolia').filters)).toBe(3);
    expect(tickedCount(state('q=x').filters)).toBe(0);
  });
});

describe('the line under the results', () => {
  test('says how many are shown once they take more than a page, and nothing before', () => {
    expect(shownText(20, 57, 20)).toBe('Showing 20 of 57.');
    expect(shownText(57, 57, 20)).toBe('Showing 57 of 57.');
    expect(shownText(20, 20, 20)).toBe('');
    expect(shownText(0, 0, 20)).toBe('');
  });
});

describe('the filters and facets', () => {
  test('the disclosure button says whether it shows or hides, and how many are ticked', () => {
    expect(filtersToggleLabel(false, 0)).toBe('Show filters');
    expect(filtersToggleLabel(false, 1)).toBe('Show filters (1 ticked)');
    expect(filtersToggleLabel(true, 3)).toBe('Hide filters (3 ticked)');
  });

  test('a facet unfolds to all its values and folds back', () => {
    expect(unfoldLabel(false, 12)).toBe('Show all 12');
    expect(unfoldLabel(true, 12)).toBe('Show fewer');
  });

  test('a count is read out with its unit', () => {
    expect(countUnit(1)).toBe(' document');
    expect(countUnit(0)).toBe(' documents');
    expect(countUnit(5)).toBe(' documents');
  });
});

describe('the address and the title', () => {
  test('hold the search, and nothing for an empty one', () => {
    expect(addressOf('/search/', state('q=Chiang Kai-shek&sort=oldest&year=1937'))).toBe('/search/?q=Chiang+Kai-shek&year=1937&sort=oldest');
    expect(addressOf('/edition/search/', state(''))).toBe('/edition/search/');
    expect(addressOf('/search/', state('sort=relevance'))).toBe('/search/');
  });

  test('the title names the words searched for, not the filters', () => {
    expect(titleOf(state('q=Manchuria'), 'Search · Papers')).toBe('“Manchuria” · Search · Papers');
    expect(titleOf(state('year=1944'), 'Search · Papers')).toBe('Search · Papers');
  });
});
