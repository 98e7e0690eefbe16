/**
 * The search index in shards: whole printed volumes (or, for documents in no
 * volume, years) packed into Pagefind indexes of up to `SHARD_PAGES` pages,
 * so that each is built by its own process with bounded memory, shards are
 * built in parallel (or on several machines), and a change re-indexes only
 * its shard. The search page merges them (`mergeIndex`). A document page says
 * its volume or year in `data-search-shard`; the indexer groups pages by it,
 * packs the groups in order, cuts a group of more than `SHARD_PAGES` into
 * parts, and lists the shards in `pagefind/shards.json`. Pure.
 *
 * Why packed, not one index per volume: a query fetches, from every shard,
 * the index chunk holding its word, and Pagefind's chunks are about 20 KB
 * whatever the size of the index, so a first query costs about 20 KB a shard
 * (measured at 10,000 documents: 445 KB with 18 volume shards, 50 KB with one index).
 */

/** The attribute of a document page's indexed element that names its shard. */
export const SHARD_ATTRIBUTE = 'data-search-shard';

/** The list of shards the search page reads, in the search index's folder. */
export const SHARDS_FILE = 'shards.json';

/** What each shard's folder holds beside its Pagefind bundle: its id, pages and digest. */
export const SHARD_FILE = 'shard.json';

/**
 * Pages a shard holds at most (unless set otherwise): volumes are packed into a
 * shard while they fit, a larger volume or year is cut into parts (`y1934~2`), so
 * that one indexing process stays well within 2 GB (Pagefind took about 1.7 GB
 * for 10,000 pages in one index).
 */
export const SHARD_PAGES = 5000;

/**
 * The shard of a document: its volume (`frus1934v04`), else its year
 * (`y1934`), else `undated`; only letters, digits, `_` and `-`, so that it is
 * safe as a folder name and in a URL.
 */
export function shardOf(volumeId: string | null | undefined, date: string | null | undefined): string {
  if (volumeId) return `v-${volumeId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const year = date ? /^(\d{4})/.exec(date)?.[1] : undefined;
  return year ? `y${year}` : 'undated';
}

/** One shard as the indexer plans it: its id and its pages (paths relative to the site, in order). */
export interface ShardPlan {
  id: string;
  pages: string[];
}

/**
 * The shards of a site's indexed pages: pages grouped by the volume or year
 * each names, groups in the order of their ids, each group's pages in path
 * order; whole groups packed into a shard while it holds at most `maxPages`
 * (a shard is named by its first group); a group larger than `maxPages` cut
 * into shards of its own of at most that many (the first keeps the id, then
 * `id~2`…). A change within a group moves no boundary unless the group's
 * size crosses one, so it re-indexes one shard.
 */
export function planShards(pages: readonly { path: string; shard: string }[], maxPages = SHARD_PAGES): ShardPlan[] {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const group = groups.get(page.shard);
    if (group) group.push(page.path);
    else groups.set(page.shard, [page.path]);
  }
  const plans: ShardPlan[] = [];
  let open: ShardPlan | null = null;
  for (const id of [...groups.keys()].sort()) {
    const paths = groups.get(id)!.sort();
    if (open && open.pages.length + paths.length <= maxPages) {
      open.pages.push(...paths);
      continue;
    }
    for (let start = 0, part = 1; start < paths.length; start += maxPages, part += 1) {
      open = { id: part === 1 ? id : `${id}~${part}`, pages: paths.slice(start, start + maxPages) };
      plans.push(open);
    }
  }
  return plans;
}

/** Reads a number of pages a shard may hold (`--shard-pages`, `EDITION_SHARD_PAGES`), or null when it is none. */
export function parseShardPages(text: string): number | null {
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= 1 ? value : null;
}

/** A shard as `shards.json` lists it for the search page. */
export interface ShardEntry {
  /** The folder under `pagefind/`. */
  id: string;
  /** How many pages it indexes. */
  pages: number;
  /** The digest of its pages and indexer: changes exactly when the shard must be re-indexed. */
  digest: string;
}

/** `pagefind/shards.json`: the shards, the first the primary (its `pagefind.js` runs the search). */
export interface ShardsManifest {
  shards: ShardEntry[];
}

/**
 * Which of `part` of `parts` machines builds a shard: shards dealt out in
 * turn, so that each of a CI matrix's jobs (`--part 2/4`) gets about as many.
 * `part` counts from 1.
 */
export function inPart(index: number, part: number, parts: number): boolean {
  return index % parts === part - 1;
}

/** Reads `--part 2/4` into `{ part: 2, parts: 4 }`, or null when it is not of that form. */
export function parsePart(text: string): { part: number; parts: number } | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const [part, parts] = [Number(match[1]), Number(match[2])];
  return part >= 1 && parts >= 1 && part <= parts ? { part, parts } : null;
}
