/**
 * Names compared the way a search engine sees them: as sequences of word
 * tokens, lower-case and without accents, so that `Chiang Kai-shek`,
 * `Chiang Kai Shek` and `CHIANG KAI-SHEK` are one name, and `Ürümqi` is
 * `Urumqi`. Shared by the page (which spellings a document already has) and
 * the search page (where a match falls in the text). Pure.
 */

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** `Chiang Kai-shek` → `['chiang', 'kai', 'shek']`; `Ürümqi` → `['urumqi']`. */
export function nameTokens(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** Index in `haystack` where the token sequence `needle` starts (from `from` on), or -1. */
export function findTokens(haystack: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let start = Math.max(0, from); start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return start;
  }
  return -1;
}

/** One key per name as a search engine sees it (`chiang kai shek`), for de-duplicating spellings. */
export function tokenKey(text: string): string {
  return nameTokens(text).join(' ');
}
