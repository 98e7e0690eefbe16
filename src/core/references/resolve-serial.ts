import type { LocatedReference } from '../model/text-spans.ts';
import { datedBetween, type EditionIndex, type IndexedDocument } from './edition-index.ts';
import { fitsPosition } from './narrow-candidates.ts';
import { applyOutcome, type Outcome } from './outcomes.ts';
import { fitPost, speaksFor, type Fit } from './posts.ts';
import { daysBetween, dayOf, monthDayOf, timeOf } from './reference-dates.ts';
import { seriesOf, type Series } from './series.ts';

interface Scored {
  document: IndexedDocument;
  number: Fit;
  day: Fit;
  time: Fit;
  from: Fit;
  to: Fit;
  type: Fit;
}

/**
 * Resolves a reference by series, number and date. The candidates are the
 * documents with that serial number (or, for an unnumbered one, of that
 * month and day); one fits when nothing known contradicts it and its number
 * and day agree. A candidate whose date is lost may fit if its neighbours in
 * the volume are dated around the cited day. A number with no date ("Your
 * 1359") takes the document of that series and number in the three months
 * before the citing one. A printed addressee that fits nothing is read as
 * something else ("handed the Department's 103 to the Minister for Foreign
 * Affairs") and the reference is tried without it.
 */
export function resolveSerial(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const first = trySerial(reference, citing, index, true);
  if (first.kind !== 'none' || !reference.addressee) return applyOutcome(reference, first);
  applyOutcome(reference, trySerial(reference, citing, index, false));
}

/** One document, several, or none; among several, those whose both ends of the series are known to fit win. */
function decide(candidates: readonly Scored[], how: string): Outcome | null {
  const bothEnds = candidates.filter((item) => item.from === 'yes' && item.to === 'yes');
  const items = candidates.length > 1 && bothEnds.length > 0 ? bothEnds : candidates;
  if (items.length === 1) return { kind: 'one', document: items[0].document, how };
  if (items.length > 1) return { kind: 'many', documents: items.map((item) => item.document) };
  return null;
}

function trySerial(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex, useAddressee: boolean): Outcome {
  const candidates = candidatesFor(reference, citing, index);
  const series = seriesOf(reference, citing, useAddressee);
  const scored = candidates.filter((candidate) => candidate.id !== citing.id).map((candidate) => score(reference, candidate, series));
  const viable = scored.filter((item) => ![item.number, item.day, item.from, item.to, item.time, item.type].includes('no') && fitsPosition(reference.position, item.document, citing));
  const seriesKnown = series.from !== null || series.to !== null;
  const seriesFits = (item: Scored) => !seriesKnown || item.from === 'yes' || item.to === 'yes';

  if (reference.date) {
    if (!reference.number) {
      // Unnumbered: the day, the time when printed, and the sender must all agree.
      const strong = viable.filter((item) => item.day === 'yes' && item.from === 'yes' && (item.time === 'yes' || !timeOf(reference.date)));
      return decide(strong, 'series and date') ?? { kind: 'none', reason: 'not in this edition' };
    }
    const strong = viable.filter((item) => item.day === 'yes' && seriesFits(item));
    const decided = decide(strong, 'series, number and date');
    if (decided) return decided;
    const undated = viable.filter((item) => item.day === 'unknown' && item.from === 'yes' && neighboursAround(item.document, reference.date!));
    return decide(undated, 'series and number; date from neighbouring documents') ?? nearby(viable, citing) ?? { kind: 'none', reason: 'not in this edition' };
  }
  // A number without a date ("Your 1359"): the series must be known at both ends, the document recent.
  const citingDay = citing.day ?? citing.around?.high ?? null;
  if (!citingDay) return nearby(viable, citing) ?? { kind: 'none', reason: 'no date to tell which' };
  const recent = viable.filter((item) => {
    const day = item.document.day;
    if (item.from !== 'yes' || item.to !== 'yes' || !day) return false;
    const gap = daysBetween(day, citingDay);
    return gap >= 0 && gap <= 92;
  });
  // Neither dated: the one of that series and number printed just before or after ("Consulate's 136" in frus1934v04-d0321).
  return decide(recent, 'series and number, latest before') ?? nearby(viable, citing) ?? { kind: 'none', reason: 'not in this edition' };
}

/**
 * The documents worth scoring, read from the index: for a number and a date,
 * those with that number of that day (of any year when the reference's year
 * is unknown), and those with that number whose date is lost (in the citing
 * volume, or dated by their neighbours to that year); for a number alone,
 * those with that number of the three months before the citing document; for
 * a date alone, that day's.
 */
function candidatesFor(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): IndexedDocument[] {
  const day = dayOf(reference.date);
  const monthDay = monthDayOf(reference.date);
  if (!reference.number) return (day ? index.byDay.get(day) : index.byMonthDay.get(monthDay ?? '')) ?? [];
  // Undated documents with that number: those its neighbours date to the cited year, and those of the citing volume.
  const undated = [...(day ? (index.bySerialUndatedYear.get(`${reference.number}|${day.slice(0, 4)}`) ?? []) : []), ...(index.bySerialUndatedGroup.get(`${reference.number}|${citing.group}`) ?? [])];
  const dated = day
    ? (index.bySerialDay.get(`${reference.number}|${day}`) ?? [])
    : monthDay
      ? (index.bySerialMonthDay.get(`${reference.number}|${monthDay}`) ?? [])
      : recentWithNumber(reference.number, citing, index);
  return [...new Set([...dated, ...undated])];
}

/** Dated documents with that number in the three months before the citing one. */
function recentWithNumber(number: string, citing: IndexedDocument, index: EditionIndex): IndexedDocument[] {
  const citingDay = citing.day ?? citing.around?.high ?? null;
  return citingDay ? datedBetween(index.bySerialDated.get(number) ?? [], shiftDay(citingDay, -92), citingDay) : [];
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * When dates cannot decide (the transcriptions lost their datelines): the one
 * document of that series and number printed within ten places of the citing
 * one in its volume. A series does not reach the same number again so soon.
 */
function nearby(viable: readonly Scored[], citing: IndexedDocument): Outcome | null {
  const close = viable.filter(
    (item) =>
      item.number === 'yes' && item.day === 'unknown' && item.from === 'yes' && item.to !== 'no' && item.document.group === citing.group && Math.abs(item.document.position - citing.position) <= 10,
  );
  return close.length === 1 ? { kind: 'one', document: close[0].document, how: 'series and number; printed nearby' } : null;
}

// Which kinds of document a reference's word may name when only the date identifies it.

const TYPES_OF_KIND: Record<string, RegExp> = {
  telegram: /^telegram$/,
  despatch: /^(?:despatch|instruction|other)$/,
  note: /^(?:note|aide-memoire|memorandum|other)$/,
  letter: /^(?:letter|other)$/,
};

function score(reference: LocatedReference, document: IndexedDocument, series: Series): Scored {
  const referenceDay = dayOf(reference.date);
  const referenceMonthDay = monthDayOf(reference.date);
  let day: Fit = 'unknown';
  if (referenceDay && document.day) day = referenceDay === document.day ? 'yes' : 'no';
  else if (referenceMonthDay && document.monthDay) day = referenceMonthDay === document.monthDay ? 'yes' : 'no';
  const referenceTime = timeOf(reference.date);
  // Times and kinds only decide between documents of the same day when no number does.
  const time: Fit = reference.number || !referenceTime || !document.time ? 'unknown' : referenceTime === document.time ? 'yes' : 'no';
  const typePattern = TYPES_OF_KIND[reference.kind];
  const type: Fit = reference.number || !typePattern ? 'unknown' : typePattern.test(document.entry.record.type) ? 'yes' : 'no';
  let number: Fit = 'unknown';
  if (reference.number) number = document.serial ? (document.serial === reference.number ? 'yes' : 'no') : 'unknown';
  let from = fitPost(series.from, document.sender);
  if (series.office && document.sender && !document.sender.department) from = speaksFor(series.office, document.sender) ? from : 'no';
  return { document, number, day, time, type, from, to: fitPost(series.to, document.recipient) };
}

/**
 * Whether a document whose date is lost stands between documents dated
 * around `iso` (a week's leeway). A cited day without a year (both documents
 * lost their datelines) takes the years of those neighbours.
 */
function neighboursAround(document: IndexedDocument, iso: string): boolean {
  const around = document.around;
  if (!around) return false;
  const monthDay = monthDayOf(iso);
  const days = dayOf(iso) ? [dayOf(iso)!] : monthDay ? [`${around.low.slice(0, 4)}-${monthDay}`, `${around.high.slice(0, 4)}-${monthDay}`] : [];
  return days.some((day) => daysBetween(around.low, day) >= -7 && daysBetween(day, around.high) >= -7);
}
