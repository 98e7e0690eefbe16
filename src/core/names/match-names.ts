import { foldChar, isApostrophe, isSpace, isUpper, isWordChar } from './characters.ts';
import type { IndexedName } from './name-index.ts';
import type { TrieNode } from './trie.ts';

/** A name found in a string: characters `start`–`end`, and the form it matched. */
export interface NameMatch {
  start: number;
  end: number;
  name: IndexedName;
}

/** Where the string stands: is its first character at the start of a sentence? */
export interface MatchContext {
  atSentenceStart: boolean;
  /**
   * The string stands where only a name stands: a signature, the sender or
   * recipient of the heading. There an ordinary word that is also a name
   * (`Page`, `HULL`) is the name, at the start of the line or in capitals.
   */
  nameSlot?: boolean;
}

// Abbreviations after which a capital does not start a sentence (`Mr. Page`, `Gen. Marshall`).
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'messrs',
  'mme',
  'mlle',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'capt',
  'adm',
  'maj',
  'sgt',
  'gov',
  'sen',
  'rep',
  'hon',
  'rev',
  'prof',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'p',
  'pp',
]);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

/**
 * Finds the indexed names in `text`, leftmost first and longest at each
 * position (`Chiang Kai-shek` rather than `Chiang`; `Trans-Baikal` rather
 * than `Baikal`), without overlaps. `tries` are searched together; on a tie
 * the later trie wins (a document's aliases over the authority files).
 *
 * A name matches only at word boundaries (never inside `Chinese` or
 * `Pages`), may be followed by a possessive (`Stalin’s`: the span is
 * `Stalin`), and a capital in the name needs a capital in the text (`Page`
 * is not `page`), while a lower-case letter in the name accepts either
 * (`the Marshal` matches `The Marshal`; `CHINA` in a heading matches `China`).
 * Written in capitals, a name that is also an ordinary word (`PAGE`, `HULL`)
 * has lost the capital that told it from the word, so it is linked only
 * where a name stands (`context.nameSlot`: a signature, a heading's party).
 *
 * `matchNames("Chiang’s entourage", [trie])` → `[{ start: 0, end: 6, name: Chiang }]`.
 */
export function matchNames(text: string, tries: readonly TrieNode<IndexedName>[], context: MatchContext): NameMatch[] {
  const matches: NameMatch[] = [];
  let pos = 0;
  while (pos < text.length) {
    if (!isWordChar(text[pos]) || !isWordStart(text, pos)) {
      pos += 1;
      continue;
    }
    let best: NameMatch | null = null;
    for (const trie of tries) {
      const found = longestAt(text, pos, trie, context);
      if (found && (!best || found.end >= best.end)) best = found;
    }
    if (best) {
      matches.push(best);
      pos = best.end;
    } else {
      pos += 1;
    }
  }
  return matches;
}

/** Walks the trie from `start`, keeping the longest name that ends on a word boundary and passes the case checks. */
function longestAt(text: string, start: number, trie: TrieNode<IndexedName>, context: MatchContext): NameMatch | null {
  let node = trie;
  let best: NameMatch | null = null;
  const positions: number[] = [];
  let last = '';
  let sentenceInitial: boolean | undefined;
  for (let i = start; i < text.length; i += 1) {
    const folded = foldChar(text[i]);
    // Extra spaces, and spaces after a full stop, are not part of the key (see foldName).
    if (folded === ' ' && (last === ' ' || last === '.')) continue;
    const child = node.next.get(folded);
    if (!child) break;
    node = child;
    positions.push(i);
    last = folded;
    if (node.values.length === 0 || !endsName(text, i + 1, text[i])) continue;
    for (const name of node.values) {
      if (!capitalsMatch(name, text, positions)) continue;
      if (name.ordinaryWord && !context.nameSlot) {
        if (inCapitals(text, start, i + 1)) continue;
        sentenceInitial ??= isSentenceInitial(text, start, context);
        if (sentenceInitial) continue;
      }
      best = { start, end: i + 1, name };
      if (name.alias) break;
    }
  }
  return best;
}

/** A word begins at `pos`: no letter or digit before it, nor a letter and an apostrophe (`O’Brien`). */
function isWordStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const before = text[pos - 1];
  if (isWordChar(before)) return false;
  if (isApostrophe(before) && isWordChar(text[pos - 2])) return false;
  return true;
}

/** A name may end at `end`: the word ends there, or a possessive `’s` follows. */
function endsName(text: string, end: number, lastChar: string): boolean {
  if (!isWordChar(lastChar)) return true;
  const next = text[end];
  if (isWordChar(next)) return false;
  if (isApostrophe(next) && isWordChar(text[end + 1])) {
    // `Stalin’s` is Stalin; `D’Arcy` is not D.
    return (text[end + 1] === 's' || text[end + 1] === 'S') && !isWordChar(text[end + 2]);
  }
  return true;
}

/** Is `text[start, end)` written in capitals, with no lower-case letter (`PAGE`, not `Page`)? */
function inCapitals(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  return span !== span.toLowerCase() && span === span.toUpperCase();
}

function capitalsMatch(name: IndexedName, text: string, positions: readonly number[]): boolean {
  for (let d = 0; d < positions.length; d += 1) if (name.capitals[d] && !isUpper(text[positions[d]])) return false;
  return true;
}

/**
 * Is the word at `start` the first of a sentence? Looks back over spaces and
 * opening quotes: a full stop, question or exclamation mark (not after `Mr.`
 * or an initial) or the start of a paragraph means yes.
 */
export function isSentenceInitial(text: string, start: number, context: MatchContext): boolean {
  let i = start - 1;
  while (i >= 0 && (isSpace(text[i]) || OPENERS.has(text[i]))) i -= 1;
  if (i < 0) return context.atSentenceStart;
  const char = text[i];
  if (char === '!' || char === '?' || char === ':') return true;
  if (char !== '.') return false;
  let wordStart = i;
  while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart -= 1;
  const word = text.slice(wordStart, i);
  if (word.length === 1 && isUpper(word)) return false; // an initial: `J. K. Clark Kerr`
  return !TITLE_ABBREVIATIONS.has(word.toLowerCase());
}
