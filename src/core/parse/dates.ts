const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month number (1–12) for a month name or common abbreviation, or null. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(key);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[key] ?? null;
}

/** Regular-expression source matching a month name (full or abbreviated). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

/** Two-digit zero padding. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** True when year, month and day name a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Reads a clock time as printed: `2 p.m.`, `11:40 a.m.`, `8.48 a.m.`, `noon`,
 * `12 noon`, `midnight`. Returns `HH:MM`, or null when there is no time.
 * Following the printed editions, `12 p.m.` is noon and midnight is 00:00.
 */
export function parseClock(text: string): string | null {
  const clean = text.replace(/[[\]]/g, '').trim().toLowerCase();
  if (/^(?:12\s*)?noon\b/.test(clean)) return '12:00';
  if (/^(?:12\s*)?midnight\b/.test(clean)) return '00:00';
  const match = /^(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*(a\.?\s*m\.?|p\.?\s*m\.?|m\.)?/.exec(clean);
  if (!match?.[3]) return null;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 12 || minute > 59) return null;
  const meridiem = match[3].replace(/[\s.]/g, '');
  if (meridiem === 'pm' && hour !== 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return `${pad(hour)}:${pad(minute)}`;
}
