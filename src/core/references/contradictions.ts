import type { Reference } from '../schemas/reference.ts';
import type { IndexedDocument } from './edition-index.ts';
import { dayOf, monthDayOf, timeOf } from './reference-dates.ts';
import { formatIsoDate } from '../model/display.ts';

/**
 * What in a reference contradicts the document it would resolve to: its
 * serial number, or its day (with the year when both give one; month and
 * day otherwise, as a year completed from the citing document may be off).
 * Null when nothing the reference says is contradicted — including when the
 * target's number or date is not known. Times are compared only for a
 * reference without a number: a number and day that agree identify a
 * telegram even where the hour printed in the citing text differs from the
 * dateline (FRUS has such slips), but "June 5, 3 p.m." is not June 5, 2 p.m.
 *
 * `Consulate's 136` → telegram No. 131: `No. 131, not 136`.
 */
export function contradiction(reference: Pick<Reference, 'number' | 'date'>, target: Pick<IndexedDocument, 'serial' | 'day' | 'monthDay' | 'time'>): string | null {
  if (reference.number && target.serial && reference.number !== target.serial) return `No. ${target.serial}, not ${reference.number}`;
  const day = dayOf(reference.date);
  if (day && target.day && day !== target.day) return `${formatIsoDate(target.day)}, not ${formatIsoDate(day)}`;
  const monthDay = monthDayOf(reference.date);
  if (!day && monthDay && target.monthDay && monthDay !== target.monthDay) return `${monthAndDay(target.monthDay)}, not ${monthAndDay(monthDay)}`;
  const time = timeOf(reference.date);
  if (!reference.number && time && target.time && time !== target.time) return `of ${target.time}, not ${time}`;
  return null;
}

/** `07-12` → `July 12`. */
function monthAndDay(monthDay: string): string {
  return formatIsoDate(`2000-${monthDay}`).replace(/, 2000$/, '');
}

/** The prefix of the unresolved reason given when the only document found contradicts the reference. */
export const CONFLICTING = 'conflicting';
