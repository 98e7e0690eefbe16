import type { Mention } from '../model/text-spans.ts';
import type { Inline, ParsedDocument } from '../model/parsed-document.ts';
import { isSentenceInitial, matchNames } from './match-names.ts';
import { buildAliasIndex, type IndexedName, type NameIndex } from './name-index.ts';
import type { TrieNode } from './trie.ts';

export { buildNameIndex, type NameIndex } from './name-index.ts';

/** One run of words the linker reads: a `text` or `emendation` inline, with where it stands. */
export interface TextRun {
  part: 'body' | 'note';
  /** Block or note index. */
  index: number;
  /** Inline index within the block's or note's content. */
  inline: number;
  value: string;
  /** The document's own words, or an editor's bracketed insertion. */
  type: 'text' | 'emendation';
  /** Does `value` begin a sentence (first words of a paragraph or note, or after a full stop)? */
  atSentenceStart: boolean;
  /** A signature line: what it names is a name (`HULL`), even as the line's first word. */
  nameSlot: boolean;
}

/**
 * Every run of words in a document, body blocks first and then notes, each in
 * order: the places where names can stand. Page breaks and note markers
 * between runs are skipped, but the words before them still decide whether
 * a run begins a sentence (`in [Page 828] China` continues the sentence).
 */
export function textRuns(parsed: ParsedDocument): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (part: TextRun['part'], index: number, content: readonly Inline[], nameSlot = false) => {
    let before = '';
    content.forEach((inline, position) => {
      if (inline.type !== 'text' && inline.type !== 'emendation') return;
      const atSentenceStart = isSentenceInitial(before, before.length, { atSentenceStart: true });
      runs.push({ part, index, inline: position, value: inline.value, type: inline.type, atSentenceStart, nameSlot });
      // Only the tail matters for the next run's sentence test.
      before = `${before} ${inline.value}`.slice(-40);
    });
  };
  parsed.body.forEach((block, index) => {
    visit('body', index, block.content, block.role === 'signature');
  });
  parsed.footnotes.forEach((note, index) => {
    visit('note', index, note.content);
  });
  return runs;
}

/**
 * Finds mentions of indexed people and places in a document's body and notes
 * (`text` and `emendation` inlines; offsets are within the inline's value), in
 * document order: body blocks first, then notes. `aliases` are the names this
 * document establishes for itself (`{"the Marshal": "stalin"}`); they apply
 * here only and win over the authority files where both match.
 *
 * `Bertram Hinsky [Vyshinsky?]` → the emendation `Vyshinsky` links to Vyshinsky.
 */
export function findMentions(parsed: ParsedDocument, index: NameIndex, aliases: Readonly<Record<string, string>>): Mention[] {
  const tries = triesFor(index, aliases);
  const mentions: Mention[] = [];
  for (const run of textRuns(parsed)) {
    for (const match of matchNames(run.value, tries, { atSentenceStart: run.atSentenceStart, nameSlot: run.nameSlot })) {
      mentions.push({
        part: run.part,
        index: run.index,
        inline: run.inline,
        start: match.start,
        end: match.end,
        kind: match.name.kind,
        id: match.name.id,
        text: run.value.slice(match.start, match.end),
      });
    }
  }
  return mentions;
}

/** The authority files' trie, and the document's aliases' if it has any (searched last, so they win ties). */
export function triesFor(index: NameIndex, aliases: Readonly<Record<string, string>>): TrieNode<IndexedName>[] {
  if (Object.keys(aliases).length === 0) return [index.trie];
  return [index.trie, buildAliasIndex(aliases, index).trie];
}
