/**
 * One list of results from the search index's shards (src/site/search/shards.ts),
 * each shard searched on its own. Pagefind's own merge of several indexes
 * orders every result by its score, which for a sorted search is only its
 * position within its own index: a date order across shards has to be merged
 * here, by each result's sort key, loading no more keys than the results shown
 * need. Pure.
 */

/** Results by score, best first; equal scores keep the shards' order (as Pagefind's merge, a stable sort). */
export function mergeByScore<T extends { score: number }>(lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort((a, b) => b.score - a.score);
}

/**
 * A merge of lists each already in ascending order of a key that takes work
 * to learn (a result's data): `take(n)` gives the next n items in ascending
 * key order, equal keys in the lists' order. A list's next key is asked for
 * only once its previous item has been taken, so showing 20 results of k
 * shards asks for at most 20 + k keys.
 */
export function sortedMerge<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => Promise<string>): { take(n: number): Promise<T[]> } {
  const positions = lists.map(() => 0);
  const heads = new Map<number, Promise<string>>();
  const head = (list: number) => {
    let key = heads.get(list);
    if (!key) {
      key = keyOf(lists[list][positions[list]]);
      heads.set(list, key);
    }
    return key;
  };
  return {
    async take(n: number): Promise<T[]> {
      const taken: T[] = [];
      while (taken.length < n) {
        const open = lists.map((_, list) => list).filter((list) => positions[list] < lists[list].length);
        if (open.length === 0) break;
        const keys = await Promise.all(open.map(head));
        let best = 0;
        for (let i = 1; i < open.length; i += 1) if (keys[i] < keys[best]) best = i;
        const list = open[best];
        taken.push(lists[list][positions[list]]);
        positions[list] += 1;
        heads.delete(list);
      }
      return taken;
    },
  };
}
