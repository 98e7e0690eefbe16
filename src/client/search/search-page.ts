/**
 * The search page in the browser: a small interface over Pagefind's
 * JavaScript API (`pagefind.js`, loaded from the built site, only on this
 * page). It reads the search from the address (`?q=` from the header form
 * on every page), searches as the reader types, offers the facets as
 * fieldsets of checkboxes with counts, announces the number of results in a
 * polite live region, and writes the search back into the address so it can
 * be shared. Everything from the index goes into text nodes: no HTML is
 * built from data.
 *
 * This module only wires the parts together and keeps the search's state;
 * each part is a module of its own: the page's elements (`page-elements.ts`),
 * the address (`address.ts`), the index and its shards (`pagefind-shards.ts`,
 * `shard-search.ts`), the facets (`facets.ts`, `facet-counts.ts`,
 * `filters-fold.ts`), the results (`result-order.ts`, `results.ts`) and what
 * the status line says (`status.ts`).
 */
import { addressBar } from './address.ts';
import { facetCounts } from './facet-counts.ts';
import { buildFacetGroups, untickAll, updateFacetGroup, type FacetGroup } from './facets.ts';
import { foldFilters } from './filters-fold.ts';
import { searchElements } from './page-elements.ts';
import { resultDataLoader, shardedIndexLoader, type ShardedIndex } from './pagefind-shards.ts';
import { noResults, orderResults, PAGE_SIZE } from './result-order.ts';
import { resultsView } from './results.ts';
import { hasSearch, pagefindFilters, tickedCount, toggleFilter, type SearchState, type SortOrder } from './search-state.ts';
import { searchShards } from './shard-search.ts';
import { LOAD_FAILED, statusText } from './status.ts';

/** Pause in typing before searching. */
const TYPING_DELAY = 250;

/**
 * Starts the search interface inside `root` (the markup of SearchPage.astro):
 * loads Pagefind from `base` (the site's base path, `/` or `/edition/`, where
 * `pagefind/` lies) and runs the search the address holds, if any.
 */
export function startSearchPage(root: HTMLElement, base: string): void {
  const page = searchElements(root);
  const address = addressBar();
  const loadIndex = shardedIndexLoader(base);
  const dataOf = resultDataLoader();
  const results = resultsView(page.results, page.shown, page.more);

  let state: SearchState = address.initial;
  /** Set once the index has loaded (typing preloads from it). */
  let index: ShardedIndex | null = null;
  let groups = new Map<string, FacetGroup>();
  /** The search running or last run: a new search aborts it, and what it finds afterwards is dropped. */
  let current = new AbortController();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  page.input.value = state.query;
  page.sort.value = state.sort;
  // The filters and results need this script: they stay hidden without it.
  for (const element of page.scriptOnly) element.hidden = false;
  const fold = foldFilters(page.facetsToggle, page.facetsBody, () => tickedCount(state.filters));

  const showCounts = (counts: ReadonlyMap<string, Record<string, number>>, reorder: boolean) => {
    for (const group of groups.values()) updateFacetGroup(group, counts.get(group.facet.key) ?? {}, reorder);
  };

  /** Runs the search `state` holds; `reorder` lets facets ordered by count take the new counts' order. */
  async function run({ reorder }: { reorder: boolean }): Promise<void> {
    current.abort();
    current = new AbortController();
    const { signal } = current;
    address.write(state);
    page.clear.hidden = Object.keys(state.filters).length === 0;
    fold.layout();
    let loaded: ShardedIndex;
    try {
      loaded = await loadIndex();
    } catch {
      page.status.textContent = LOAD_FAILED;
      return;
    }
    if (index === null) {
      index = loaded;
      groups = buildFacetGroups(page.facets, loaded.totals, state, (key, value, checked) => {
        state = toggleFilter(state, key, value, checked);
        void run({ reorder: false });
      });
    }
    if (signal.aborted) return;
    if (!hasSearch(state)) {
      showCounts(new Map(Object.entries(loaded.totals)), reorder);
      results.show(noResults(), []);
      page.results.removeAttribute('aria-busy');
      // Nothing to announce until the reader searches.
      page.status.textContent = '';
      return;
    }
    page.results.setAttribute('aria-busy', 'true');
    const found = await searchShards(loaded, state, dataOf, signal);
    if (!found || signal.aborted) return;
    const ordered = orderResults(
      found.matching.map((list) => list.found),
      state.query,
      state.sort,
      dataOf,
    );
    const firstPage = await Promise.all((await ordered.next(PAGE_SIZE)).map(dataOf));
    if (signal.aborted) return;
    const counts = found.matching.length > 0 ? await facetCounts(loaded, state, found.search.filters, found.scope) : new Map<string, Record<string, number>>();
    if (signal.aborted) return;
    showCounts(counts, reorder);
    results.show(ordered, firstPage);
    page.results.removeAttribute('aria-busy');
    page.status.textContent = statusText(state, ordered.count);
  }

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, query: page.input.value.trim() };
    void run({ reorder: true });
  });

  page.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    const query = page.input.value.trim();
    if (index && query) void index.pagefind.preload(query, { filters: pagefindFilters(state) });
    typingTimer = setTimeout(() => {
      if (query === state.query) return;
      state = { ...state, query };
      void run({ reorder: true });
    }, TYPING_DELAY);
  });

  page.sort.addEventListener('change', () => {
    state = { ...state, sort: page.sort.value as SortOrder };
    void run({ reorder: false });
  });

  page.clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    untickAll(groups);
    // The button hides itself; the reader goes on from the search box.
    page.input.focus();
    void run({ reorder: true });
  });

  page.more.addEventListener('click', async () => {
    const { signal } = current;
    const first = await results.showMore(dataOf, () => !signal.aborted);
    first?.focus();
  });

  void run({ reorder: true });
}
