/** The search index in shards: which volume or year a document is in, how a site's pages are packed into shards, CI parts, and merging the shards' results. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeByScore, sortedMerge } from '../../src/client/search/shard-merge.ts';
import { inPart, parsePart, parseShardPages, planShards, shardOf } from '../../src/site/search/shards.ts';
import { sortKeyFor } from '../../src/site/search/sort-keys.ts';

describe('the shard of a document', () => {
  test.each([
    ['frus1934v04', '1934-03-02', 'v-frus1934v04'],
    ['frus1918Russiav03', null, 'v-frus1918Russiav03'],
    ['odd volume/1', '1940', 'v-odd-volume-1'],
    [null, '1937-12-21T14:00', 'y1937'],
    [undefined, '1940-10', 'y1940'],
    [null, null, 'undated'],
  ])('volume %j, date %j → %s', (volume, date, shard) => {
    expect(shardOf(volume, date)).toBe(shard);
  });
});

describe('planning the shards of a site', () => {
  test('packs whole groups in order while they fit, cuts a group too large into parts', () => {
    const page = (id: string, shard: string) => ({ path: `documents/${id}/index.html`, shard });
    const pages = [page('c', 'y1937'), page('a', 'v-x'), page('e', 'y1937'), page('b', 'y1937'), page('d', 'y1937'), page('f', 'y1938'), page('g', 'y1939')];
    const ids = (plans: ReturnType<typeof planShards>) => plans.map((plan) => `${plan.id}: ${plan.pages.map((path) => path.split('/')[1]).join('')}`);
    expect(ids(planShards(pages, 3))).toEqual(['v-x: a', 'y1937: bcd', 'y1937~2: efg']);
    expect(ids(planShards(pages, 2))).toEqual(['v-x: a', 'y1937: bc', 'y1937~2: de', 'y1938: fg']);
    expect(ids(planShards(pages, 1))).toEqual(['v-x: a', 'y1937: b', 'y1937~2: c', 'y1937~3: d', 'y1937~4: e', 'y1938: f', 'y1939: g']);
    expect(ids(planShards(pages, 10))).toEqual(['v-x: abcdefg']);
  });

  test('a change within a volume moves no other shard’s pages', () => {
    const volume = (name: string, size: number) => Array.from({ length: size }, (_, i) => ({ path: `documents/${name}-${String(i).padStart(3, '0')}/index.html`, shard: `v-${name}` }));
    const before = planShards([...volume('a', 300), ...volume('b', 400), ...volume('c', 500), ...volume('d', 300)], 1000);
    const after = planShards([...volume('a', 300), ...volume('b', 401), ...volume('c', 500), ...volume('d', 300)], 1000);
    expect(before.map((plan) => plan.id)).toEqual(['v-a', 'v-c']);
    expect(after[1]).toEqual(before[1]);
  });

  test('puts every page in exactly one shard of at most the limit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ path: fc.string(), shard: fc.constantFrom('a', 'b', 'c') }), { selector: (page) => page.path }), fc.integer({ min: 1, max: 5 }), (pages, max) => {
        const plans = planShards(pages, max);
        expect(plans.flatMap((plan) => plan.pages).sort()).toEqual(pages.map((page) => page.path).sort());
        expect(plans.every((plan) => plan.pages.length >= 1 && plan.pages.length <= max)).toBe(true);
        expect(new Set(plans.map((plan) => plan.id)).size).toBe(plans.length);
      }),
    );
  });
});

describe('parts for a CI matrix', () => {
  test('deal every shard to exactly one of n parts', () => {
    for (let index = 0; index < 10; index += 1) expect([1, 2, 3].filter((part) => inPart(index, part, 3))).toHaveLength(1);
  });

  test.each([
    ['2/4', { part: 2, parts: 4 }],
    ['1/1', { part: 1, parts: 1 }],
    ['0/4', null],
    ['5/4', null],
    ['2', null],
    ['a/b', null],
  ])('--part %s → %j', (text, part) => {
    expect(parsePart(text)).toEqual(part);
  });

  test.each([
    ['5000', 5000],
    ['1', 1],
    ['0', null],
    ['-3', null],
    ['2.5', null],
    ['many', null],
  ])('--shard-pages %s → %j', (text, pages) => {
    expect(parseShardPages(text)).toBe(pages);
  });
});

describe('merging the shards’ results', () => {
  test('by score, best first, equal scores in the shards’ order', () => {
    const merged = mergeByScore([
      [
        { id: 'a1', score: 3 },
        { id: 'a2', score: 1 },
      ],
      [
        { id: 'b1', score: 3 },
        { id: 'b2', score: 2 },
      ],
    ]);
    expect(merged.map((result) => result.id)).toEqual(['a1', 'b1', 'b2', 'a2']);
  });

  test('by date, as one sorted list, asking only for the keys the results taken need', async () => {
    const keys: Record<string, string> = { a: '1934-01', b: '1934-02-10', c: 'undated', d: '1918-05', e: '1934-02', f: '1937' };
    const asked: string[] = [];
    const keyOf = async (id: string) => {
      asked.push(id);
      return sortKeyFor('oldest', keys[id]);
    };
    const merge = sortedMerge([['a', 'b', 'c'], ['d', 'e'], ['f']], keyOf);
    expect(await merge.take(2)).toEqual(['d', 'a']);
    // The three heads, and the next of the list taken from first; b only once a is taken and another is needed.
    expect(asked.sort()).toEqual(['a', 'd', 'e', 'f']);
    expect(await merge.take(10)).toEqual(['e', 'b', 'f', 'c']);
    expect(await merge.take(1)).toEqual([]);
  });

  test('newest first uses the inverted key, undated last', async () => {
    const keys: Record<string, string> = { a: '1934-01', b: 'undated', c: '1937' };
    const newest = (id: string) => Promise.resolve(sortKeyFor('newest', keys[id]));
    expect(await sortedMerge([['a', 'b'], ['c']], newest).take(3)).toEqual(['c', 'a', 'b']);
  });

  test('gives any lists, each sorted, as one sorted list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ maxLength: 3 }))), fc.integer({ min: 1, max: 4 }), async (lists, step) => {
        const sorted = lists.map((list) => [...list].sort());
        const merge = sortedMerge(sorted, async (item) => item);
        const out: string[] = [];
        for (let batch = await merge.take(step); batch.length > 0; batch = await merge.take(step)) out.push(...batch);
        expect(out).toEqual(sorted.flat().sort());
      }),
    );
  });
});
