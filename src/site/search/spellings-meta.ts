/**
 * The other spellings of a document, as they travel in Pagefind's metadata
 * (`meta.spellings`, a string): the document page writes them, the search page
 * reads them back to show the document's own spelling in the snippet when a
 * search matched only another one. Compact JSON, checked on the way back in.
 */
import type { OtherSpellings } from './other-spellings.ts';

/** One entry as the search page needs it: display name, the document's spelling (or null), the other spellings. */
export interface SpellingEntry {
  name: string;
  spelling: string | null;
  others: string[];
}

/**
 * The text of the element that holds the other spellings (`Chongqing, Jiang Jieshi`):
 * the search page counts its words to know where in Pagefind's content they lie.
 */
export function othersText(entries: readonly { others: readonly string[] }[]): string {
  return entries.flatMap((entry) => entry.others).join(', ');
}

/** `[["Chungking","Chungking",["Chongqing"]], …]`. */
export function encodeSpellings(entries: readonly OtherSpellings[]): string {
  return JSON.stringify(entries.map((entry) => [entry.name, entry.spelling, entry.others]));
}

/** The entries of `encodeSpellings`; malformed input gives none (a stale or foreign index must not break the page). */
export function decodeSpellings(value: string | undefined): SpellingEntry[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: SpellingEntry[] = [];
  for (const item of parsed) {
    if (!Array.isArray(item) || item.length !== 3) continue;
    const [name, spelling, others] = item as unknown[];
    if (typeof name !== 'string' || (spelling !== null && typeof spelling !== 'string') || !Array.isArray(others)) continue;
    out.push({ name, spelling, others: others.filter((other): other is string => typeof other === 'string') });
  }
  return out;
}
