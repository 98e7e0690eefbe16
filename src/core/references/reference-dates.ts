import { isRealDay, pad } from '../parse/dates.ts';

/** The parts of a date as a reference prints it, before the year is known. */
export interface CitedDate {
  /** Printed year, or null (`October 8`). */
  year: number | null;
  /** Month 1–12, or null when only a day is printed (`your cable 16th`). */
  month: number | null;
  day: number;
  /** `HH:MM`, or null. */
  time: string | null;
  /** `instant` (this month), `ultimo` (last month), or null. */
  relative: 'instant' | 'ultimo' | null;
}

/** Year, month, day (and time) of an ISO date string; null parts where the string stops. */
export function dateParts(iso: string | null): { year: number | null; month: number | null; day: number | null; time: string | null } {
  const match = iso ? /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(iso) : null;
  if (!match) return { year: null, month: null, day: null, time: null };
  return {
    year: match[1] === '-' ? null : Number(match[1]),
    month: match[2] ? Number(match[2]) : null,
    day: match[3] ? Number(match[3]) : null,
    time: match[4] ?? null,
  };
}

/**
 * Completes a cited date with the citing document's date `citing` (ISO, possibly
 * partial) and writes it as ISO: `1940-10-08T17:00`, `1934-12` … or `--10-08`
 * when no year can be known.
 *
 * The year is the citing document's, unless that puts the cited date after the
 * citing one: a telegram of January 9 citing "December 28" cites the year
 * before. Editors' notes may point forward ("infra", "post"), so for them
 * (`forward: true`) the nearest of the adjacent years wins instead.
 *
 * `{month: 12, day: 28}` cited on `1934-01-09` → `1933-12-28`.
 * `{day: 14, relative: 'instant'}` cited on `1934-04-20` → `1934-04-14`.
 */
export function completeCitedDate(cited: CitedDate, citing: string | null, forward = false): string | null {
  const context = dateParts(citing);
  let month = cited.month;
  let year = cited.year;
  if (month === null) {
    // A bare day ("your cable 16th", "the 12th instant") is of the citing month, or of the month before.
    if (context.month === null) return null;
    month = context.month;
    year = year ?? context.year;
    const before = cited.relative === 'ultimo' || (cited.relative === null && context.day !== null && cited.day > context.day + 1);
    if (before) {
      month -= 1;
      if (month === 0) {
        month = 12;
        if (year !== null) year -= 1;
      }
    }
  } else if (year === null && context.year !== null) {
    year = context.year;
    if (context.month !== null) {
      const citedKey = month * 40 + cited.day;
      const citingKey = context.month * 40 + (context.day ?? 31);
      if (forward) {
        // Nearest of last year, this year and next year, measured in months.
        const distance = (y: number) => Math.abs((y - context.year!) * 12 + month! - context.month!);
        year = [context.year - 1, context.year, context.year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
      } else if (citedKey > citingKey + 1) {
        year -= 1;
      }
    }
  }
  if (year !== null && !isRealDay(year, month, cited.day)) return null;
  const time = cited.time ? `T${cited.time}` : '';
  return year === null ? `--${pad(month)}-${pad(cited.day)}${time}` : `${year}-${pad(month)}-${pad(cited.day)}${time}`;
}

/** The day of an ISO date (`1934-09-12T11:00` → `1934-09-12`), or null when it has no day. */
export function dayOf(iso: string | null): string | null {
  const match = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return match ? match[1] : null;
}

/** The month and day of an ISO date, year or not (`--10-08` and `1940-10-08` → `10-08`). */
export function monthDayOf(iso: string | null): string | null {
  const match = iso ? /^(?:\d{4}|-)-(\d{2}-\d{2})/.exec(iso) : null;
  return match ? match[1] : null;
}

/** The time of an ISO date (`HH:MM`), or null. */
export function timeOf(iso: string | null): string | null {
  const match = iso ? /T(\d{2}:\d{2})/.exec(iso) : null;
  return match ? match[1] : null;
}

/** Days from ISO day `a` to ISO day `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00Z`) - Date.parse(`${a}T00:00Z`)) / 86_400_000);
}
