/**
 * Character classes and folding shared by the name matcher and the unindexed
 * report. Names are compared on folded text (lower case, one apostrophe, one
 * hyphen, one space) so that `Stalin’s` and `Stalin's`, `Kai–shek` and
 * `Kai-shek` meet in the same trie path; case is checked afterwards.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', 'ꞌ']);
const DASHES = new Set(['-', '‐', '‑', '–', '—']);

// The matcher asks these questions of every character of the edition, so ASCII,
// by far the most common case, is answered from the code point without a regex.

/** True for letters, digits and combining marks: the characters a word is made of. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(char);
}

/** True for an upper-case letter. */
export function isUpper(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
}

/** True for a straight or curly apostrophe. */
export function isApostrophe(char: string | undefined): boolean {
  return char !== undefined && APOSTROPHES.has(char);
}

/** True for whitespace of any kind (space, no-break space, tab, line break). */
export function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(char);
}

/** The form a character takes in the trie: lower case, `'` for apostrophes, `-` for dashes, ` ` for spaces. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 32 || (code >= 9 && code <= 13)) return ' ';
    return char;
  }
  if (APOSTROPHES.has(char)) return "'";
  if (DASHES.has(char)) return '-';
  if (isSpace(char)) return ' ';
  return char.toLowerCase();
}

/**
 * A name as a trie key: each character folded, runs of spaces made one, and
 * the space after a full stop dropped (`V. M. Molotov` and `V.M. Molotov`
 * are the same name). Returns the key and, for each key character, the
 * character of the name it came from (for the case check).
 */
export function foldName(name: string): { key: string; source: string[] } {
  let key = '';
  const source: string[] = [];
  // UTF-16 units, as the text is walked: offsets in the text are UTF-16 offsets.
  const trimmed = name.trim();
  for (let i = 0; i < trimmed.length; i += 1) {
    const char = trimmed[i];
    const folded = foldChar(char);
    const last = key.at(-1);
    if (folded === ' ' && (last === ' ' || last === '.')) continue;
    key += folded;
    source.push(char);
  }
  return { key, source };
}
