import type { Emendation } from '../schemas/document.ts';
import type { Inline } from '../model/parsed-document.ts';

/**
 * Footnote markers, once located, are written into the line as
 * `\uE000<note index>\uE001` (private-use characters never found in a
 * transcription), so that later steps see them as single tokens.
 */
export const MARKER_OPEN = '\uE000';
export const MARKER_CLOSE = '\uE001';
export const MARKER_PATTERN = /\uE000(\d+)\uE001/g;

/** Writes the token that stands for footnote `index` in a line. */
export function markerToken(index: number): string {
  return `${MARKER_OPEN}${index}${MARKER_CLOSE}`;
}

/** Removes marker tokens, giving the words as printed without their note markers. */
export function stripMarkers(text: string): string {
  return text.includes(MARKER_OPEN) ? text.replace(MARKER_PATTERN, '') : text;
}

/** Indices of the notes whose markers stand in `text`. */
export function markersIn(text: string): number[] {
  if (!text.includes(MARKER_OPEN)) return [];
  return [...text.matchAll(MARKER_PATTERN)].map((match) => Number(match[1]));
}

// `[Page 668]`, `[Page xii]`: a printed page boundary, not words of the document.
const PAGE_BREAK = /^\[Page ([0-9ivxlcdmIVXLCDM]+[a-z]?)\]$/;

/**
 * Splits a line of body or note text into inlines: the document's words, note
 * markers, page breaks and editorial brackets. `notes` maps a note index to its
 * printed marker. Emendations found are pushed onto `emendations` with `lineNo`.
 *
 * `rend [find?] it` → text "rend ", emendation "find?" (query), text " it".
 */
export function parseInline(text: string, notes: readonly { n: string }[], lineNo: number, emendations: Emendation[]): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === MARKER_OPEN) {
      const close = text.indexOf(MARKER_CLOSE, i);
      const note = Number(text.slice(i + 1, close));
      flush();
      out.push({ type: 'noteRef', n: notes[note]?.n ?? String(note + 1), note });
      i = close + 1;
      continue;
    }
    if (char === '[') {
      const close = matchingBracket(text, i);
      if (close > i) {
        const inner = text.slice(i + 1, close);
        const page = PAGE_BREAK.exec(text.slice(i, close + 1));
        flush();
        if (page) {
          out.push({ type: 'pageBreak', page: page[1] });
          // `[Page 668] aid`: the space before or after the marker is kept once.
          if (text[close + 1] === ' ' && (out.length === 1 || endsWithSpace(out))) i = close + 2;
          else i = close + 1;
          continue;
        }
        const value = stripMarkers(inner);
        const query = value.includes('?');
        out.push({ type: 'emendation', value, query });
        emendations.push({ text: value, query, line: lineNo });
        // A note marker inside the brackets is kept, after them.
        for (const note of markersIn(inner)) out.push({ type: 'noteRef', n: notes[note]?.n ?? String(note + 1), note });
        i = close + 1;
        continue;
      }
    }
    // Copy the plain run up to the next bracket or marker in one slice (found by the engine's own search).
    const bracket = text.indexOf('[', i + 1);
    const marker = text.indexOf(MARKER_OPEN, i + 1);
    const next = Math.min(bracket < 0 ? text.length : bracket, marker < 0 ? text.length : marker);
    buffer += text.slice(i, next);
    i = next;
  }
  flush();
  return out;
}

function endsWithSpace(inlines: Inline[]): boolean {
  for (let index = inlines.length - 1; index >= 0; index -= 1) {
    const inline = inlines[index];
    if (inline.type === 'text' || inline.type === 'emendation') return /\s$/.test(inline.value);
  }
  return true;
}

/** Index of the `]` closing the `[` at `open`, allowing nesting; -1 when unclosed. */
export function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Plain text of inlines: words and editorial brackets as printed, no markers or page breaks. */
export function inlineText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.type === 'text') text += inline.value;
    else if (inline.type === 'emendation') text += `[${inline.value}]`;
  }
  return text;
}
