import { parseDateline } from './dateline.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * Typescripts OCR'd from an archival copy (the memo style, seed 003's kind) keep
 * the scan's line ends: a paragraph runs over several lines at a fixed margin,
 * words are hyphenated there (`gov-` / `ernment`), and archive stamps can stand
 * between the two halves of a sentence. Web and clipped editions put a
 * paragraph on one line. This module tells the two apart and joins wrapped
 * lines back into one line per paragraph, so that the rest of the parser reads
 * every style alike.
 */

// A typed page is at most about 90 characters wide; a line past this is a web paragraph.
const MAX_TYPED_WIDTH = 100;
/** Columns of a table: the typist's run of spaces, or a tab, between cells. */
function isTableRow(text: string): boolean {
  return text.includes('   ') || text.includes('\t');
}
// The end of a sentence, a heading or a list item: a break there may be deliberate.
const CLOSED = /[.:;!?]["”’)\]]*$/;
// A letter, then the typist's hyphen at the margin: `gov-` / `ernment`.
const MARGIN_HYPHEN = /\p{L}-$/u;
// A typewriter dash at the margin: `countries--` / `profits`.
const MARGIN_DASH = /--$/;
// Lines that open something of their own, never the continuation of the line above.
const OWN_START = /^(?:\[Received\b|Present:|Subject:|Participants?:|[-•*]\s)/i;
// A paragraph number or letter at the start: `1. `, `(a) `, `(2) `.
const LABEL_START = /^(?:\(?\d{1,2}[.)]|\([a-z]\)|\([ivx]{1,5}\))\s/;

/** Where one logical line came from: a paragraph joined from several lines of the file. */
export interface UnwrappedLines {
  /** The lines with every paragraph on one line (numbered by its first source line). */
  lines: SourceLine[];
  /** Indices into `lines` of the archival furniture (still one entry per source line). */
  furniture: Set<number>;
  /** Index into `lines` where the text ends (the notes, if any, follow). */
  end: number;
}

/**
 * True when the lines keep a typescript's line ends: no line is wider than a
 * typed page, and at least two lines break in mid-sentence where the next word
 * would not have fitted (or the next line goes on in lower case) — or, for a
 * short paper, one, when the copy carries an archive's stamps (`stamped`).
 */
export function isHardWrapped(lines: readonly SourceLine[], end = lines.length, stamped = false): boolean {
  // Most transcriptions are not typescripts: one line wider than a typed page, other than a table row, tells.
  for (let index = 0; index < end; index += 1) {
    const text = lines[index].text;
    if (text.length <= MAX_TYPED_WIDTH) continue;
    const trimmed = text.trim();
    if (trimmed.length > MAX_TYPED_WIDTH && !isTableRow(trimmed)) return false;
  }
  const width = typedWidth(lines, end);
  if (width === 0) return false;
  let evidence = 0;
  for (let index = 0; index + 1 < end; index += 1) {
    const line = lines[index].text.trimEnd();
    if (line.length < 30 || line.length > MAX_TYPED_WIDTH) continue;
    const next = lines[index + 1].text.trim();
    if (!next || isTableRow(line.trim())) continue;
    if (/^\p{Ll}/u.test(next) && !CLOSED.test(line)) evidence += 1;
    else if (!CLOSED.test(line) && isFull(line, next, width)) evidence += 1;
  }
  return evidence >= (stamped ? 1 : 2);
}

/**
 * Joins the wrapped lines of each paragraph into one line: lines in a block
 * (no blank line between) that broke at the margin, and a sentence that a run
 * of furniture interrupts. A break before the margin is kept (a dateline above
 * its place, one participant per line), and so are table rows. Hyphens at the
 * margin are taken out (`concer-` / `ned` → `concerned`).
 */
export function unwrapLines(lines: readonly SourceLine[], end: number, furniture: ReadonlySet<number>): UnwrappedLines {
  const width = typedWidth(lines, end, furniture);
  const out: SourceLine[] = [];
  const outFurniture = new Set<number>();
  // The logical line being built, its index in `out`, and its last source line.
  let open: { index: number; last: string } | null = null;
  let sawBreak = false; // a blank line since the open line's last source line
  let sawFurniture = false;
  // The heading is the first block of text: a typist wraps it anywhere (`…, September 19,` / `1917, As Amended …`).
  const heading = headingBlock(lines, end, furniture);

  for (let index = 0; index < end; index += 1) {
    const line = lines[index];
    if (furniture.has(index)) {
      outFurniture.add(out.length);
      out.push(line);
      sawFurniture = true;
      continue;
    }
    const text = line.text.trim();
    if (!text) {
      sawBreak = true;
      continue;
    }
    if (open && (heading.has(index) || continues(open.last, text, width, sawBreak, sawFurniture))) {
      const previous = out[open.index].text.trimEnd();
      let joined: string;
      if (MARGIN_HYPHEN.test(previous) && /^\p{L}/u.test(text)) {
        joined = previous.slice(0, -1) + text;
      } else if (MARGIN_DASH.test(previous)) joined = previous + text;
      else joined = `${previous} ${text}`;
      out[open.index] = { no: out[open.index].no, text: joined };
      open.last = text;
    } else {
      if (sawBreak) out.push({ no: line.no, text: '' });
      out.push(line);
      open = { index: out.length - 1, last: text };
    }
    sawBreak = false;
    sawFurniture = false;
  }
  const textEnd = out.length;
  out.push(...lines.slice(end));
  return { lines: out, furniture: outFurniture, end: textEnd };
}

/**
 * Does `next` carry on the paragraph whose last line was `previous`? Within a
 * block, when `previous` broke at the margin; across archive stamps, when it
 * also stopped in mid-sentence; never across a plain blank line.
 */
function continues(previous: string, next: string, width: number, blank: boolean, furniture: boolean): boolean {
  if (blank && !furniture) return false;
  if (isTableRow(previous) || isTableRow(next) || OWN_START.test(next)) return false;
  const wrapped = MARGIN_HYPHEN.test(previous) || MARGIN_DASH.test(previous) || isFull(previous, next, width);
  if (furniture) return wrapped && !CLOSED.test(previous);
  if (LABEL_START.test(next) && CLOSED.test(previous)) return false;
  return wrapped || (/^\p{Ll}/u.test(next) && !CLOSED.test(previous));
}

/**
 * The lines after the first of the document's heading: its first block of text
 * past any classification or stamp in capitals (`SECRET`), when no line in it is
 * a stamp in capitals, a date or a bracket.
 */
function headingBlock(lines: readonly SourceLine[], end: number, furniture: ReadonlySet<number>): Set<number> {
  let index = 0;
  while (index < end) {
    while (index < end && (furniture.has(index) || !lines[index].text.trim())) index += 1;
    const block: number[] = [];
    for (; index < end && lines[index].text.trim() && !furniture.has(index); index += 1) block.push(index);
    const texts = block.map((line) => lines[line].text.trim());
    if (texts.length === 0) break;
    if (texts.every((text) => text === text.toUpperCase())) continue;
    if (block.length < 2 || texts.some((text) => text === text.toUpperCase() || /^\[/.test(text) || parseDateline(text))) return new Set();
    return new Set(block.slice(1));
  }
  return new Set();
}

/** True when the first word of `next` would not have fitted on `previous` within the margin. */
function isFull(previous: string, next: string, width: number): boolean {
  return previous.trimEnd().length + 1 + firstWord(next).length > width;
}

/**
 * The typed width: the longest line that surely broke at the margin (the next
 * goes on in lower case), else the longest line that is not a table row or furniture.
 */
function typedWidth(lines: readonly SourceLine[], end: number, furniture: ReadonlySet<number> = new Set()): number {
  let wrappedWidth = 0;
  let longest = 0;
  for (let index = 0; index < end; index += 1) {
    if (furniture.has(index)) continue;
    const text = lines[index].text.trimEnd();
    if (text.length > MAX_TYPED_WIDTH || isTableRow(text.trim())) continue;
    longest = Math.max(longest, text.length);
    const next = lines[index + 1]?.text.trim() ?? '';
    if (index + 1 < end && !furniture.has(index + 1) && /^\p{Ll}/u.test(next) && !CLOSED.test(text)) {
      wrappedWidth = Math.max(wrappedWidth, text.length);
    }
  }
  return wrappedWidth || longest;
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/, 1)[0];
}
