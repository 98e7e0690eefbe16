/**
 * The search index in shards: one Pagefind index per printed volume, or per
 * year for a document in no volume, so that each is built by its own process
 * with bounded memory, shards are built in parallel (or on several machines),
 * and a change re-indexes only its shard. The search page merges them
 * (`mergeIndex`). A document page says its shard in `data-search-shard`; the
 * indexer groups pages by it, cuts a shard of more than `MAX_SHARD_PAGES`
 * into parts, and lists the shards in `pagefind/shards.json`. Pure.
 */

/** The attribute of a document page's indexed element that names its shard. */
export const SHARD_ATTRIBUTE = 'data-search-shard';

/** The list of shards the search page reads, in the search index's folder. */
export const SHARDS_FILE = 'shards.json';

/** What each shard's folder holds beside its Pagefind bundle: its id, pages and digest. */
export const SHARD_FILE = 'shard.json';

/**
 * Pages a shard holds at most: past this, a volume's or a year's pages are cut
 * into parts (`1934~2`), so that one indexing process stays well within 2 GB
 * (Pagefind took about 1.7 GB for 10,000 pages).
 */
export const MAX_SHARD_PAGES = 4000;

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
 * The shards of a site's indexed pages: grouped by the shard each names, in
 * the order of their ids, pages in path order; a group larger than `maxPages`
 * cut into parts of at most that many (the first keeps the id, then `id~2`…).
 */
export function planShards(pages: readonly { path: string; shard: string }[], maxPages = MAX_SHARD_PAGES): ShardPlan[] {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const group = groups.get(page.shard);
    if (group) group.push(page.path);
    else groups.set(page.shard, [page.path]);
  }
  const plans: ShardPlan[] = [];
  for (const id of [...groups.keys()].sort()) {
    const paths = groups.get(id)!.sort();
    for (let start = 0, part = 1; start < paths.length; start += maxPages, part += 1) {
      plans.push({ id: part === 1 ? id : `${id}~${part}`, pages: paths.slice(start, start + maxPages) });
    }
  }
  return plans;
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
