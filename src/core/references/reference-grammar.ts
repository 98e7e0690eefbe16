import { monthNumber, parseClock } from '../parse/dates.ts';
import type { CitedDate } from './reference-dates.ts';
import { NOTE_MARK } from './flat-text.ts';

/**
 * The small pieces references are made of — a date, a clock time, a serial
 * number with its editor's correction — each read with a sticky expression at
 * a given position of flattened text (see flat-text.ts), returning what was
 * read and where it ends, or null.
 */

/** A piece read at a position: its value and the position just after it. */
export interface Read<T> {
  value: T;
  end: number;
}

// A note marker may stand after any word of a reference (`Your 1359.²`, `December 11¹`).
const MARK = `${NOTE_MARK}?`;
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// An editor's correction of a figure: `250 [260]`, `402 [132?]`, `4[6]`.
const CORRECTION = '(?:\\s*\\[(\\d{1,5})\\??\\])?';

/** What a serial number must not run on into: more figures (`1,400`, `3.5`) or an ordinal's ending (`16th`). */
const FIGURE_END = '(?!\\d|,\\d|\\.\\d|(?:st|nd|rd|th|d)\\b)';

const MONTH_DAY = new RegExp(`${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th|d)?${CORRECTION}(?:\\/(\\d{1,2}))?${MARK}(?:,?\\s*(1[6-9]\\d\\d|20\\d\\d)(?!\\d)${MARK})?`, 'y');
const DAY_MONTH = new RegExp(`(\\d{1,2})\\s+${MONTH}${MARK},?\\s*(1[6-9]\\d\\d|20\\d\\d)(?!\\d)${MARK}`, 'y');
const ORDINAL_DAY = new RegExp(`(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|d)\\b(?:\\s+(instant|inst\\.|ultimo|ult\\.))?${MARK}`, 'y');

/**
 * Reads a date: `October 8`, `Sept. 17, 1918`, `Jan. 1/14, 1918` (old and new
 * style: the new), `April 6 [9]` (the editor's correction), `25 March 1946`,
 * and with `ordinals` also a bare day `16th`, `12th instant`.
 */
export function readDate(text: string, position: number, ordinals = false): Read<CitedDate> | null {
  MONTH_DAY.lastIndex = position;
  let match = MONTH_DAY.exec(text);
  if (match) {
    const month = monthNumber(match[1]);
    // Dual dates of the Russian calendar (`Jan. 1/14`) give the new style second.
    const day = Number(match[4] ?? match[3] ?? match[2]);
    if (month && day >= 1 && day <= 31) {
      return { value: { year: match[5] ? Number(match[5]) : null, month, day, time: null, relative: null }, end: MONTH_DAY.lastIndex };
    }
  }
  DAY_MONTH.lastIndex = position;
  match = DAY_MONTH.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    const day = Number(match[1]);
    if (month && day >= 1 && day <= 31) return { value: { year: Number(match[3]), month, day, time: null, relative: null }, end: DAY_MONTH.lastIndex };
  }
  if (ordinals) {
    ORDINAL_DAY.lastIndex = position;
    match = ORDINAL_DAY.exec(text);
    if (match) {
      const day = Number(match[1]);
      const relative = match[2] ? (match[2].startsWith('inst') ? 'instant' : 'ultimo') : null;
      if (day >= 1 && day <= 31) return { value: { year: null, month: null, day, time: null, relative }, end: ORDINAL_DAY.lastIndex };
    }
  }
  return null;
}

const CLOCK = new RegExp(`(?:at\\s+)?(?:(\\d{1,2}(?:\\s*[:.]\\s*\\d{2})?)${CORRECTION}\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|A\\.\\s?M\\.?|P\\.\\s?M\\.?|m\\.)|((?:12\\s+)?(?:noon|midnight)))${MARK}`, 'y');

/** Reads a clock time: `5 p.m.`, `9:17 p.m.`, `4 [6] p.m.` (corrected: 18:00), `12 noon`, `midnight`. */
export function readClock(text: string, position: number): Read<string> | null {
  CLOCK.lastIndex = position;
  const match = CLOCK.exec(text);
  if (!match) return null;
  const printed = match[4] ?? `${match[2] ?? match[1]} ${match[3]}`;
  const time = parseClock(printed);
  return time ? { value: time, end: CLOCK.lastIndex } : null;
}

const NUMBER = new RegExp(`(\\d{1,5})${FIGURE_END}${CORRECTION}${MARK}`, 'y');

/** Reads a serial number, the editor's correction winning: `1307`, `250 [260]` → `260`. */
export function readNumber(text: string, position: number): Read<{ number: string; printed: string }> | null {
  NUMBER.lastIndex = position;
  const match = NUMBER.exec(text);
  if (!match) return null;
  return { value: { number: match[2] ?? match[1], printed: match[1] }, end: NUMBER.lastIndex };
}

/**
 * Reads a date with an optional time after it, separated by a comma or a dash:
 * `October 8, 5 p.m.`, `May 24, 8 P.M.`, `August 23`.
 */
export function readDateTime(text: string, position: number, ordinals = false): Read<CitedDate> | null {
  const date = readDate(text, position, ordinals);
  if (!date) return null;
  const gap = /[,—–-]?\s*/y;
  gap.lastIndex = date.end;
  gap.exec(text);
  const clock = readClock(text, gap.lastIndex);
  if (clock) return { value: { ...date.value, time: clock.value }, end: clock.end };
  return date;
}

/** Skips spaces (and note marks) from `position`; returns the next position that is not one. */
export function skipSpace(text: string, position: number): number {
  let at = position;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === NOTE_MARK)) at += 1;
  return at;
}

/** Reads `pattern` (a sticky expression) at `position`, or returns null. */
export function readPattern(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}
