import { describe, expect, test } from 'vitest';
import { isOpenData, isSearchIndex, openDataChanges, staleOutputFiles } from '../../src/build/site-output.ts';

describe('isOpenData and isSearchIndex', () => {
  test.each([
    ['data/edition.json', true, false],
    ['data/documents/frus1934v04-d0001.json', true, false],
    ['data/documents/frus1934v04-d0001.json.4711.tmp', false, false],
    ['data/documents/frus1934v04-d0001.csl.json', true, false],
    ['data/documents/frus1934v04-d0001.bib', true, false],
    ['data/documents/frus1934v04-d0001.ris', true, false],
    ['data/documents/frus1934v04-d0001.xml', true, false],
    ['data/edition.tei.xml', true, false],
    ['data/documents/frus1934v04-d0001.bib.4711.tmp', false, false],
    ['documents/frus1934v04-d0001.txt', true, false],
    ['pagefind/pagefind.js', false, true],
    ['pagefind/fragment/en_1a2b.pf_fragment', false, true],
    ['data/index.html', false, false],
    ['documents/frus1934v04-d0001/index.html', false, false],
    ['documents/notes/readme.txt', false, false],
    ['_astro/index.DkGf3.css', false, false],
    ['robots.txt', false, false],
  ])('%s: open data %s, search index %s', (path, openData, searchIndex) => {
    expect(isOpenData(path)).toBe(openData);
    expect(isSearchIndex(path)).toBe(searchIndex);
  });
});

describe('openDataChanges', () => {
  test('links what the site lacks or holds another file for, and removes what is no longer staged', () => {
    const staged = ['data/edition.json', 'documents/a.txt', 'documents/b.txt', 'data/documents/a.json'];
    const inSite = ['index.html', 'data/edition.json', 'documents/a.txt', 'documents/gone.txt', 'data/documents/gone.json', 'documents/a/index.html'];
    const linked = new Set(['data/edition.json']);
    expect(openDataChanges(staged, inSite, (path) => linked.has(path))).toEqual({
      link: ['documents/a.txt', 'documents/b.txt', 'data/documents/a.json'],
      remove: ['documents/gone.txt', 'data/documents/gone.json'],
    });
  });
});

describe('staleOutputFiles', () => {
  const startedAt = 1_000_000;
  const before = startedAt - 60_000;
  const after = startedAt + 5_000;

  test("does not ask a page or another step's file when it was modified", () => {
    const unasked = () => {
      throw new Error('stat');
    };
    const files = [
      { path: 'documents/a/index.html', modified: unasked },
      { path: 'pagefind/pagefind.js', modified: unasked },
    ];
    expect(staleOutputFiles(files, new Set(['documents/a/index.html']), startedAt)).toEqual([]);
  });

  test("keeps this build's pages even when they were left in place from the last build", () => {
    const files = [{ path: 'documents/a/index.html', modified: () => before }];
    expect(staleOutputFiles(files, new Set(['documents/a/index.html']), startedAt)).toEqual([]);
  });

  test('removes the pages of documents no longer in the edition', () => {
    const files = [
      { path: 'documents/a/index.html', modified: () => before },
      { path: 'documents/gone/index.html', modified: () => before },
    ];
    expect(staleOutputFiles(files, new Set(['documents/a/index.html']), startedAt)).toEqual(['documents/gone/index.html']);
  });

  test('keeps what the build wrote (assets, public files) and removes older assets', () => {
    const files = [
      { path: '_astro/index.new.css', modified: () => after },
      { path: '_astro/index.old.css', modified: () => before },
      { path: 'robots.txt', modified: () => after },
    ];
    expect(staleOutputFiles(files, new Set(), startedAt)).toEqual(['_astro/index.old.css']);
  });

  test('leaves the open data and search index to what keeps them up to date', () => {
    const files = [
      { path: 'pagefind/pagefind-entry.json', modified: () => before },
      { path: 'data/documents/gone.json', modified: () => before },
      { path: 'documents/gone.txt', modified: () => before },
    ];
    expect(staleOutputFiles(files, new Set(), startedAt)).toEqual([]);
  });
});
