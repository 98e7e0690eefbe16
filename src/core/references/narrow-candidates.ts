import type { LocatedReference } from '../model/text-spans.ts';
import type { IndexedDocument } from './edition-index.ts';
import type { Outcome } from './outcomes.ts';
import { fitPost, type Fit } from './posts.ts';
import { dayOf, monthDayOf, timeOf } from './reference-dates.ts';
import { seriesOf } from './series.ts';

/** Whether "ante"/"supra" (before) or "post"/"infra" (after) agrees with where the candidate stands. */
export function fitsPosition(position: LocatedReference['position'], candidate: IndexedDocument, citing: IndexedDocument): boolean {
  if (!position || candidate.group !== citing.group) return true;
  return position === 'before' ? candidate.position < citing.position : candidate.position > citing.position;
}

/**
 * Narrows candidates (documents on a page, or neighbours) by what the
 * reference says of its document: day and time, number, sender, recipient, a
 * note marker, before or after. Nothing said may be contradicted; the
 * candidates that agree on most win. Nothing said at all: `none`.
 */
export function narrow(reference: LocatedReference, candidates: readonly IndexedDocument[], citing: IndexedDocument): Outcome {
  const series = seriesOf(reference, citing);
  const referenceDay = dayOf(reference.date);
  const referenceMonthDay = monthDayOf(reference.date);
  const referenceTime = timeOf(reference.date);
  const tests: { name: string; fit: (document: IndexedDocument) => Fit }[] = [];
  if (referenceMonthDay) {
    tests.push({
      name: 'date',
      fit: (document) => {
        if (referenceDay && document.day) return referenceDay === document.day ? 'yes' : 'no';
        if (document.monthDay) return referenceMonthDay === document.monthDay ? 'yes' : 'no';
        return 'unknown';
      },
    });
  }
  if (referenceTime) tests.push({ name: 'time', fit: (document) => (document.time ? (document.time === referenceTime ? 'yes' : 'no') : 'unknown') });
  if (reference.number) tests.push({ name: 'number', fit: (document) => (document.serial ? (document.serial === reference.number ? 'yes' : 'no') : 'unknown') });
  if (series.from) tests.push({ name: 'sender', fit: (document) => fitPost(series.from, document.sender) });
  if (series.to) tests.push({ name: 'recipient', fit: (document) => fitPost(series.to, document.recipient) });
  if (reference.footnote) {
    tests.push({ name: 'note', fit: (document) => (document.noteMarkers === null ? 'unknown' : document.noteMarkers.has(reference.footnote!) ? 'yes' : 'no') });
  }
  if (reference.position) tests.push({ name: 'position', fit: (document) => (fitsPosition(reference.position, document, citing) ? 'unknown' : 'no') });
  if (tests.length === 0) return { kind: 'none', reason: 'nothing said' };

  let best: IndexedDocument[] = [];
  let bestScore = 0;
  for (const document of candidates) {
    const fits = tests.map((test) => test.fit(document));
    if (fits.includes('no')) continue;
    const points = fits.filter((fit) => fit === 'yes').length;
    if (points > bestScore) {
      best = [document];
      bestScore = points;
    } else if (points === bestScore && points > 0) {
      best.push(document);
    }
  }
  if (best.length === 1) {
    const how = tests.filter((test) => test.fit(best[0]) === 'yes').map((test) => test.name);
    return { kind: 'one', document: best[0], how: `page and ${how.join(', ')}` };
  }
  if (best.length > 1) return { kind: 'many', documents: best };
  return { kind: 'none', reason: 'nothing fits' };
}
