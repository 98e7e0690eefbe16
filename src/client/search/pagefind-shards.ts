/**
 * The search index as the browser loads it: Pagefind's JavaScript API, typed
 * as far as the search page uses it, over an index in shards
 * (src/site/search/shards.ts). The first shard's `pagefind.js` is imported
 * (its JavaScript and WebAssembly serve every shard), every other shard is
 * merged into it (`mergeIndex`), and each shard's pages carry its id as a
 * filter, so that a search can be kept to some shards. See Pagefind's "Using
 * the search API" and "Searching multiple sites".
 */
import type { PagefindFilters } from './search-state.ts';
import { SHARDS_FILE, type ShardEntry, type ShardsManifest } from '../../site/search/shards.ts';

/** Counts per facet and value, as Pagefind reports them. */
export type Counts = Record<string, Record<string, number>>;

/** The parts of a result's data the search page reads. */
export interface ResultData {
  url: string;
  /** The page's indexed words, separated by spaces. */
  content: string;
  /** Word positions of the matches in `content`. */
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The page's elements with an id, each at its word position. */
  anchors: { id: string; location: number; text: string }[];
}

/** One result of a search: its score at once, its data when asked for (a fetch). */
export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** A search's results and its counts per facet value. */
export interface Search {
  results: Result[];
  filters: Counts;
}

/** A search's options: filters (the facets' and the shard's), and a sort by one of the pages' sort keys. */
export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc'>;
}

/** Options of a Pagefind index as this page sets them (for the first shard and for each merged one). */
export interface IndexOptions {
  baseUrl: string;
  /** Every page of the index gets this filter: here the shard's id, so a search can be kept to one shard. */
  mergeFilter: Record<string, string>;
  /** Lets the browser cache the shard's entry file until the shard changes (Pagefind otherwise adds the time). */
  metaCacheTag: string;
}

/** The Pagefind JavaScript API, as far as this page uses it. */
export interface Pagefind {
  options(options: IndexOptions): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: IndexOptions): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options?: SearchOptions): Promise<Search | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** The filter every shard's pages carry (Pagefind's `mergeFilter`): the shard's id. Never shown as a facet. */
export const SHARD_FILTER = 'shard';

/** The index, loaded: Pagefind with every shard merged in, the shards, and the counts of the whole index. */
export interface ShardedIndex {
  pagefind: Pagefind;
  /** The shards, in the order `shards.json` lists them (the first is the one imported). */
  shards: readonly ShardEntry[];
  /** Per facet, every value and its number of documents: what the facets offer. */
  totals: Counts;
}

/** The folder of a shard's Pagefind bundle, under the site's base path (`/` or `/edition/`). */
export function shardBundle(base: string, shard: ShardEntry): string {
  return `${base}pagefind/${shard.id}/`;
}

/** The options a shard is loaded with: its pages tagged with its id, its entry file cached by its digest. */
export function shardIndexOptions(base: string, shard: ShardEntry): IndexOptions {
  return { baseUrl: base, mergeFilter: { [SHARD_FILTER]: shard.id }, metaCacheTag: shard.digest };
}

/** A filter that keeps a search to the shards `ids`. */
export function onlyShards(ids: readonly string[]): PagefindFilters {
  return { [SHARD_FILTER]: { any: [...ids] } };
}

/**
 * Loads the index under `base`: the list of shards, the first shard's
 * Pagefind, the others merged into it, and the counts per facet value.
 * Rejects if the list cannot be read or holds no shard.
 */
export async function loadShardedIndex(base: string): Promise<ShardedIndex> {
  const response = await fetch(`${base}pagefind/${SHARDS_FILE}`);
  if (!response.ok) throw new Error(`search index: ${response.status}`);
  const { shards } = (await response.json()) as ShardsManifest;
  if (shards.length === 0) throw new Error('search index: no shard');
  // A URL computed at run time: the bundler must leave this import alone.
  const pagefind = (await import(/* @vite-ignore */ `${shardBundle(base, shards[0])}pagefind.js`)) as Pagefind;
  await pagefind.options(shardIndexOptions(base, shards[0]));
  await pagefind.init();
  await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(shardBundle(base, shard), shardIndexOptions(base, shard))));
  // Loading the filters makes every search report its counts per value.
  const totals = await pagefind.filters();
  return { pagefind, shards, totals };
}

/**
 * The index under `base`, loaded on the first call and shared by every later
 * one, also while it loads: Pagefind's API is one per page, and merging a
 * shard twice would count its results twice. A failed load is tried again
 * on the next call.
 */
export function shardedIndexLoader(base: string): () => Promise<ShardedIndex> {
  let loading: Promise<ShardedIndex> | null = null;
  return () => {
    loading ??= loadShardedIndex(base).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * A result's data, fetched once however often it is asked for: the date
 * merge reads it for the sort key, the fallback check and the page showing
 * the result read it again.
 */
export function resultDataLoader(): (result: Result) => Promise<ResultData> {
  const loaded = new WeakMap<Result, Promise<ResultData>>();
  return (result) => {
    let data = loaded.get(result);
    if (!data) {
      data = result.data();
      loaded.set(result, data);
    }
    return data;
  };
}
