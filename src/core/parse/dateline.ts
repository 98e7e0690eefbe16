import { MONTH_NAME, isRealDay, monthNumber, pad, parseClock } from './dates.ts';

/** What a dateline says: where and when the document was written. */
export interface Dateline {
  place: string | null;
  /** ISO 8601 at the precision printed. */
  date: string | null;
  /** The date (and time) as printed. */
  dateText: string;
}

/*
 * The grammar of a dateline, as FRUS and the archives print it:
 *
 *   dateline := [place ","] date [time] ["[Received …]" | "(Received …)"]
 *   place    := a few capitalised words, abbreviations allowed: `Manchester, Mass.`, `U.S.S. Augusta`
 *   date     := month day "," year | day month "," year | month "," year
 *   day      := 1–2 digits ["st"…] [correction]     `27 [26]`, `3[5?]`, `25 [and 26]`, `2/15`
 *   year     := 4 digits [correction]               `1924 [1925]`
 *   time     := ("—" | "--" | "," | " ") clock      `—2 p.m.`, `--noon`, `, 8.48 a.m.`
 *
 * Any part may stand in the editor's brackets (`[Washington,] April 5, 1934`,
 * `[January] 22, [1934]`, `Geneva [, October 20, 1934]`). A correction in
 * brackets is the editor's reading of a misprinted figure, and gives the ISO date.
 */

// A figure the editor corrected: `27 [26]`, `3[5?]`: the reading is the bracketed one.
const CORRECTION = String.raw`(?:\s?\[(\d{1,4})\??\])`;
// A second day the document also covers, or the other calendar's day: `25 [and 26]`, `2/15`.
const SECOND_DAY = String.raw`(?:\s?\[(?:and|to|-|–)\s?\d{1,2}\]|/\d{1,2})`;
// A day, perhaps queried by the editor (`October 24?, 1917`).
const DAY = String.raw`\[?(\d{1,2})\]?(?:st|nd|rd|th|d)?\??${CORRECTION}?${SECOND_DAY}?`;
const YEAR = String.raw`\[?(\d{4})\]?${CORRECTION}?`;
const MONTH = String.raw`\[?(${MONTH_NAME})\]?`;

// `December 21, 1937`, `May 2/15, 1917`, `[April] 5, [1934]`, `October 27 [26], 1917`
const US_DATE = new RegExp(String.raw`${MONTH}\s+${DAY},?\s+${YEAR}`);
// `25th March, 1946`, `25 March 1946`
const BRITISH_DATE = new RegExp(String.raw`${DAY}\s+${MONTH},?\s+${YEAR}`);
// `March, 1934`, `March 1934` (month only)
const MONTH_YEAR = new RegExp(String.raw`${MONTH},?\s+${YEAR}`);

// Small words a place name may hold in lower case: `Rio de Janeiro`, `On board the U.S.S. …`.
const PLACE_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'la',
  'le',
  'les',
  'el',
  'al',
  'of',
  'the',
  'on',
  'board',
  'aboard',
  'am',
  'an',
  'sur',
  'en',
  'y',
  'upon',
  'near',
  'off',
]);

/**
 * Reads a dateline: `Moscow, December 21, 1937—2 p.m.`, `[Washington,] April 5, 1934.`,
 * `Manchester, Mass., August 3, 1924`, `25th March, 1946`, `June 10, 1944`,
 * `April 24, 1934--6 p.m.`, `[Washington, undated.]`. Returns null when the line is
 * not a dateline: it must start with the date, or with a short place name and then the date.
 */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > 120) return null;
  // `Washington, undated.`, `Buenos Aires [undated].`, `[Washington, undated.]`: a place and an honest "no date".
  const undated = /^(.*?)[,\s]*(\[?undated\.?\]?)\.?\]?$/i.exec(text);
  if (undated) {
    const place = readPlace(undated[1]);
    return place === undefined ? null : { place, date: null, dateText: undated[2].replace(/\.(?=\]?$)/, '').replace(/^undated\]$/, 'undated') };
  }
  const us = US_DATE.exec(text);
  const british = us ? null : BRITISH_DATE.exec(text);
  const monthOnly = us || british ? null : MONTH_YEAR.exec(text);
  const match = us ?? british ?? monthOnly;
  if (!match) return null;

  const place = readPlace(text.slice(0, match.index));
  if (place === undefined) return null;

  const time = readTime(text.slice(match.index + match[0].length));
  if (time === undefined) return null;

  // Groups: month, day, day correction, year, year correction (British: day first).
  const [monthWord, dayText, dayFix, yearText, yearFix] = us
    ? [match[1], match[2], match[3], match[4], match[5]]
    : british
      ? [match[3], match[1], match[2], match[4], match[5]]
      : [match[1], null, null, match[2], match[3]];
  const month = monthNumber(monthWord)!;
  const year = Number(yearFix && yearFix.length === 4 ? yearFix : yearText);
  let date: string | null = `${year}-${pad(month)}`;
  if (dayText) {
    const day = Number(dayFix && dayFix.length <= 2 ? dayFix : dayText);
    date = isRealDay(year, month, day) ? `${date}-${pad(day)}` : null;
    if (date && time.clock) date += `T${time.clock}`;
  }
  // The closing full stop of the line goes; the one of `p.m.` stays.
  const printed = (match[0] + time.printed).trim().replace(/^\[(?=[^\]]*$)/, '');
  const dateText = printed.replace(/,$|(?<![ap]\.\s?m)\.$/, '');
  return { place, date, dateText };
}

/** True when a line is a place name and nothing else: `The Kremlin`, `Legation of the United States, Peking`. */
export function isPlaceName(text: string): boolean {
  const place = readPlace(text);
  return typeof place === 'string' && place.length === text.trim().replace(/[.,]$/, '').length && !/\d/.test(text);
}

/**
 * The place before a date: `Moscow, `, `[Washington,] `, `Manchester, Mass., `,
 * `Geneva [, `; null when there is none, undefined when the words are not a place.
 */
function readPlace(before: string): string | null | undefined {
  const place = before
    .replace(/[[\]]/g, ' ')
    .replace(/[\s,]+$/, '')
    // `Paris, Monday, January 13, 1919`: the day of the week is part of the date.
    .replace(/(?:^|[\s,]+)(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/, '')
    .replace(/^[\s,]+/, '')
    .replace(/\s+/g, ' ');
  if (!place) return null;
  const words = place.split(' ');
  // A place is a few capitalised words: `Rio de Janeiro`, `Buenos Aires`, `S. Dak.`, `U.S.S. Augusta`.
  if (words.length > 8 || !/^\p{Lu}/u.test(place)) return undefined;
  // `Legation of Chili in the United States, Washington`: an office may say where it is accredited.
  const office = /\b(?:Legation|Embassy|Consulate|Mission|Ministry|Department|Office|Delegation|Commission)\b/.test(place);
  for (const word of words) {
    const bare = word.replace(/,$/, '');
    if (PLACE_PARTICLES.has(bare) || (office && (bare === 'in' || bare === 'at' || bare === 'to'))) continue;
    // `Quai d'Orsay`, `l'Hôtel`: an elided article before a capital.
    if (!/^\p{Lu}/u.test(bare) && !/^\d/.test(bare) && !/^[dl]['’]\p{Lu}/u.test(bare)) return undefined;
    // Full stops only in abbreviations: `Mass.`, `N.Y.`, `St.`, `U.S.S.`; never a sentence's end.
    if (/[;:!?]/.test(bare) || (bare.includes('.') && !/^(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.)+)$/u.test(bare))) return undefined;
  }
  return place;
}

/**
 * The time after a date: `—2 p.m.`, `--6 p.m.`, `, 4 p.m.`, `, noon.`, `—[9:17 p.m.]`,
 * `—11 a.m. [p.m.?]`; undefined when other words follow.
 */
function readTime(after: string): { clock: string | null; printed: string } | undefined {
  const rest = after.replace(/[[(]Received[^\])]*[\])]?.*$/, '');
  if (/^[\s.\]]*$/.test(rest)) return { clock: null, printed: '' };
  const match = /^(\s*(?:—|–|--|-|,)\s*|\s+)((?:\[?\d{1,2}(?:\s*[:.]\s*\d{2})?\]?\s*(?:\[?[ap]\.\s?m\.\]?)|(?:\[?12\]?\s+)?noon|(?:\[?12\]?\s+)?midnight)\.?\]?(?:\s*\[[^\]]*\])?)\s*[.\]]*\s*$/i.exec(
    rest,
  );
  if (!match) return undefined;
  return { clock: parseClock(match[2]), printed: match[1] + match[2] };
}
