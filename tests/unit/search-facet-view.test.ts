/** Which facet values the search page shows, and where each facet's counts come from. */
import { describe, expect, test } from 'vitest';
import { countSource } from '../../src/client/search/facet-counts.ts';
import { FACET_PREVIEW, facetView, type FacetValueState } from '../../src/client/search/facets.ts';
import { FACETS, parseSearchState } from '../../src/client/search/search-state.ts';

const values = (...counts: number[]): FacetValueState[] => counts.map((count) => ({ count, ticked: false, focused: false }));
const shownOf = (view: { hidden: boolean[] }) => view.hidden.flatMap((hidden, index) => (hidden ? [] : [index]));

describe('facetView', () => {
  test('hides values no result has, unless ticked or focused', () => {
    const list = values(3, 0, 1, 0, 0);
    list[3].ticked = true;
    list[4].focused = true;
    const view = facetView(list, false);
    expect(shownOf(view)).toEqual([0, 2, 3, 4]);
    expect(view).toMatchObject({ foldable: false, kept: 4 });
  });

  test('folded, shows the first few values kept, and those ticked or focused beyond them', () => {
    const list = values(0, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    list[9].ticked = true;
    const view = facetView(list, false);
    expect(view).toMatchObject({ foldable: true, kept: 9 });
    // The empty first value does not take a place of the preview.
    expect(shownOf(view)).toEqual([1, 2, 3, 4, 5, 6, 9]);
    expect(shownOf(facetView(list, true))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('folds nothing away when that would hide only one value', () => {
    expect(facetView(values(...Array(FACET_PREVIEW + 1).fill(1)), false)).toMatchObject({ foldable: false, hidden: Array(FACET_PREVIEW + 1).fill(false) });
    expect(facetView(values(...Array(FACET_PREVIEW + 2).fill(1)), false).foldable).toBe(true);
  });

  test('a facet with nothing to offer keeps nothing', () => {
    expect(facetView(values(0, 0), false)).toEqual({ hidden: [true, true], foldable: false, kept: 0 });
    expect(facetView([], false)).toEqual({ hidden: [], foldable: false, kept: 0 });
  });
});

describe('countSource', () => {
  const facet = (key: string) => FACETS.find((item) => item.key === key)!;
  const state = (search: string) => parseSearchState(new URLSearchParams(search));

  test('a facet with nothing ticked, or whose ticks narrow, counts the search', () => {
    expect(countSource(facet('year'), state('q=Japan&places=Mongolia'))).toEqual({ from: 'search' });
    expect(countSource(facet('places'), state('q=Japan&places=Mongolia'))).toEqual({ from: 'search' });
  });

  test('a facet whose ticks widen counts the search without them', () => {
    expect(countSource(facet('year'), state('q=Japan&year=1944&places=Mongolia'))).toEqual({ from: 'search-without', filters: { places: { all: ['Mongolia'] } } });
    expect(countSource(facet('year'), state('q=Japan&year=1944'))).toEqual({ from: 'search-without', filters: {} });
  });

  test('without words or other filters, that is the whole index', () => {
    expect(countSource(facet('year'), state('year=1944&year=1946'))).toEqual({ from: 'totals' });
    expect(countSource(facet('year'), state('year=1944&type=Telegram'))).toEqual({ from: 'search-without', filters: { type: { any: ['Telegram'] } } });
  });
});
