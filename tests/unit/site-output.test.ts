import { describe, expect, test } from 'vitest';
import { isWrittenAfterAstro, staleOutputFiles } from '../../src/lib/site-output.ts';

describe('isWrittenAfterAstro', () => {
  test.each([
    ['pagefind/pagefind.js', true],
    ['pagefind/fragment/en_1a2b.pf_fragment', true],
    ['data/edition.json', true],
    ['data/documents/frus1934v04-d0001.json', true],
    ['documents/frus1934v04-d0001.txt', true],
    ['data/index.html', false],
    ['documents/frus1934v04-d0001/index.html', false],
    ['documents/notes/readme.txt', false],
    ['_astro/index.DkGf3.css', false],
    ['robots.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(isWrittenAfterAstro(path)).toBe(expected);
  });
});

describe('staleOutputFiles', () => {
  const startedAt = 1_000_000;
  const before = startedAt - 60_000;
  const after = startedAt + 5_000;

  test('does not ask a page or another step\'s file when it was modified', () => {
    const unasked = () => {
      throw new Error('stat');
    };
    const files = [
      { path: 'documents/a/index.html', modified: unasked },
      { path: 'pagefind/pagefind.js', modified: unasked },
    ];
    expect(staleOutputFiles(files, new Set(['documents/a/index.html']), startedAt)).toEqual([]);
  });

  test('keeps this build\'s pages even when they were left in place from the last build', () => {
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

  test('leaves the open data and search index to the steps that write them', () => {
    const files = [
      { path: 'pagefind/pagefind-entry.json', modified: () => before },
      { path: 'data/documents/gone.json', modified: () => before },
      { path: 'documents/gone.txt', modified: () => before },
    ];
    expect(staleOutputFiles(files, new Set(), startedAt)).toEqual([]);
  });
});
