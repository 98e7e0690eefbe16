import type { Warning } from '../schemas/document.ts';
import type { SourceLine } from './source-lines.ts';
import { isBlank } from './source-lines.ts';

/** A note's text found in the source, before its marker in the text is located. */
export interface NoteDefinition {
  /** The number the list printed before the note, if any (web editions renumber 1…K). */
  listNumber: string | null;
  /** The marker given with the note itself (word-processor `[1: …]`), when known. */
  marker: string | null;
  text: string;
  line: number;
}

/** Notes listed at the end of a transcription, and where the list begins. */
export interface TrailingNotes {
  notes: NoteDefinition[];
  /** Index into the lines array of the first line of the list (lines.length when none). */
  start: number;
}

// Web editions list notes after the text as `  1. note` (indented by spaces, renumbered from 1);
// a word processor's tab-indented `\t1.` paragraphs at the end are text.
const WEB_NOTE = /^ {1,4}(\d{1,4})\.\s+(.*\S)\s*$/;
// Web clippers write them as a markdown list whose items end in a return arrow: `- note↩`.
const CLIP_NOTE = /^-\s+(.*?)\s*↩\s*$/;

/**
 * Finds the list of notes at the end of a transcription: a run of `  N. text`
 * lines numbered 1…K, or of `- text↩` lines, with nothing but blank lines after.
 */
export function findTrailingNotes(lines: readonly SourceLine[]): TrailingNotes {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end -= 1;

  const clip = collectRun(lines, end, (line) => CLIP_NOTE.exec(line.text));
  if (clip.length > 0) {
    return {
      start: clip[0].index,
      notes: clip.map(({ match, index }) => ({ listNumber: null, marker: null, text: match[1], line: lines[index].no })),
    };
  }

  const web = collectRun(lines, end, (line) => WEB_NOTE.exec(line.text));
  // Keep only a list that counts 1, 2, … K; anything else is indented body text.
  let first = 0;
  while (first < web.length && !isNumberedFromOne(web.slice(first))) first += 1;
  const list = web.slice(first);
  if (list.length > 0) {
    return {
      start: list[0].index,
      notes: list.map(({ match, index }) => ({ listNumber: match[1], marker: null, text: match[2], line: lines[index].no })),
    };
  }
  return { notes: [], start: lines.length };
}

function collectRun(lines: readonly SourceLine[], end: number, test: (line: SourceLine) => RegExpExecArray | null): { match: RegExpExecArray; index: number }[] {
  const run: { match: RegExpExecArray; index: number }[] = [];
  for (let index = end - 1; index >= 0; index -= 1) {
    if (isBlank(lines[index])) continue;
    const match = test(lines[index]);
    if (!match) break;
    run.unshift({ match, index });
  }
  return run;
}

function isNumberedFromOne(run: { match: RegExpExecArray }[]): boolean {
  return run.every(({ match }, position) => Number(match[1]) === position + 1);
}

// Word-processor exports: `[footnoteRef:1]` where the marker stands, and the
// note's text inline after it as `[1: text]` (seed 004).
const WORD_REF = /\[footnoteRef:(\d+)\]/g;

/**
 * Takes `[footnoteRef:N]` markers and `[N: text]` notes out of the lines.
 * Returns the notes (marker = N) and the lines with each reference replaced by
 * `replaceRef(N)` and each inline note removed. Lines without either come back
 * unchanged.
 */
export function extractInlineNotes(lines: readonly SourceLine[], replaceRef: (marker: string, noteIndex: number) => string): { lines: SourceLine[]; notes: NoteDefinition[]; warnings: Warning[] } {
  const notes: NoteDefinition[] = [];
  const warnings: Warning[] = [];
  const indexByMarker = new Map<string, number>();
  for (const line of lines) {
    // `[footnoteRef:4` that never closes stays in the text as printed, and is reported.
    if (/\[footnoteRef:\d*(?![\d\]])/.test(line.text)) warnings.push({ line: line.no, message: 'a note marker `[footnoteRef:…` is not closed: kept in the text as it stands' });
  }
  // Only a marker the text refers to has its note inline: `[9:17 p.m.]` is a clock time in brackets.
  const referred = new Set(lines.flatMap((line) => (line.text.includes('[footnoteRef:') ? [...line.text.matchAll(WORD_REF)].map((match) => match[1]) : [])));
  if (referred.size === 0) return { lines: [...lines], notes, warnings };
  const out = lines.map((line) => {
    if (!line.text.includes('[footnoteRef:') && !/\[\d+:/.test(line.text)) return line;
    let text = line.text.replace(WORD_REF, (_all, marker: string) => {
      if (!indexByMarker.has(marker)) {
        indexByMarker.set(marker, notes.length);
        notes.push({ listNumber: null, marker, text: '', line: line.no });
      }
      return replaceRef(marker, indexByMarker.get(marker)!);
    });
    text = removeInlineDefinitions(text, referred, (marker, body, closed) => {
      if (!closed) warnings.push({ line: line.no, message: `note ${marker} is not closed by \`]\`: its text is taken to the end of the line` });
      const index = indexByMarker.get(marker);
      if (index === undefined) {
        indexByMarker.set(marker, notes.length);
        notes.push({ listNumber: null, marker, text: body, line: line.no });
      } else {
        notes[index].text = body;
        notes[index].line = line.no;
      }
    });
    return { no: line.no, text };
  });
  for (const note of notes) {
    if (!note.text) warnings.push({ line: note.line, message: `note ${note.marker} is marked in the text but its text \`[${note.marker}: …]\` was not found` });
  }
  return { lines: out, notes, warnings };
}

/**
 * Removes the `[N: text]` notes of referred markers from a line, handing each to
 * `found`; a note whose bracket never closes takes the rest of the line.
 */
function removeInlineDefinitions(text: string, referred: ReadonlySet<string>, found: (marker: string, body: string, closed: boolean) => void): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const match = /^\[(\d+):/.exec(text.slice(i, i + 8));
    if (match && referred.has(match[1])) {
      let depth = 0;
      let close = -1;
      for (let j = i; j < text.length; j += 1) {
        if (text[j] === '[') depth += 1;
        else if (text[j] === ']' && --depth === 0) {
          close = j;
          break;
        }
      }
      found(match[1], text.slice(i + match[0].length, close > 0 ? close : text.length).trim(), close > 0);
      out = out.replace(/\s+$/, '');
      i = close > 0 ? close + 1 : text.length;
      continue;
    }
    out += text[i];
    i += 1;
  }
  return out;
}
