/**
 * The search page in the browser: a small interface over Pagefind's
 * JavaScript API (`pagefind.js`, loaded from the built site, only on this
 * page). It reads the search from the address (`?q=` from the header form
 * on every page), searches as the reader types, offers the facets as
 * fieldsets of checkboxes with counts, announces the number of results in a
 * polite live region, and writes the search back into the address so it can
 * be shared. Everything from the index goes into text nodes: no HTML is
 * built from data.
 */
import { resultExcerpt, textFragmentUrl, type ExcerptPart } from './excerpt.ts';
import { unmatchedWords } from './match-strength.ts';
import {
  FACETS,
  hasSearch,
  orderFacetValues,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateParams,
  toggleFilter,
  type Facet,
  type SearchState,
  type SortOrder,
} from './search-state.ts';
import { mergeByScore, sortedMerge } from './shard-merge.ts';
import { SHARDS_FILE, type ShardEntry, type ShardsManifest } from '../../site/search/shards.ts';
import { sortKeyFor } from '../../site/search/sort-keys.ts';
import { decodeSpellings, othersText } from '../../site/search/spellings-meta.ts';
import { documentCount } from '../../site/counts.ts';

/** Counts per facet and value, as Pagefind reports them. */
type Counts = Record<string, Record<string, number>>;

/** The parts of a result's data this page reads (see Pagefind's "Using the search API"). */
interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  anchors: { id: string; location: number; text: string }[];
}

interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Search {
  results: Result[];
  filters: Counts;
}

/** Filters as Pagefind takes them: the facets' and the shard (`{ any: [...] }`). */
type Filters = Record<string, { any: string[] } | { all: string[] }>;

interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc'>;
}

/** Options of a Pagefind index as this page sets them (for the primary and for each merged shard). */
interface IndexOptions {
  baseUrl: string;
  /** Every page of the index gets this filter: here the shard's id, so a search can be kept to one shard. */
  mergeFilter: Record<string, string>;
  /** Lets the browser cache the shard's entry file until the shard changes (Pagefind otherwise adds the time). */
  metaCacheTag: string;
}

/** The Pagefind JavaScript API, as far as this page uses it. */
interface Pagefind {
  options(options: IndexOptions): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: IndexOptions): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options?: SearchOptions): Promise<Search | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 20;
/** Values a facet shows before "Show all". */
const FACET_PREVIEW = 6;
/** Pause in typing before searching. */
const TYPING_DELAY = 250;
/** Where the filters fold (as in search.css). */
const NARROW = '(max-width: 48rem)';
/** The filter every shard's pages carry (Pagefind's `mergeFilter`): the shard's id. Never shown as a facet. */
const SHARD_FILTER = 'shard';

/** The results of a search in the order shown, loaded a page at a time. */
interface Ordered {
  count: number;
  next(n: number): Promise<Result[]>;
}

interface FacetItem {
  item: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

interface FacetGroup {
  facet: Facet;
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  more: HTMLButtonElement;
  items: Map<string, FacetItem>;
  expanded: boolean;
}

/**
 * Starts the search interface inside `root` (the markup of SearchPage.astro):
 * loads Pagefind from `base` (the site's base path, `/` or `/edition/`, where
 * `pagefind/` lies) and runs the search the address holds, if any.
 */
export function startSearchPage(root: HTMLElement, base: string): void {
  const $ = <T extends Element>(selector: string) => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search page: ${selector} is missing`);
    return element;
  };
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const facetsBox = $<HTMLElement>('[data-search-facets]');
  const clearButton = $<HTMLButtonElement>('[data-search-clear]');
  const resultsList = $<HTMLOListElement>('[data-search-results]');
  const shownLine = $<HTMLElement>('[data-search-shown]');
  const moreButton = $<HTMLButtonElement>('[data-search-more]');
  const facetsToggle = $<HTMLButtonElement>('[data-facets-toggle]');
  const facetsBody = $<HTMLElement>('[data-facets-body]');

  let state: SearchState = parseSearchState(new URLSearchParams(location.search));
  let pagefind: Pagefind | null = null;
  let totals: Counts = {};
  const groups = new Map<string, FacetGroup>();
  let shards: ShardEntry[] = [];
  let results: Ordered = { count: 0, next: async () => [] };
  let shown = 0;
  // A result's data is asked for by the date merge and again to show it: load it once.
  const loaded = new WeakMap<Result, Promise<ResultData>>();
  const dataOf = (result: Result) => {
    let data = loaded.get(result);
    if (!data) {
      data = result.data();
      loaded.set(result, data);
    }
    return data;
  };
  let sequence = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.query;
  sortSelect.value = state.sort;
  // The filters and results need this script: they stay hidden without it.
  for (const element of root.querySelectorAll<HTMLElement>('[data-search-ui]')) element.hidden = false;

  // On a narrow screen the filters would push the results far down: there they fold behind a button.
  const narrow = matchMedia(NARROW);
  let facetsOpen = false;
  function layoutFacets(): void {
    facetsToggle.hidden = !narrow.matches;
    facetsBody.hidden = narrow.matches && !facetsOpen;
    const ticked = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    facetsToggle.setAttribute('aria-expanded', String(facetsOpen));
    facetsToggle.textContent = `${facetsOpen ? 'Hide' : 'Show'} filters${ticked ? ` (${ticked} ticked)` : ''}`;
  }
  facetsToggle.addEventListener('click', () => {
    facetsOpen = !facetsOpen;
    layoutFacets();
  });
  narrow.addEventListener('change', layoutFacets);
  layoutFacets();

  /**
   * Loads the search index: the list of its shards, the first shard's Pagefind
   * (its JavaScript and WebAssembly serve every shard) and the other shards
   * merged into it, each tagged with its id as a filter.
   */
  async function load(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    const response = await fetch(`${base}pagefind/${SHARDS_FILE}`);
    if (!response.ok) throw new Error(`search index: ${response.status}`);
    shards = ((await response.json()) as ShardsManifest).shards;
    if (shards.length === 0) throw new Error('search index: no shard');
    const bundle = (shard: ShardEntry) => `${base}pagefind/${shard.id}/`;
    const optionsOf = (shard: ShardEntry): IndexOptions => ({ baseUrl: base, mergeFilter: { [SHARD_FILTER]: shard.id }, metaCacheTag: shard.digest });
    // A URL computed at run time: the bundler must leave this import alone.
    const module = (await import(/* @vite-ignore */ `${bundle(shards[0])}pagefind.js`)) as Pagefind;
    await module.options(optionsOf(shards[0]));
    await module.init();
    await Promise.all(shards.slice(1).map((shard) => module.mergeIndex(bundle(shard), optionsOf(shard))));
    // Loading the filters makes every search report its counts per value.
    totals = await module.filters();
    pagefind = module;
    buildFacets();
    return module;
  }

  function buildFacets(): void {
    facetsBox.replaceChildren();
    for (const facet of FACETS) {
      const values = totals[facet.key];
      if (!values || Object.keys(values).length === 0) continue;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'facet';
      const legend = document.createElement('legend');
      legend.textContent = facet.label;
      fieldset.append(legend);
      if (facet.match === 'all') {
        const hint = document.createElement('p');
        hint.className = 'facet-hint';
        hint.id = `facet-hint-${facet.key}`;
        hint.textContent = 'Documents naming every one ticked.';
        fieldset.setAttribute('aria-describedby', hint.id);
        fieldset.append(hint);
      }
      const list = document.createElement('ul');
      list.className = 'facet-values';
      list.id = `facet-values-${facet.key}`;
      const items = new Map<string, FacetItem>();
      orderFacetValues(facet, values).forEach((value, index) => {
        const item = document.createElement('li');
        const checkbox = document.createElement('input');
        checkbox.type = 'checkbox';
        checkbox.id = `facet-${facet.key}-${index}`;
        checkbox.value = value;
        checkbox.checked = state.filters[facet.key]?.includes(value) ?? false;
        checkbox.addEventListener('change', () => {
          state = toggleFilter(state, facet.key, value, checkbox.checked);
          void run({ reorder: false });
        });
        const label = document.createElement('label');
        label.htmlFor = checkbox.id;
        const name = document.createElement('span');
        name.className = 'facet-name';
        name.textContent = value;
        const count = document.createElement('span');
        count.className = 'facet-count';
        label.append(name, ' ', count);
        item.append(checkbox, label);
        list.append(item);
        items.set(value, { item, input: checkbox, count });
      });
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'facet-more';
      more.setAttribute('aria-controls', list.id);
      more.setAttribute('aria-expanded', 'false');
      const group: FacetGroup = { facet, fieldset, list, more, items, expanded: false };
      more.addEventListener('click', () => {
        group.expanded = !group.expanded;
        updateGroup(group, currentCounts.get(facet.key) ?? {}, false);
      });
      fieldset.append(list, more);
      facetsBox.append(fieldset);
      groups.set(facet.key, group);
    }
  }

  let currentCounts = new Map<string, Record<string, number>>();

  /** Shows each value's count; hides values no result has (unless ticked or focused) and, folded, all but the first few. */
  function updateGroup(group: FacetGroup, counts: Record<string, number>, reorder: boolean): void {
    const focusInside = group.fieldset.contains(document.activeElement);
    if (reorder && !focusInside && group.facet.order === 'count') {
      const order = orderFacetValues(group.facet, Object.fromEntries([...group.items.keys()].map((value) => [value, counts[value] ?? 0])));
      group.list.append(...order.map((value) => group.items.get(value)!.item));
    }
    const visible: FacetItem[] = [];
    for (const value of [...group.list.children].map((item) => item.querySelector('input')!.value)) {
      const entry = group.items.get(value)!;
      const count = counts[value] ?? 0;
      const unit = document.createElement('span');
      unit.className = 'visually-hidden';
      unit.textContent = count === 1 ? ' document' : ' documents';
      entry.count.replaceChildren(`${count}`, unit);
      const keep = count > 0 || entry.input.checked || entry.input === document.activeElement;
      entry.item.hidden = !keep;
      if (keep) visible.push(entry);
    }
    const foldable = visible.length > FACET_PREVIEW + 1;
    if (foldable && !group.expanded) {
      visible.forEach((entry, index) => {
        entry.item.hidden = index >= FACET_PREVIEW && !entry.input.checked && entry.input !== document.activeElement;
      });
    }
    group.more.hidden = !foldable;
    group.more.setAttribute('aria-expanded', String(group.expanded));
    group.more.textContent = group.expanded ? 'Show fewer' : `Show all ${visible.length}`;
    // A facet with nothing to offer is hidden, unless the reader is in it.
    group.fieldset.hidden = visible.length === 0 && !focusInside;
  }

  /** Per facet, how many results each value would give; `scope` keeps the searches to the shards that match. */
  async function facetCounts(api: Pagefind, search: Search, scope: Filters): Promise<Map<string, Record<string, number>>> {
    const counts = new Map<string, Record<string, number>>();
    for (const facet of FACETS) {
      const ticked = state.filters[facet.key];
      if (facet.match === 'all' || !ticked?.length) {
        counts.set(facet.key, search.filters[facet.key] ?? {});
        continue;
      }
      // Where ticking widens (`any`), a value counts what it would add: the search without this facet's own ticks.
      const others = pagefindFilters(state, facet.key);
      if (!state.query && Object.keys(others).length === 0) {
        counts.set(facet.key, totals[facet.key] ?? {});
        continue;
      }
      const without = await api.search(state.query || null, { filters: { ...others, ...scope } });
      counts.set(facet.key, without?.filters[facet.key] ?? {});
    }
    return counts;
  }

  async function run({ reorder }: { reorder: boolean }): Promise<void> {
    const mine = ++sequence;
    writeAddress();
    clearButton.hidden = Object.keys(state.filters).length === 0;
    layoutFacets();
    let api: Pagefind;
    try {
      api = await load();
    } catch {
      status.textContent = 'The search could not be loaded. Please reload the page, or browse the documents by date, person or place.';
      return;
    }
    if (mine !== sequence) return;
    if (!hasSearch(state)) {
      results = { count: 0, next: async () => [] };
      currentCounts = new Map(Object.entries(totals));
      for (const group of groups.values()) updateGroup(group, currentCounts.get(group.facet.key) ?? {}, reorder);
      resultsList.replaceChildren();
      shownLine.textContent = '';
      moreButton.hidden = true;
      // Nothing to announce until the reader searches.
      status.textContent = '';
      return;
    }
    resultsList.setAttribute('aria-busy', 'true');
    const filters = pagefindFilters(state);
    let search = await api.search(state.query || null, { filters });
    if (!search || mine !== sequence) return;
    // Each shard that has results is searched on its own (its filter), which keeps its own order of them.
    const hit = shards.filter((shard) => (search!.filters[SHARD_FILTER]?.[shard.id] ?? 0) > 0 || shards.length === 1);
    const sort = pagefindSort(state.sort);
    const lists = await Promise.all(
      hit.map(async (shard) => {
        const own = shards.length === 1 ? await api.search(state.query || null, { filters, sort }) : await api.search(state.query || null, { filters: { ...filters, [SHARD_FILTER]: { any: [shard.id] } }, sort });
        const found = own?.results ?? [];
        // A word in no document of a shard makes Pagefind fall back to its beginning there, for each of its results alike: any one tells.
        if (state.query && found.length > 0 && unmatchedWords(state.query, matchedWords(await dataOf(found[0]))).length > 0) return null;
        return { shard, found };
      }),
    );
    if (mine !== sequence) return;
    const matching = lists.filter((list): list is { shard: ShardEntry; found: Result[] } => list !== null && list.found.length > 0);
    // Left out shards that only fell back: the counts are those of the shards that match.
    const scope: Filters = matching.length < lists.length && shards.length > 1 ? { [SHARD_FILTER]: { any: matching.map((list) => list.shard.id) } } : {};
    if (matching.length > 0 && Object.keys(scope).length > 0) {
      search = await api.search(state.query || null, { filters: { ...filters, ...scope } });
      if (!search || mine !== sequence) return;
    }
    results = orderResults(matching.map((list) => list.found));
    const firstResults = await results.next(PAGE_SIZE);
    const firstPage = await Promise.all(firstResults.map(dataOf));
    if (mine !== sequence) return;
    const counts = matching.length > 0 ? await facetCounts(api, search, scope) : new Map<string, Record<string, number>>();
    if (mine !== sequence) return;
    currentCounts = counts;
    for (const group of groups.values()) updateGroup(group, counts.get(group.facet.key) ?? {}, reorder);
    shown = 0;
    resultsList.replaceChildren();
    appendResults(firstPage);
    resultsList.removeAttribute('aria-busy');
    status.textContent = statusText(results.count);
  }

  /** The shards' results as one list: by score, or merged by date key when sorting by date. */
  function orderResults(lists: Result[][]): Ordered {
    const count = lists.reduce((sum, list) => sum + list.length, 0);
    if (state.sort === 'relevance') {
      const all = mergeByScore(lists);
      let next = 0;
      return {
        count,
        next: async (n) => {
          next += n;
          return all.slice(next - n, next);
        },
      };
    }
    const sort = state.sort;
    const merge = sortedMerge(lists, async (result) => sortKeyFor(sort, (await dataOf(result)).meta.order ?? ''));
    return { count, next: (n) => merge.take(n) };
  }

  /** The words of a result where Pagefind found the search. */
  function matchedWords(data: ResultData): string[] {
    const words = data.content.split(/\s+/);
    return data.locations.map((location) => words[location] ?? '');
  }

  function statusText(count: number): string {
    const documents = documentCount(count);
    const filterCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    const filters = filterCount === 0 ? '' : ` with ${filterCount === 1 ? '1 filter' : `${filterCount} filters`}`;
    if (!state.query) return count === 0 ? 'No document matches these filters.' : `${documents} match${count === 1 ? 'es' : ''} these filters.`;
    if (count === 0) return `No document found for “${state.query}”${filters}. ${filterCount ? 'Try removing a filter, or' : 'Try'} another spelling or fewer words.`;
    return `${documents} found for “${state.query}”${filters}.`;
  }

  /** Shows loaded results after those shown; returns the first new result's link. */
  function appendResults(data: ResultData[]): HTMLAnchorElement | null {
    const items = data.map(renderResult);
    resultsList.append(...items);
    shown += data.length;
    moreButton.hidden = shown >= results.count;
    shownLine.textContent = results.count > PAGE_SIZE ? `Showing ${shown} of ${results.count}.` : '';
    return items[0]?.querySelector('a') ?? null;
  }

  /** Loads and shows the next page of results; returns the first new result's link. */
  async function showMore(mine: number): Promise<HTMLAnchorElement | null> {
    const ordered = results;
    const next = await ordered.next(PAGE_SIZE);
    const data = await Promise.all(next.map(dataOf));
    return mine === sequence && ordered === results ? appendResults(data) : null;
  }

  function renderResult(data: ResultData): HTMLLIElement {
    const spellings = decodeSpellings(data.meta.spellings);
    const anchor = data.anchors.find((candidate) => candidate.id === 'other-spellings');
    const text = data.anchors.find((candidate) => candidate.id === 'document-text');
    const excerpt = resultExcerpt({
      content: data.content,
      locations: data.locations,
      textStart: text?.location,
      othersStart: anchor?.location,
      othersLength: othersText(spellings).split(/\s+/).filter(Boolean).length,
      spellings,
      query: state.query,
    });
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = textFragmentUrl(data.url, excerpt.linkText);
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    item.append(heading);

    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const date = document.createElement('span');
    date.className = 'result-date';
    date.textContent = data.meta.date ?? '';
    meta.append(date);
    for (const part of [data.meta.parties, data.meta.file ? `file ${data.meta.file}` : undefined, data.meta.printed]) {
      if (part) meta.append(' · ', part);
    }
    item.append(meta);

    if (excerpt.parts.length > 0) {
      const snippet = document.createElement('p');
      snippet.className = 'result-excerpt';
      snippet.append(...excerpt.parts.map(partNode));
      item.append(snippet);
    }
    if (excerpt.spelling) {
      const note = document.createElement('p');
      note.className = 'result-spelling';
      const { name, matchedAs, spelling } = excerpt.spelling;
      note.textContent = spelling
        ? `“${matchedAs}” found as “${spelling}”, the spelling of this document.`
        : `“${matchedAs}” is another name of ${name}, who is mentioned here.`;
      item.append(note);
    }
    return item;
  }

  function partNode(part: ExcerptPart): Node {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  }

  const pageTitle = document.title;

  /** Puts the search into the address (to share it) and the title (for the tab, history and screen readers). */
  function writeAddress(): void {
    const query = searchStateParams(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    document.title = state.query ? `“${state.query}” · ${pageTitle}` : pageTitle;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, query: input.value.trim() };
    void run({ reorder: true });
  });

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    const query = input.value.trim();
    if (pagefind && query) void pagefind.preload(query, { filters: pagefindFilters(state) });
    typingTimer = setTimeout(() => {
      if (query === state.query) return;
      state = { ...state, query };
      void run({ reorder: true });
    }, TYPING_DELAY);
  });

  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as SortOrder };
    void run({ reorder: false });
  });

  clearButton.addEventListener('click', () => {
    state = { ...state, filters: {} };
    for (const group of groups.values()) for (const entry of group.items.values()) entry.input.checked = false;
    // The button hides itself; the reader goes on from the search box.
    input.focus();
    void run({ reorder: true });
  });

  moreButton.addEventListener('click', async () => {
    const first = await showMore(sequence);
    first?.focus();
  });

  void run({ reorder: true });
}
