import type { Emendation, Warning } from '../schemas/document.ts';
import { parseBody } from './body.ts';
import { inferDocumentType } from './document-type.ts';
import { extractInlineNotes, findTrailingNotes, type NoteDefinition } from './footnote-lists.ts';
import { archivalSourceOf, findFurniture, stampedFileNumber } from './furniture.ts';
import { isHardWrapped, unwrapLines } from './hard-wrap.ts';
import { parseDateline, type Dateline } from './dateline.ts';
import { parseHeader } from './header.ts';
import { inlineText, markerToken, parseInline, stripMarkers } from './inline.ts';
import { locateMarkers } from './note-markers.ts';
import { CLOSING_PLACE, findSignatures } from './signature.ts';
import { splitLines, type SourceLine } from './source-lines.ts';
import type { Block, ParsedDocument, ParsedFootnote } from '../model/parsed-document.ts';

/** What the parser may know from outside the document. */
export interface ParseOptions {
  /**
   * The note number expected first, when the previous document of the same
   * volume ended at the one before (web editions number notes across a volume).
   * A hint only: the document's own numbering decides.
   */
  expectedFirstMarker?: number;
}

/**
 * Parses one raw transcription into header fields, an annotated body, notes,
 * page breaks, emendations and provenance. Pure: the same text always gives
 * the same result, and it never throws on odd input — what it cannot place
 * goes into the body with a warning naming the line.
 */
export function parseDocument(raw: string, options: ParseOptions = {}): ParsedDocument {
  const warnings: Warning[] = [];
  let lines = splitLines(stripPrivateUse(raw, warnings));
  warnings.push(...encodingWarnings(lines));

  // 1. Notes: inline word-processor notes, or a list at the end whose markers
  //    are found in the text by their numbering.
  const inline = extractInlineNotes(lines, (_marker, index) => markerToken(index));
  warnings.push(...inline.warnings);
  lines = inline.lines;
  let definitions: NoteDefinition[] = inline.notes;
  let markerValues: string[] = definitions.map((note) => note.marker ?? String(note.listNumber));
  let end = lines.length;
  if (definitions.length === 0) {
    const trailing = findTrailingNotes(lines);
    definitions = trailing.notes;
    end = trailing.start;
    const placed = placeMarkers(lines, end, definitions, warnings, options.expectedFirstMarker);
    lines = placed.lines;
    markerValues = placed.values;
  }

  // 2. Archival furniture (stamps, labels) anywhere above the notes; then, in a
  //    typescript that keeps its line ends, one line per paragraph again.
  let runs = findFurniture(lines, 0, end);
  const typescript = isHardWrapped(lines, end, runs.length > 0);
  // In a typescript a bare figure between paragraphs is a sheet number too.
  if (typescript) runs = findFurniture(lines, 0, end, true);
  let furnitureLines = new Set(runs.flatMap((run) => run.lines));
  const furniture = [...furnitureLines].sort((a, b) => a - b).map((index) => ({ text: lines[index].text.trim(), line: lines[index].no }));
  if (typescript) {
    const unwrapped = unwrapLines(lines, end, furnitureLines);
    ({ lines, end } = unwrapped);
    furnitureLines = unwrapped.furniture;
  }

  // 3. Header.
  const header = parseHeader(lines, end, furnitureLines, warnings);

  // 4. Signature: signature-shaped lines at the very end of the text.
  const bodyIndices: number[] = [];
  for (let index = header.bodyStart; index < end; index += 1) {
    if (!furnitureLines.has(index) && lines[index].text.trim()) bodyIndices.push(index);
  }
  const signatures = findSignatures(lines, bodyIndices);
  // Older papers print the place and date below the signature, not above the text.
  const dateline = header.dateline ?? (signatures.dateline === null ? null : closingDateline(lines[signatures.dateline].text));

  // 5. Notes with their printed markers, then the body.
  const emendations: Emendation[] = [];
  const footnotes: ParsedFootnote[] = definitions.map((definition, index) => {
    const n = markerValues[index];
    return { n, text: definition.text, line: definition.line, content: [] };
  });
  for (const note of footnotes) note.content = parseInline(note.text, footnotes, note.line, emendations);

  const typeEvidence = {
    source: header.source,
    sourceExtra: header.sourceExtra,
    title: header.title,
    from: header.from,
    to: header.to,
    opening: bodyIndices.length ? stripMarkers(lines[bodyIndices[0]].text).trim().slice(0, 80) : '',
    place: dateline?.place ?? null,
    hasParticipants: header.participants.length > 0,
    britishTelegram: header.britishTelegram,
    // Telegrams are timed to the minute, when sent and when received (`[Received March 5--8:20 p.m.]`).
    timed: Boolean(dateline?.date?.includes('T')) || /\d\s*[ap]\.\s?m\b|\bnoon\b|\bmidnight\b/i.test(header.received ?? ''),
  };
  const type = inferDocumentType(typeEvidence);
  const body = parseBody(lines, bodyIndices, footnotes, emendations, {
    // A telegram numbered in its header (`No. 256`) opens with its first paragraph's number, not its own.
    telegram: type === 'telegram' && header.number === null,
    signatures: new Set(signatures.names),
    signingBlock: new Set(signatures.block),
  });

  if (body.blocks.length === 0) warnings.push({ line: lines[header.bodyStart]?.no ?? 0, message: 'no body text found' });

  return {
    type,
    title: header.title,
    source: header.source,
    fileNumber: header.fileNumber ?? stampedFileNumber(furniture.map((line) => line.text)),
    sourceExtra: header.sourceExtra,
    from: header.from,
    to: header.to,
    // A British telegram's `FROM CHUNGKING TO FOREIGN OFFICE` names where it was sent from.
    place: dateline?.place ?? (header.britishTelegram ? (header.from?.role ?? null) : null),
    date: dateline?.date ?? null,
    dateText: dateline?.dateText ?? null,
    received: header.received,
    telegramNumber: type === 'telegram' && header.number !== null ? header.number : body.telegramNumber,
    number: header.number,
    classification: header.classification,
    signatures: signatures.names.map((index) => stripMarkers(lines[index].text).trim()),
    participants: header.participants,
    subject: header.subject,
    headerNotes: header.notes,
    classificationStruck: header.classificationStruck,
    body: body.blocks,
    footnotes,
    pageBreaks: pageBreaksOf(body.blocks),
    emendations,
    provenance: { archivalSource: archivalSourceOf(furniture.map((line) => line.text)), furniture },
    archivalCopy: typescript || furniture.length > 0,
    volumeNoteNumbers: inline.notes.length === 0,
    warnings,
  };
}

/** The place and date printed below a signature (`Done at Washington, May 10, 1934.`). */
function closingDateline(text: string): Dateline | null {
  return parseDateline(stripMarkers(text).trim().replace(CLOSING_PLACE, ''));
}

/**
 * Finds the markers of listed notes in the text and writes marker tokens in
 * their place. Notes whose markers cannot be found keep their list number
 * and are reported.
 */
function placeMarkers(lines: SourceLine[], end: number, definitions: readonly NoteDefinition[], warnings: Warning[], expectedFirst: number | undefined): { lines: SourceLine[]; values: string[] } {
  const values = definitions.map((note, index) => note.listNumber ?? String(index + 1));
  if (definitions.length === 0) return { lines, values };
  const text = lines.slice(0, end);
  const placed = locateMarkers(text, definitions.length, expectedFirst);
  if (!placed) {
    warnings.push({
      line: definitions[0].line,
      message: `could not find the markers of ${definitions.length} note(s) in the text; notes are kept with their list numbers`,
    });
    return { lines, values };
  }
  const out = lines.slice();
  // Replace right to left so earlier offsets on the same line stay valid.
  const found = placed.filter((marker) => marker.at).sort((a, b) => b.at!.line - a.at!.line || b.at!.start - a.at!.start);
  for (const { note, at } of found) {
    const original = out[at!.line].text;
    out[at!.line] = { no: out[at!.line].no, text: original.slice(0, at!.start) + markerToken(note) + original.slice(at!.end) };
  }
  for (const marker of placed) {
    values[marker.note] = marker.value;
    if (!marker.at) {
      warnings.push({
        line: definitions[marker.note].line,
        message: `marker of note ${marker.note + 1} not found in the text; numbered ${marker.value} from its neighbours`,
      });
    }
  }
  return { lines: out, values };
}

/** The printed pages the blocks break to, in order. */
export function pageBreaksOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => block.content.flatMap((inline) => (inline.type === 'pageBreak' ? [inline.page] : [])));
}

/**
 * Lines a reader should check: U+FFFD where the text was damaged before it
 * reached the edition (the content reader decodes every encoding it knows and
 * warns of control characters, line by line).
 */
function encodingWarnings(lines: readonly SourceLine[]): Warning[] {
  return lines.filter((line) => line.text.includes('\uFFFD')).map((line) => ({ line: line.no, message: 'U+FFFD (�) here: the text was damaged before it reached the edition' }));
}

/** The parser's marker characters must not come from the input; drop any, with a warning. */
function stripPrivateUse(raw: string, warnings: Warning[]): string {
  if (!/[\uE000\uE001]/.test(raw)) return raw;
  warnings.push({ line: 0, message: 'removed private-use characters U+E000/U+E001 from the input' });
  return raw.replace(/[\uE000\uE001]/g, '');
}

/**
 * The note number a following document of the same volume would start from,
 * given this one's notes and the hint it was parsed with.
 */
export function nextMarkerHint(footnotes: readonly { n: string }[], previous: number | undefined): number | undefined {
  for (let index = footnotes.length - 1; index >= 0; index -= 1) {
    const number = /^(\d+)/.exec(footnotes[index].n);
    if (number) return Number(number[1]) + 1;
  }
  return previous;
}

/** The body as plain text, paragraphs separated by blank lines, labels kept. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .filter((block) => !block.role)
    .map((block) => [block.label, inlineText(block.content).trim()].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}
