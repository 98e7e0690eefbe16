/**
 * Whether a result really matches what was searched for. When a word is in
 * no document, Pagefind searches for the longest beginning of it that is a
 * word of the index (Pagefind PR #315), which helps a reader typing
 * `installa` (indexed as `instal`) but makes `verbatim` find every `V.`,
 * `Bogomolof` every `(b)` and `8601` a note marker `86`. A searched word
 * counts as found when a matched word shares with it a beginning of at least
 * three letters and more than half its length. Pure.
 */
import { nameTokens } from '../../site/search/name-tokens.ts';

/** Letters a matched word must share with a searched word, at the start, to count. */
function needed(word: string): number {
  return Math.min(word.length, Math.max(3, Math.floor(word.length / 2) + 1));
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The words of `query` that none of `matched` (the words of a result at
 * Pagefind's match locations) stands for: empty when the result matches.
 */
export function unmatchedWords(query: string, matched: readonly string[]): string[] {
  const found = matched.flatMap((word) => nameTokens(word));
  return nameTokens(query).filter((word) => !found.some((token) => sharedStart(word, token) >= needed(word)));
}
