import { isFileNumberStamp } from './file-numbers.ts';
import type { SourceLine } from './source-lines.ts';
import { isBlank, wordCount } from './source-lines.ts';

/*
 * Archival furniture: what a scan of an archival copy carries besides the text
 * (seed 003, the memo style) — library and archive stamps, declassification
 * checklists, record-group and box labels, the Department's received and filed
 * stamps, the typist's sheet numbers, fragments the OCR made of them. It stands
 * in blocks of its own between paragraphs, even in mid-sentence, and belongs in
 * the provenance box, not the text.
 */

const MONTH_STAMP = '(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)';

// A line that only an archival copy carries: its words say so.
const ARCHIVAL_MARK = new RegExp(
  [
    `Reproduced (?:from|at) the`,
    `Library of Congress`,
    `National Archives`,
    `Presidential Library`,
    String.raw`\bDeclassif`,
    String.raw`\bDECLASSIF`,
    String.raw`\bE\.?\s?O\.?\s?1[0-3]\d{3}\b`,
    String.raw`Authority:?\s+NN[DF]`,
    String.raw`\bNARA\b`,
    `Retain class`,
    `With concurrence of`,
    `Change/classify`,
    String.raw`\b(?:Container|Box|Folder)\s+\d+`,
    String.raw`^RG\s+\d+`,
    `ACCUSED BY`,
    `Classification (?:changed|continued|cancel)`,
    String.raw`\bFOIA\b`,
    String.raw`Exemptions? \(?b\)?\(?\d`,
    String.raw`Review(?:ed)? by\s*_{2,}`,
    // The Department's own stamps: received, filed, dated, the division that had the paper.
    `^DEPARTMENT OF STATE$`,
    String.raw`^(?:RECEIVED|FILED|REC'D|RECD)\.?$`,
    `^DIVISION OF [A-Z][A-Z ,&'-]+$`,
    String.raw`^${MONTH_STAMP}\.?\s+\d{1,2},?\s+\d{4}$`,
  ].join('|'),
);

// The typist's sheet number: `- 2 -`, `-2-`, `- 12 -`; a bare `2` only in a typescript.
const SHEET_NUMBER = /^-\s?\d{1,3}\s?-$/;
const BARE_NUMBER = /^\d{1,3}$/;
// A few capitals the OCR made of a stamp: `EMO`.
const STAMP_FRAGMENT = /^[A-Z]{2,5}$/;

/** A maximal run of furniture lines: indices into the lines array. */
export interface FurnitureRun {
  lines: number[];
}

/**
 * Finds the blocks of archival furniture between `from` and `to`. A block (lines
 * with no blank between them) is furniture when every line is short and not a
 * sentence and one carries an archival mark (`Library of Congress`,
 * `Container 172`, `RG 59`, `RECEIVED`), so box labels such as
 * `322 / HARRIMAN / Conversation` travel with the stamp that identifies them;
 * or when it holds only sheet numbers, file-number stamps or stamp fragments and
 * stands next to other furniture, or in a typescript (`typescript`: the
 * transcription keeps a typed page's line ends), anywhere.
 */
export function findFurniture(lines: readonly SourceLine[], from: number, to: number, typescript = false): FurnitureRun[] {
  const blocks = blocksOf(lines, from, to);
  const kinds = blocks.map((block) => blockKind(block, lines, typescript));
  // Fragments and sheet numbers next to a stamp are part of it, however far the chain runs.
  const furniture = kinds.map((kind) => kind === 'marked');
  for (let changed = true; changed; ) {
    changed = false;
    kinds.forEach((kind, index) => {
      if (furniture[index] || (kind !== 'stray' && kind !== 'sheet')) return;
      if (kind === 'sheet' || furniture[index - 1] || furniture[index + 1]) {
        furniture[index] = true;
        changed = true;
      }
    });
  }
  return blocks.filter((_block, index) => furniture[index]).map((block) => ({ lines: block }));
}

type BlockKind = 'marked' | 'sheet' | 'stray' | 'text';

/** What a block is: stamped furniture, a sheet number, stray stamp marks, or text. */
function blockKind(block: readonly number[], lines: readonly SourceLine[], typescript: boolean): BlockKind {
  // Stamps are short: a block with a line of prose is text, and most blocks are.
  if (block.some((index) => lines[index].text.length > 200)) return 'text';
  const texts = block.map((index) => lines[index].text.trim());
  if (texts.every(isFurnitureShaped) && texts.some((text) => ARCHIVAL_MARK.test(text))) return 'marked';
  if (texts.every((text) => SHEET_NUMBER.test(text) || (typescript && BARE_NUMBER.test(text)))) return 'sheet';
  if (texts.every((text) => SHEET_NUMBER.test(text) || isFileNumberStamp(text) || STAMP_FRAGMENT.test(text))) return 'stray';
  return 'text';
}

/** The non-blank lines between `from` and `to`, grouped into blocks that blank lines separate. */
function blocksOf(lines: readonly SourceLine[], from: number, to: number): number[][] {
  const blocks: number[][] = [];
  let block: number[] = [];
  for (let index = from; index < to; index += 1) {
    if (isBlank(lines[index])) {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(index);
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** Short lines that are not sentences: stamps, labels, checklist items. */
function isFurnitureShaped(text: string): boolean {
  // No stamp or label runs to 200 characters; most lines of prose do.
  if (text.length > 200) return false;
  const trimmed = text.replace(/^[-•*]\s+/, '');
  if (ARCHIVAL_MARK.test(trimmed)) return wordCount(trimmed) <= 14;
  if (wordCount(trimmed) > 6) return false;
  // A sentence ends in a full stop after a lower-case word; labels do not.
  return !/\p{Ll}{2,}[.!?]["”’]?$/u.test(trimmed);
}

/** The file number stamped on the copy (`611.3231/684`), if a furniture line is one. */
export function stampedFileNumber(furniture: readonly string[]): string | null {
  return furniture.find((text) => isFileNumberStamp(text))?.trim() ?? null;
}

/**
 * Names the archival source the furniture points to, from its stamp and label:
 * `Manuscript Division, Library of Congress, Container 172`. Null when the
 * furniture names no repository or container.
 */
export function archivalSourceOf(furniture: readonly string[]): string | null {
  const parts: string[] = [];
  for (const text of furniture) {
    const collection = /Collections? of (?:the )?(.+?)\.?$/i.exec(text);
    if (collection) parts.push(collection[1].trim());
    else if (/^(?:Reproduced at the )?(?:National Archives|Library of Congress)/.test(text.trim())) parts.push(text.trim().replace(/^Reproduced at the /, ''));
  }
  for (const text of furniture) {
    const group = /^(RG\s+\d+)$/.exec(text.trim());
    if (group) parts.push(`Record Group ${group[1].slice(2).trim()}`);
  }
  for (const text of furniture) {
    const container = /\b((?:Container|Box|Folder)\s+\d+\w*)/.exec(text);
    if (container) parts.push(container[1]);
  }
  return parts.length ? [...new Set(parts)].join(', ') : null;
}
