/** When Pagefind falls back to the beginning of a word no document has: a near miss counts, a letter or two does not. */
import { describe, expect, test } from 'vitest';
import { unmatchedWords } from '../../src/client/search/match-strength.ts';

describe('unmatchedWords', () => {
  test.each([
    ['Bogomolof', ['Bogomolov,'], []],
    ['railways', ['railway'], []],
    ['negotiations', ['negotiating'], []],
    ['rail', ['Railways.'], []],
    ['Kai-shek', ['Kai-shek,'], []],
    ['Ürümqi', ['Urumqi'], []],
    ['verbatim', ['V.', 'V.'], ['verbatim']],
    ['8601', ['86'], ['8601']],
    ['Chronology', ['(c)'], ['chronology']],
    ['Stalin verbatim', ['Stalin', 'v'], ['verbatim']],
    ['USSR', ['U.S.S.R.'], ['ussr']],
  ])('%s, matched as %j: unmatched %j', (query, matched, expected) => {
    expect(unmatchedWords(query, matched)).toEqual(expected);
  });
});
