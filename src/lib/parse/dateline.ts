import { MONTH_NAME, isRealDay, monthNumber, pad, parseClock } from './dates.ts';

/** What a dateline says: where and when the document was written. */
export interface Dateline {
  place: string | null;
  /** ISO 8601 at the precision printed. */
  date: string | null;
  /** The date (and time) as printed. */
  dateText: string;
}

// `December 21, 1937—2 p.m.`, `May 2/15, 1917`, `[April] 5, [1934]`
const US_DATE = new RegExp(
  `\\[?(${MONTH_NAME})\\]?\\s+\\[?(\\d{1,2})(?:/\\d{1,2})?(?:st|nd|rd|th)?\\]?,?\\s+\\[?(\\d{4})\\]?`,
);
// `25th March, 1946`, `25 March 1946`
const BRITISH_DATE = new RegExp(`\\[?(\\d{1,2})(?:st|nd|rd|th)?\\]?\\s+\\[?(${MONTH_NAME})\\]?,?\\s+\\[?(\\d{4})\\]?`);
// `March, 1934` (month only)
const MONTH_YEAR = new RegExp(`^\\[?(${MONTH_NAME})\\]?,?\\s+\\[?(\\d{4})\\]?`);

/**
 * Reads a dateline: `Moscow, December 21, 1937—2 p.m.`, `[Washington,] April 5, 1934.`,
 * `25th March, 1946`, `June 10, 1944`. Returns null when the line is not a
 * dateline: it must start with the date, or with a short place name and then the date.
 */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > 120) return null;
  // `Washington, undated.`, `Buenos Aires [undated].`: a place and an honest "no date".
  const undated = /^(.*?)[,\s]*(\[?undated\]?)\.?$/i.exec(text);
  if (undated) {
    const place = readPlace(undated[1]);
    return place === undefined ? null : { place, date: null, dateText: undated[2] };
  }
  const us = US_DATE.exec(text);
  const british = us ? null : BRITISH_DATE.exec(text);
  const monthOnly = us || british ? null : MONTH_YEAR.exec(text);
  const match = us ?? british ?? monthOnly;
  if (!match) return null;

  const before = text.slice(0, match.index);
  const place = readPlace(before);
  if (place === undefined) return null;

  const after = text.slice(match.index + match[0].length);
  const time = readTime(after);
  if (time === undefined) return null;

  const [monthWord, dayText, yearText] = us
    ? [match[1], match[2], match[3]]
    : british
      ? [match[2], match[1], match[3]]
      : [match[1], null, match[2]];
  const month = monthNumber(monthWord)!;
  const year = Number(yearText);
  let date: string | null = `${year}-${pad(month)}`;
  if (dayText) {
    const day = Number(dayText);
    date = isRealDay(year, month, day) ? `${date}-${pad(day)}` : null;
    if (date && time.clock) date += `T${time.clock}`;
  }
  // The closing full stop of the line goes; the one of `p.m.` stays.
  const dateText = (text.slice(match.index, match.index + match[0].length) + time.printed).trim().replace(/,$|(?<![ap]\.\s?m)\.$/, '');
  return { place, date, dateText };
}

/** The place before a date: `Moscow, `, `[Washington,] `; undefined when it is not a place. */
function readPlace(before: string): string | null | undefined {
  const trimmed = before.trim();
  if (!trimmed) return null;
  const place = trimmed.replace(/^\[/, '').replace(/,?\s*\]?,?$/, '').replace(/\]/g, '').trim();
  // A place is a few capitalised words: `Rio de Janeiro`, `Buenos Aires`, `Moscow`.
  if (!place || place.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(place)) return undefined;
  if (/[.;:!?]/.test(place.replace(/\b(?:St|Ste|Mt|Ft)\./g, ''))) return undefined;
  return place;
}

/** The time after a date: `—2 p.m.`, `, 4 p.m.`, `, noon.`; undefined when other words follow. */
function readTime(after: string): { clock: string | null; printed: string } | undefined {
  const rest = after.replace(/\[Received[^\]]*\]?.*$/, '');
  if (/^[\s.]*$/.test(rest)) return { clock: null, printed: '' };
  const match = /^(\s*[—–,-]\s*|\s+)((?:\[?\d{1,2}(?:\s*[:.]\s*\d{2})?\]?\s*(?:\[?[ap]\.\s?m\.\]?)|(?:12\s+)?noon|(?:12\s+)?midnight)\.?(?:\s*\[[^\]]*\])?)\s*\.?\s*$/i.exec(rest);
  if (!match) return undefined;
  return { clock: parseClock(match[2]), printed: match[1] + match[2] };
}
