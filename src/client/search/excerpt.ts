/**
 * Snippets for search results, built from what Pagefind returns for a page
 * (its indexed words and the positions of the matches) as plain text parts
 * for the search page to put into text nodes and `<mark>` elements: never
 * HTML. Built here rather than taken from Pagefind's `excerpt` because a
 * document page also hands Pagefind other spellings of the names it uses
 * (see `other-spellings.ts`), and those must never be shown as the document's
 * text: when only they matched, the snippet shows the document's own spelling.
 * Snippets come from the document's text and notes, not from its opening
 * (heading, dateline, source note): Pagefind indexes those too, so that they
 * can be searched, but a snippet of header fields tells a reader nothing the
 * result's title and date do not. Also the link that takes the reader to the
 * match (a text fragment, `#:~:text=`, which needs no script on the reading
 * pages). Pure.
 */
import { findTokens, nameTokens } from '../../site/search/name-tokens.ts';
import type { SpellingEntry } from '../../site/search/spellings-meta.ts';

/** A run of snippet text; `mark` for the words that matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What a search result's data gives `resultExcerpt`. */
export interface ResultExcerptInput {
  /** Pagefind's `content`: the page's indexed words separated by spaces. */
  content: string;
  /** Pagefind's `locations`: word positions of the matches in `content`. */
  locations: readonly number[];
  /** Word position where the document's text begins (its `document-text` anchor); the words before it are the opening. */
  textStart?: number;
  /** Word position where the other spellings begin (their element's anchor), if the page has them. */
  othersStart?: number;
  /** How many words they take (see `othersText`). */
  othersLength?: number;
  /** The page's other spellings (`meta.spellings`). */
  spellings?: readonly SpellingEntry[];
  /** What the reader searched for. */
  query: string;
}

/** A match on another spelling than the document's. */
export interface SpellingMatch {
  /** Display name of the person or place (`Chiang Kai-shek`). */
  name: string;
  /** The spelling the search matched (`Jiang Jieshi`). */
  matchedAs: string;
  /** The document's own spelling (`Chiang Kai Shek`), or null when it names them otherwise. */
  spelling: string | null;
}

/** A result's snippet, the words to link to, and whether it matched by another spelling. */
export interface ResultExcerpt {
  /** Empty when nothing matched in words (a search by filters only). */
  parts: ExcerptPart[];
  /** The matched words as they stand in the text, for a text fragment link; null when there are none. */
  linkText: string | null;
  /** Set when the words searched for are only in the other spellings. */
  spelling: SpellingMatch | null;
}

/**
 * The snippet of a result: about `length` words around the densest cluster of
 * matches in the document's own text; when only other spellings matched, around
 * the document's own spelling of that name; when only the opening matched, the
 * beginning of the text.
 */
export function resultExcerpt(input: ResultExcerptInput, length = 30): ResultExcerpt {
  const { content, locations, textStart = 0, othersStart, othersLength = 0, spellings = [], query } = input;
  const all = content.split(/\s+/);
  const inOthers = (position: number) => position < textStart || (othersStart !== undefined && position >= othersStart && position < othersStart + othersLength);
  // The document's own words, without the other spellings, each with its position in Pagefind's content.
  const words: string[] = [];
  const indexOf = new Map<number, number>();
  all.forEach((word, position) => {
    if (inOthers(position) || word === '') return;
    indexOf.set(position, words.length);
    words.push(word);
  });

  const inText = locations.filter((position) => !inOthers(position) && indexOf.has(position)).map((position) => indexOf.get(position)!);
  if (inText.length > 0) {
    const parts = window(words, new Set(inText), length);
    return { parts, linkText: firstMarked(parts), spelling: null };
  }
  if (locations.length === 0) return { parts: [], linkText: null, spelling: null };
  const inSpellings = locations.some((position) => position >= textStart && inOthers(position));
  if (!inSpellings) return { parts: window(words, new Set(), length), linkText: null, spelling: null };

  const best = matchedSpelling(spellings, query);
  if (!best) return { parts: window(words, new Set(), length), linkText: null, spelling: null };
  const spelling: SpellingMatch = { name: best.entry.name, matchedAs: best.other, spelling: best.entry.spelling };
  const marked = best.entry.spelling ? findWords(words, best.entry.spelling) : [];
  const parts = window(words, new Set(marked), length);
  return { parts, linkText: marked.length > 0 ? firstMarked(parts) : null, spelling };
}

/** The entry and other spelling sharing the most words with the query, if any. */
function matchedSpelling(spellings: readonly SpellingEntry[], query: string): { entry: SpellingEntry; other: string } | null {
  const queryTokens = new Set(nameTokens(query));
  let best: { entry: SpellingEntry; other: string; score: number } | null = null;
  for (const entry of spellings) {
    for (const other of entry.others) {
      const score = nameTokens(other).filter((token) => queryTokens.has(token)).length;
      if (score > 0 && (!best || score > best.score)) best = { entry, other, score };
    }
  }
  return best;
}

/** Indexes of the words where `name` first occurs (`Chiang Kai Shek` → three words, `Kai-shek` one). */
function findWords(words: readonly string[], name: string): number[] {
  const tokens: string[] = [];
  const wordOf: number[] = [];
  words.forEach((word, index) => {
    for (const token of nameTokens(word)) {
      tokens.push(token);
      wordOf.push(index);
    }
  });
  const needle = nameTokens(name);
  const at = findTokens(tokens, needle);
  if (at < 0) return [];
  const out: number[] = [];
  for (let index = wordOf[at]; index <= wordOf[at + needle.length - 1]; index++) out.push(index);
  return out;
}

/** `length` words holding the most marked ones (the earliest such stretch), a few words of context before the first. */
function window(words: readonly string[], marked: ReadonlySet<number>, length: number): ExcerptPart[] {
  if (words.length === 0) return [];
  const lead = Math.floor(length / 4);
  const clamp = (start: number) => Math.max(0, Math.min(start, words.length - length));
  let start = 0;
  let bestCount = -1;
  for (const position of [...marked].sort((a, b) => a - b)) {
    const candidate = clamp(position - lead);
    let count = 0;
    for (const other of marked) if (other >= candidate && other < candidate + length) count++;
    if (count > bestCount) {
      bestCount = count;
      start = candidate;
    }
  }
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index++) {
    const mark = marked.has(index);
    // The space between two marked words stays inside the mark, so a phrase is one highlight.
    if (index > start) push(' ', mark && marked.has(index - 1));
    push(words[index], mark);
  }
  if (end < words.length) push(' …', false);
  return parts;
}

/** The first marked words of a snippet, without the punctuation around them (`(Henderson),` → `Henderson`). */
export function firstMarked(parts: readonly ExcerptPart[]): string | null {
  const marked = parts.find((part) => part.mark);
  if (!marked) return null;
  const text = marked.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
  return text || null;
}

/**
 * A link to a page that scrolls to and highlights `text` in browsers that
 * support text fragments, and simply opens the page in the others.
 */
export function textFragmentUrl(url: string, text: string | null): string {
  if (!text) return url;
  // In a text directive `-`, `,` and `&` are syntax, so they are percent-encoded too.
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D');
  return `${url.split('#')[0]}#:~:text=${encoded}`;
}
