import type { Inline } from '../model/parsed-document.ts';

/** Stands for a footnote marker in flattened text: one character, never in a transcription. */
export const NOTE_MARK = '\uE000';

/** Where a run of flattened text came from. */
export interface FlatPiece {
  /** Index of the inline in the block's or note's content. */
  inline: number;
  /** Offsets of the run in the flattened text. */
  from: number;
  to: number;
  type: Inline['type'];
  /** For a note marker: index of the note in `ParsedDocument.footnotes`. */
  note?: number;
}

/** A block's or note's inlines as one searchable string, with the way back to each inline. */
export interface FlatText {
  text: string;
  pieces: FlatPiece[];
}

/**
 * Joins inlines into one string so that a reference reads across them: words
 * as they are, an editor's bracket as `[value]` (so `Your 250 [260]` can read
 * the correction), a note marker as `NOTE_MARK`, a page break as nothing (the
 * parser keeps the space around it).
 *
 * `text "Your 1359."`, `noteRef 2`, `text " Foreign"` → `"Your 1359.\uE000 Foreign"`.
 */
export function flattenInlines(content: readonly Inline[]): FlatText {
  let text = '';
  const pieces: FlatPiece[] = [];
  content.forEach((inline, index) => {
    const from = text.length;
    if (inline.type === 'text') text += inline.value;
    else if (inline.type === 'emendation') text += `[${inline.value}]`;
    else if (inline.type === 'noteRef') text += NOTE_MARK;
    pieces.push({ inline: index, from, to: text.length, type: inline.type, ...(inline.type === 'noteRef' ? { note: inline.note } : {}) });
  });
  return { text, pieces };
}

/**
 * Maps a match in flattened text back to one inline: the first text run it
 * overlaps, clipped to that run. A reference read across an editor's bracket
 * (`Department's 402 [132?], February 5`) is thus marked on its first words.
 * Null when the match covers no text run.
 */
export function locateInInline(flat: FlatText, start: number, end: number): { inline: number; start: number; end: number } | null {
  for (const piece of flat.pieces) {
    if (piece.type !== 'text' || piece.to <= start || piece.from >= end) continue;
    const from = Math.max(start, piece.from);
    const to = Math.min(end, piece.to);
    // Trailing spaces and commas are not part of the words to mark.
    let clippedEnd = to;
    while (clippedEnd > from && /[\s,;]/.test(flat.text[clippedEnd - 1])) clippedEnd -= 1;
    if (clippedEnd <= from) continue;
    return { inline: piece.inline, start: from - piece.from, end: clippedEnd - piece.from };
  }
  return null;
}

/**
 * The note whose marker follows position `end` after at most some punctuation
 * and spaces (`my 1307, October 8, 5 p.m.,⁸⁷` → note of marker 87), or null.
 */
export function noteAfter(flat: FlatText, end: number): number | null {
  let position = end;
  while (position < flat.text.length && /[\s,.;:)”"’]/.test(flat.text[position])) position += 1;
  if (flat.text[position] !== NOTE_MARK) {
    // The marker may also stand inside the match, right after its last word.
    if (end > 0 && flat.text[end - 1] === NOTE_MARK) position = end - 1;
    else return null;
  }
  const piece = flat.pieces.find((candidate) => candidate.from === position && candidate.type === 'noteRef');
  return piece?.note ?? null;
}

/** Removes note marks from flattened text: the reference's words as printed. */
export function withoutMarks(text: string): string {
  return text.replaceAll(NOTE_MARK, '').replace(/\s+/g, ' ').trim();
}
