/**
 * Which spellings of a person's or place's name a document does not contain,
 * from the authority files (`name`, `modern`, `variants`). The document page
 * hands them to Pagefind in an element readers never see, so that a search
 * for today's romanization (`Chongqing`, `Jiang Jieshi`) or another source's
 * (`Sin Kiang`) finds the document that says `Chungking`, `Chiang Kai Shek` or
 * `Sinkiang`. Pure: authority entries and the document's text in, spellings out.
 */
import { tokenKey } from './name-tokens.ts';

/** What the authority files say about how a person or place is named. */
export interface AuthorityNames {
  id: string;
  /** Display name (`Chungking`, `Chiang Kai-shek`). */
  name: string;
  /** Today's name, places only (`Chongqing`). */
  modern?: string | null;
  /** Other spellings (`Sin Kiang`, `Jiang Jieshi`). */
  variants?: readonly string[];
}

/** The spellings of one person or place that a document lacks, and the one it uses. */
export interface OtherSpellings {
  id: string;
  /** Display name, for telling the reader what matched. */
  name: string;
  /**
   * The document's own spelling as printed (`Chiang Kai Shek`, `CHUNGKING`),
   * the longest authority form found in its text; null when the document names
   * it only in a form outside the authority file (a sidecar alias such as `the Generalissimo`).
   */
  spelling: string | null;
  /** Authority spellings not in the document, one per distinct word sequence, in authority order. */
  others: string[];
}

/** Every spelling of an entry, display name first, modern name second, without repeats. */
export function authorityForms(entry: AuthorityNames): string[] {
  return [...new Set([entry.name, entry.modern ?? '', ...(entry.variants ?? [])].filter((form) => form.trim() !== ''))];
}

/**
 * For each entry, the spellings the text lacks (as a search engine compares
 * words: case, accents and hyphens aside) and the spelling it has. Entries
 * whose every spelling is already in the text are left out.
 */
export function otherSpellings(entries: readonly AuthorityNames[], text: string): OtherSpellings[] {
  if (entries.length === 0) return [];
  const folded = foldWithOffsets(text);
  const out: OtherSpellings[] = [];
  for (const entry of entries) {
    let spelling: string | null = null;
    let spellingWords = 0;
    const present = new Set<string>();
    const absent = new Map<string, string>();
    for (const { form, key } of keyedForms(entry)) {
      if (present.has(key) || absent.has(key)) continue;
      const found = findForm(folded, key);
      if (!found) {
        absent.set(key, form);
        continue;
      }
      present.add(key);
      // The longest form found is the most telling (`Chiang Kai Shek` rather than `Chiang`).
      const words = key.split(' ').length;
      if (words > spellingWords) {
        spelling = found;
        spellingWords = words;
      }
    }
    const others = [...absent.values()];
    if (others.length > 0) out.push({ id: entry.id, name: entry.name, spelling, others });
  }
  return out;
}

/** The entries any of whose spellings occurs in the text (e.g. a dateline's `CHUNGKING`, which the name matcher leaves unlinked). */
export function entriesNamedIn(entries: readonly AuthorityNames[], text: string): AuthorityNames[] {
  const folded = foldWithOffsets(text);
  return entries.filter((entry) => keyedForms(entry).some(({ key }) => findForm(folded, key) !== null));
}

// An edition's few hundred authority entries are checked against every one of its
// thousands of documents: their forms' keys and patterns are worked out once.
const formsOfEntry = new WeakMap<AuthorityNames, { form: string; key: string }[]>();
const patternOfKey = new Map<string, RegExp>();

/** An entry's spellings with their token keys (`sin kiang`), those without a word left out. */
function keyedForms(entry: AuthorityNames): { form: string; key: string }[] {
  let forms = formsOfEntry.get(entry);
  if (!forms) {
    forms = authorityForms(entry).flatMap((form) => {
      const key = tokenKey(form);
      return key ? [{ form, key }] : [];
    });
    formsOfEntry.set(entry, forms);
  }
  return forms;
}

/** The words of a token key as whole words of a folded text, any separators between them. */
function keyPattern(key: string): RegExp {
  let pattern = patternOfKey.get(key);
  if (!pattern) {
    const words = key.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u');
    patternOfKey.set(key, pattern);
  }
  return pattern;
}

interface Folded {
  original: string;
  /** Lower-case, accents removed. */
  text: string;
  /**
   * For each code unit of `text`, the offset in `original` of the character it
   * came from (one extra entry: the end); null when every character folded to one code unit in place.
   */
  offsets: number[] | null;
}

/** ASCII and general punctuation (’ “ — …): characters that fold to one code unit, the same or lower-cased. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const FOLDS_IN_PLACE = /^[\x00-\x7F\u2000-\u206F]*$/;
/** Any other character (a whole code point). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const NEEDS_FOLDING = /[^\x00-\x7F\u2000-\u206F]/gu;

/** Lower-cases and strips accents, remembering where each folded character came from so a match can be cut from the original. */
function foldWithOffsets(original: string): Folded {
  if (FOLDS_IN_PLACE.test(original)) return { original, text: original.toLowerCase(), offsets: null };
  const parts: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  // Runs of characters that fold in place are lower-cased whole; the others one by one.
  for (const match of original.matchAll(NEEDS_FOLDING)) {
    parts.push(original.slice(at, match.index).toLowerCase());
    for (; at < match.index; at++) offsets.push(at);
    const folded = match[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i < folded.length; i++) offsets.push(at);
    parts.push(folded);
    at += match[0].length;
  }
  parts.push(original.slice(at).toLowerCase());
  for (; at <= original.length; at++) offsets.push(at);
  return { original, text: parts.join(''), offsets };
}

/** The original text of the first occurrence of a token key (`sin kiang`) as whole words, any separators between them, or null. */
function findForm(folded: Folded, key: string): string | null {
  const match = keyPattern(key).exec(folded.text);
  if (!match) return null;
  const end = match.index + match[0].length;
  return folded.offsets ? folded.original.slice(folded.offsets[match.index], folded.offsets[end]) : folded.original.slice(match.index, end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
