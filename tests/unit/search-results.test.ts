/** The search page's results: their order across shards a page at a time, what a result shows, and which shards' results count. */
import { describe, expect, test } from 'vitest';
import { resultDataLoader, type Result, type ResultData } from '../../src/client/search/pagefind-shards.ts';
import { noResults, orderResults } from '../../src/client/search/result-order.ts';
import { excerptOf, metaParts, spellingNote } from '../../src/client/search/results.ts';
import { isFallback, matchedWords, matchingShards, shardSearchFilters, shardsToSearch } from '../../src/client/search/shard-search.ts';
import { encodeSpellings, othersText } from '../../src/site/search/spellings-meta.ts';

/** A result as Pagefind gives one: its score, and its data on request (counted, to see what is loaded). */
function result(id: string, score: number, order: string | undefined, loads: string[]): Result {
  const data: ResultData = { url: `/documents/${id}/`, content: id, locations: [], meta: { title: id, order }, anchors: [] };
  return {
    id,
    score,
    data: async () => {
      loads.push(id);
      return data;
    },
  };
}

const ids = (results: Result[]) => results.map((item) => item.id);

describe('orderResults', () => {
  test('by relevance: every shard’s results by score, a page at a time, loading no data', async () => {
    const loads: string[] = [];
    const lists = [
      [result('a', 0.9, '1937', loads), result('b', 0.2, '1938', loads)],
      [result('c', 0.5, '1940', loads), result('d', 0.2, '1944', loads)],
    ];
    const ordered = orderResults(lists, 'Japan', 'relevance', resultDataLoader());
    expect(ordered).toMatchObject({ query: 'Japan', count: 4 });
    expect(ids(await ordered.next(3))).toEqual(['a', 'c', 'b']);
    expect(ids(await ordered.next(3))).toEqual(['d']);
    expect(ids(await ordered.next(3))).toEqual([]);
    expect(loads).toEqual([]);
  });

  test.each([
    ['oldest', ['a', 'c', 'b', 'd', 'u']],
    ['newest', ['d', 'b', 'c', 'a', 'u']],
  ] as const)('by date (%s): the shards’ own orders merged by date key, undated last', async (sort, expected) => {
    const loads: string[] = [];
    // Each shard's list as Pagefind sorts it (ascending by the page's key for this order).
    const first = [result('a', 1, '1937-12-21', loads), result('b', 1, '1940-10', loads), result('u', 1, 'undated', loads)];
    const second = [result('c', 1, '1938-01', loads), result('d', 1, '1946-03-25', loads)];
    const lists =
      sort === 'oldest'
        ? [first, second]
        : [
            [first[1], first[0], first[2]],
            [second[1], second[0]],
          ];
    const ordered = orderResults(lists, '', sort, resultDataLoader());
    expect(ids([...(await ordered.next(2)), ...(await ordered.next(10))])).toEqual(expected);
  });

  test('by date, loads only the data the page shown needs, each once', async () => {
    const loads: string[] = [];
    const lists = [
      [result('a', 1, '1937', loads), result('b', 1, '1939', loads), result('e', 1, '1945', loads)],
      [result('c', 1, '1938', loads), result('d', 1, '1944', loads)],
    ];
    const dataOf = resultDataLoader();
    const ordered = orderResults(lists, '', 'oldest', dataOf);
    // The first of each shard's list, to compare; the next of a list only once one is taken from it.
    expect(ids(await ordered.next(1))).toEqual(['a']);
    expect(loads).toEqual(['a', 'c']);
    expect(ids(await ordered.next(2))).toEqual(['c', 'b']);
    expect(loads).toEqual(['a', 'c', 'b', 'd']);
    // Showing them asks for their data again: none is fetched twice.
    await Promise.all(lists.flat().slice(0, 2).map(dataOf));
    expect(loads).toEqual(['a', 'c', 'b', 'd']);
  });

  test('no results give nothing', async () => {
    expect(noResults().count).toBe(0);
    expect(await noResults().next(20)).toEqual([]);
  });
});

describe('what a result shows', () => {
  test('after its date: parties, file number and printed source, leaving out what it lacks', () => {
    expect(metaParts({ parties: 'Henderson → Secretary of State', file: '793.94/11763', printed: 'FRUS 1937, vol. III, doc. 333' })).toEqual([
      'Henderson → Secretary of State',
      'file 793.94/11763',
      'FRUS 1937, vol. III, doc. 333',
    ]);
    expect(metaParts({ parties: '', file: undefined, printed: 'FRUS 1946' })).toEqual(['FRUS 1946']);
  });

  test('the note of a match by another spelling', () => {
    expect(spellingNote({ name: 'Chungking', matchedAs: 'Chongqing', spelling: 'Chungking' })).toBe('“Chongqing” found as “Chungking”, the spelling of this document.');
    expect(spellingNote({ name: 'Chiang Kai-shek', matchedAs: 'Jiang Jieshi', spelling: null })).toBe('“Jiang Jieshi” is another name of Chiang Kai-shek, who is mentioned here.');
  });

  test('its snippet comes from the text, after the opening and without the hidden other spellings', () => {
    const spellings = [{ id: 'chungking', name: 'Chungking', spelling: 'Chungking', others: ['Chongqing'] }];
    const opening = 'Chungking, October 10, 1940.';
    const text = 'The Ambassador in Chungking reported.';
    const content = `${opening} ${text} ${othersText(spellings)}`;
    const words = content.split(' ');
    const data: ResultData = {
      url: '/documents/1940-10-steinhardt-1390/',
      content,
      locations: [words.indexOf('Chongqing')],
      meta: { spellings: encodeSpellings(spellings) },
      anchors: [
        { id: 'document-text', location: opening.split(' ').length, text: '' },
        { id: 'other-spellings', location: words.indexOf('Chongqing'), text: '' },
      ],
    };
    const excerpt = excerptOf(data, 'Chongqing');
    expect(excerpt.parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('')).toBe('The Ambassador in [Chungking] reported.');
    expect(excerpt.linkText).toBe('Chungking');
    expect(excerpt.spelling).toEqual({ name: 'Chungking', matchedAs: 'Chongqing', spelling: 'Chungking' });
  });
});

describe('searching shard by shard', () => {
  const shard = (id: string) => ({ id, pages: 1, digest: id });
  const shards = [shard('y1937'), shard('y1940'), shard('y1944')];

  test('searches on its own each shard the search over all counts results in', () => {
    expect(shardsToSearch(shards, { filters: { shard: { y1940: 2, y1944: 0 } } }).map((item) => item.id)).toEqual(['y1940']);
    expect(shardsToSearch(shards, { filters: {} })).toEqual([]);
    // One shard needs no count: it is searched.
    expect(shardsToSearch([shards[0]], { filters: {} })).toEqual([shards[0]]);
  });

  test('keeps a shard’s own search to it, unless it is the only one', () => {
    const filters = { year: { any: ['1940'] } };
    expect(shardSearchFilters(filters, shards[1], 3)).toEqual({ year: { any: ['1940'] }, shard: { any: ['y1940'] } });
    expect(shardSearchFilters(filters, shards[1], 1)).toBe(filters);
  });

  test('a shard whose results only fell back to a shorter word is no match', () => {
    // `Bogomolof` is in no document: Pagefind matched `(b)` in one shard.
    const fellBack = { content: 'See note (b) below.', locations: [2] };
    expect(matchedWords(fellBack)).toEqual(['(b)']);
    expect(isFallback('Bogomolof', fellBack)).toBe(true);
    const found = { content: 'Bogomolov called on Litvinov.', locations: [0] };
    expect(isFallback('Bogomolov', found)).toBe(false);
    expect(isFallback('', fellBack)).toBe(false);
  });

  test('counts keep to the shards that match once one was left out', () => {
    const hits = (id: string, n: number) => ({ shard: shard(id), found: Array.from({ length: n }, (_, i) => result(`${id}-${i}`, 1, undefined, [])) });
    const kept = matchingShards([hits('y1937', 2), null, hits('y1944', 1)], 3);
    expect(kept.matching.map((list) => list.shard.id)).toEqual(['y1937', 'y1944']);
    expect(kept.scope).toEqual({ shard: { any: ['y1937', 'y1944'] } });
    // A shard with no results of its own is left out too.
    expect(matchingShards([hits('y1937', 2), hits('y1940', 0)], 3).scope).toEqual({ shard: { any: ['y1937'] } });
    // None left out: no scope; one shard: never one.
    expect(matchingShards([hits('y1937', 2), hits('y1944', 1)], 3).scope).toEqual({});
    expect(matchingShards([null], 1)).toEqual({ matching: [], scope: {} });
  });
});
