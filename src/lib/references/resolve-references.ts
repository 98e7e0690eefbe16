import type { EditionEntry, LocatedReference } from '../edition/types.ts';
import { datedBetween, indexEdition, type EditionIndex, type IndexedDocument } from './edition-index.ts';
import { DEPARTMENT, fitPost, postNamed, speaksFor, type Fit, type Post } from './posts.ts';
import { completeCitedDate, dateParts, daysBetween, dayOf, monthDayOf, timeOf } from './reference-dates.ts';
import { ownerName, ownerRole } from './reference-owners.ts';
import { parseVolumeLabel, sameVolume, volumeLabel } from './volumes.ts';

/**
 * Resolves the references of every document against the edition's own
 * documents, setting `target` — or `unresolvedReason` — on each in place.
 * Never guesses: a reference resolves only to the one document that fits
 * everything it says.
 *
 * - Telegrams and other numbered documents: same series (who sent it to whom,
 *   from `my`/`your`/`Department's`/a named post and the citing document's
 *   parties), same number, same day (`resolveSerial`).
 * - Page references: the documents on that printed page of that volume,
 *   narrowed by what the note says of the document (date, number, sender,
 *   note marker); with nothing to narrow them, the document where the page
 *   begins (the link then goes to the page's anchor).
 * - A body reference and the note whose marker follows it are read together:
 *   "Not printed" leaves it unresolved; "Vol. iii, p. 232" says it is in
 *   another volume; "Ante, p. 5" says on which page to look; "Supra" that it
 *   is printed just before.
 *
 * Lookup maps are built once (edition-index.ts); each reference then costs a
 * few map reads, so resolution is linear in the number of references.
 */
export function resolveReferences(entries: readonly EditionEntry[]): void {
  const index = indexEdition(entries);
  for (const document of index.documents) {
    const { entry } = document;
    completeYears(entry, document);
    // Notes first: a body reference may lean on what its note resolved to.
    for (const reference of entry.references) if (reference.in === 'footnote') resolveOne(reference, document, index);
    for (const reference of entry.references) if (reference.in === 'body') resolveOne(reference, document, index);
    readWithNotes(entry.references, document, index);
  }
}

/**
 * Gives a year to dates found without one because the transcription lost its
 * dateline: from the date the editors supplied (sidecar), else from the
 * dated documents around it in the volume.
 */
function completeYears(entry: EditionEntry, document: IndexedDocument): void {
  const context = entry.record.date ?? document.around?.high ?? null;
  if (!context) return;
  for (const reference of entry.references) {
    if (!reference.date?.startsWith('--')) continue;
    const parts = /^--(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(reference.date);
    if (!parts) continue;
    const completed = completeCitedDate(
      { year: null, month: Number(parts[1]), day: Number(parts[2]), time: parts[3] ?? null, relative: null },
      context,
      reference.in === 'footnote',
    );
    if (completed) reference.date = completed;
  }
}

function resolveOne(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  if (reference.kind === 'not-printed') {
    unresolved(reference, 'not printed');
  } else if (reference.document) {
    resolveDocumentNumber(reference, citing, index);
  } else if (reference.kind === 'page' || reference.kind === 'other-volume') {
    resolvePage(reference, citing, index);
  } else if (reference.kind === 'other' && reference.position && !reference.number && reference.in === 'footnote') {
    resolveNeighbour(reference, citing, index);
  } else if (reference.number || reference.date) {
    resolveSerial(reference, citing, index);
  } else {
    unresolved(reference, 'nothing to identify it by');
  }
}

function resolved(reference: LocatedReference, target: IndexedDocument, how: string): void {
  reference.target = target.id;
  reference.resolvedBy = how;
  reference.unresolvedReason = null;
  reference.candidates = [];
}

function unresolved(reference: LocatedReference, reason: string, candidates: readonly IndexedDocument[] = []): void {
  reference.target = null;
  reference.resolvedBy = null;
  reference.unresolvedReason = reason;
  reference.candidates = candidates.map((candidate) => candidate.id);
}

/** Who sent a cited document and to whom, as far as the reference and the citing document tell. */
export interface Series {
  from: Post | null;
  to: Post | null;
  /** For `Consulate General's` and the like when the citing party holds another office: the office that sent it. */
  office: string | null;
}

/**
 * The series a reference's owner names, relative to the citing document:
 * `my` — its sender's, to its recipient; `your` — the other way;
 * `Department's` — the Department's to the post; `Embassy's`, `Consulate's` —
 * the post's (whichever party it is); `Tokyo's`, `Wilson's` — that post or
 * person's. A printed addressee (`to Gilbert`) replaces the recipient.
 */
export function seriesOf(reference: Pick<LocatedReference, 'owner' | 'addressee'>, citing: Pick<IndexedDocument, 'sender' | 'recipient'>, useAddressee = true): Series {
  const addressee = useAddressee && reference.addressee && !/^you$/i.test(reference.addressee) ? postNamed(reference.addressee) : null;
  const notDepartment = (post: Post | null) => (post?.department ? null : post);
  const party = notDepartment(citing.sender) ?? notDepartment(citing.recipient);
  if (!reference.owner) return { from: null, to: addressee, office: null };
  switch (ownerRole(reference.owner)) {
    case 'sender':
      return { from: citing.sender, to: addressee ?? citing.recipient, office: null };
    case 'recipient':
      return { from: citing.recipient, to: addressee ?? citing.sender, office: null };
    case 'department':
      return { from: DEPARTMENT, to: addressee ?? party, office: null };
    case 'office': {
      const office = ownerName(reference.owner);
      // "Consulate General's" in an exchange with the Embassy is another office's series.
      if (party && speaksFor(office, party)) return { from: party, to: addressee ?? DEPARTMENT, office: null };
      return { from: null, to: addressee ?? DEPARTMENT, office };
    }
    case 'named': {
      const name = ownerName(reference.owner);
      // "the Ambassador's telegram": the post of the exchange's diplomat.
      if (isTitle(name)) return { from: party, to: addressee, office: null };
      return { from: postNamed(name), to: addressee, office: null };
    }
  }
}

function isTitle(word: string): boolean {
  return /^(?:Ambassador|Minister|Consul|Consul General|Chargé|Commissioner|Agent|Delegate|Counselor|Representative|Envoy)$/.test(word);
}

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
function resolveSerial(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const first = trySerial(reference, citing, index, true);
  if (first.kind !== 'none' || !reference.addressee) return applyOutcome(reference, first);
  applyOutcome(reference, trySerial(reference, citing, index, false));
}

type Outcome = { kind: 'one'; document: IndexedDocument; how: string } | { kind: 'many'; documents: IndexedDocument[] } | { kind: 'none'; reason: string };

function applyOutcome(reference: LocatedReference, outcome: Outcome): void {
  if (outcome.kind === 'one') resolved(reference, outcome.document, outcome.how);
  else if (outcome.kind === 'many') unresolved(reference, `ambiguous: ${outcome.documents.length} candidates`, outcome.documents);
  else unresolved(reference, outcome.reason);
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
  const viable = scored.filter(
    (item) => ![item.number, item.day, item.from, item.to, item.time, item.type].includes('no') && fitsPosition(reference.position, item.document, citing),
  );
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
  return decide(recent, 'series and number, latest before') ?? { kind: 'none', reason: 'not in this edition' };
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
  const undated = [
    ...(day ? (index.bySerialUndatedYear.get(`${reference.number}|${day.slice(0, 4)}`) ?? []) : []),
    ...(index.bySerialUndatedGroup.get(`${reference.number}|${citing.group}`) ?? []),
  ];
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
    (item) => item.number === 'yes' && item.day === 'unknown' && item.from === 'yes' && item.to !== 'no' && item.document.group === citing.group && Math.abs(item.document.position - citing.position) <= 10,
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

/** Whether "ante"/"supra" (before) or "post"/"infra" (after) agrees with where the candidate stands. */
function fitsPosition(position: LocatedReference['position'], candidate: IndexedDocument, citing: IndexedDocument): boolean {
  if (!position || candidate.group !== citing.group) return true;
  return position === 'before' ? candidate.position < citing.position : candidate.position > citing.position;
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

/** The volume group a page reference points into, or the reason it cannot be in the edition. */
function groupOfPage(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): { group: string } | { reason: string } {
  if (!reference.volume) return { group: citing.group };
  const cited = parseVolumeLabel(reference.volume);
  const own = index.volumes.get(citing.group) ?? null;
  // "vol. iii" is a volume of the citing volume's own year and series; without volume ids, of the citing document's year.
  const year = cited?.year ?? own?.year ?? dateParts(citing.entry.record.date ?? citing.around?.high ?? null).year?.toString() ?? null;
  const volume = cited ? { year, series: cited.year ? cited.series : (own?.series ?? null), volume: cited.volume } : null;
  if (volume) {
    for (const [group, id] of index.volumes) if (sameVolume(id, volume)) return { group };
  }
  const label = volume ? volumeLabel(volume) : reference.volume;
  return { reason: `other volume: ${label}, ${reference.document ? `Document ${reference.document}` : `p. ${reference.page}`}` };
}

/**
 * Resolves `Document 45` (volumes numbered by document): the document of that
 * number in that volume, read from ids of the form `…-d0045`.
 */
function resolveDocumentNumber(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const where = groupOfPage(reference, citing, index);
  if ('reason' in where) {
    reference.kind = 'other-volume';
    return unresolved(reference, where.reason);
  }
  reference.kind = 'document';
  const target = index.byDocumentNumber.get(where.group)?.get(reference.document!);
  if (!target) return unresolved(reference, 'not in this edition');
  if (target.id === citing.id) return unresolved(reference, 'this document');
  resolved(reference, target, 'document number');
}

/**
 * Resolves a page reference: the documents on that page of that volume,
 * narrowed by what the note says; the document where the page begins when
 * nothing narrows them. A page of the citing document itself ("Reference is
 * to p. 412" in a long report) is not another document.
 */
function resolvePage(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const where = groupOfPage(reference, citing, index);
  if ('reason' in where) {
    reference.kind = 'other-volume';
    return unresolved(reference, where.reason);
  }
  if (reference.volume) reference.kind = 'page';
  const onPage = index.byPage.get(where.group)?.get(reference.page ?? '') ?? [];
  if (onPage.length === 0) return unresolved(reference, 'not in this edition');
  const others = onPage.filter((document) => document.id !== citing.id);
  const chosen = narrow(reference, others, citing);
  if (chosen.kind === 'one') return resolved(reference, chosen.document, chosen.how);
  if (chosen.kind === 'many') return unresolved(reference, `ambiguous: ${chosen.documents.length} candidates`, chosen.documents);
  const start = pageStart(onPage, reference.page!);
  if (!start) return unresolved(reference, `ambiguous: page ${reference.page} begins between documents`, others);
  if (start.id === citing.id) return unresolved(reference, `this document, p. ${reference.page}`);
  resolved(reference, start, 'page');
}

/**
 * Narrows candidates (documents on a page, or neighbours) by what the
 * reference says of its document: day and time, number, sender, recipient, a
 * note marker, before or after. Nothing said may be contradicted; the
 * candidates that agree on most win. Nothing said at all: `none`.
 */
function narrow(reference: LocatedReference, candidates: readonly IndexedDocument[], citing: IndexedDocument): Outcome {
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
  if (reference.footnote) tests.push({ name: 'note', fit: (document) => (document.noteMarkers.has(reference.footnote!) ? 'yes' : 'no') });
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

/**
 * The document where printed page `page` begins: the one holding its page
 * break, else (the page began between documents) the first certainly on it;
 * null when that is not known.
 */
function pageStart(onPage: readonly IndexedDocument[], page: string): IndexedDocument | null {
  return onPage.find((document) => document.entry.record.pageBreaks.includes(page)) ?? onPage.find((document) => document.certainPages.includes(page)) ?? null;
}

/** The nearest documents before (supra) or after (infra) the citing one in its volume, nearest first. */
function neighbours(citing: IndexedDocument, index: EditionIndex, position: 'before' | 'after'): IndexedDocument[] {
  const list = index.groups.get(citing.group) ?? [];
  const step = position === 'before' ? -1 : 1;
  const out: IndexedDocument[] = [];
  for (let at = citing.position + step; at >= 0 && at < list.length && out.length < 12; at += step) out.push(list[at]);
  return out;
}

/**
 * "June 20, 11 a.m., supra." in a note: the nearest document before (or
 * after) that fits what the note says. A bare "Supra." names no document by
 * itself — it may point within the document ("quoted in subenclosure,
 * infra") — so it resolves only with the body reference it annotates
 * (`readWithNotes`).
 */
function resolveNeighbour(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const said = reference.date || reference.number || reference.owner || reference.addressee;
  if (!said) return unresolved(reference, `${reference.position === 'before' ? 'supra' : 'infra'}: no document named`);
  const chosen = narrow({ ...reference, position: null }, neighbours(citing, index, reference.position!), citing);
  if (chosen.kind === 'one') return resolved(reference, chosen.document, chosen.how.replace(/^page/, reference.position === 'before' ? 'supra' : 'infra'));
  if (chosen.kind === 'many') return unresolved(reference, `ambiguous: ${chosen.documents.length} candidates`, chosen.documents);
  unresolved(reference, 'not in this edition');
}

/**
 * Reads each body reference with the note whose marker follows it. The note's
 * pointers pair with the body references it comments on, in order
 * ("…, respectively"); a lone body reference pairs with the note's first.
 */
function readWithNotes(references: LocatedReference[], citing: IndexedDocument, index: EditionIndex): void {
  const byNote = new Map<number, LocatedReference[]>();
  for (const reference of references) {
    if (reference.in === 'body' && reference.annotatedBy !== null) byNote.set(reference.annotatedBy, [...(byNote.get(reference.annotatedBy) ?? []), reference]);
  }
  for (const [note, annotated] of byNote) {
    const inNote = references.filter((reference) => reference.noteIndex === note);
    if (inNote.length === 0) continue;
    // "Not printed." (or "Telegram not printed; see …") opening the note speaks of the cited document itself.
    if (inNote[0].kind === 'not-printed' && inNote[0].span.start <= 12) {
      for (const reference of annotated) if (!reference.target || !reference.resolvedBy?.includes('date')) unresolved(reference, 'not printed');
      continue;
    }
    const pointers = inNote.filter((reference) => ['page', 'document', 'other-volume'].includes(reference.kind) || (reference.kind === 'other' && reference.position));
    const pairs =
      pointers.length === annotated.length
        ? annotated.map((reference, item) => [reference, pointers[item]] as const)
        : annotated.length === 1 && pointers.length >= 1
          ? [[annotated[0], pointers[0]] as const]
          : [];
    for (const [body, pointer] of pairs) pairWithPointer(body, pointer, citing, index);
  }
}

/** A body reference and its note's pointer: another volume, the page to look on, or supra/infra. */
function pairWithPointer(body: LocatedReference, pointer: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  if (pointer.kind === 'other-volume') {
    body.page = pointer.page;
    body.volume = pointer.volume;
    body.document = pointer.document;
    if (!body.target) unresolved(body, pointer.unresolvedReason ?? 'other volume');
    return;
  }
  if (pointer.page) body.page = pointer.page;
  const found = body.target ? index.byId.get(body.target) : undefined;
  if (pointer.kind === 'page' && pointer.page) {
    if (found?.pages.includes(pointer.page)) {
      // The body's own evidence found it on the page the note gives; the page pointer takes the same document.
      if (pointer.resolvedBy === 'page') resolved(pointer, found, 'page and the reference it annotates');
      return;
    }
    // Otherwise the editors' page wins over a match found elsewhere ("Your cable of 22d" — "probably … May 2, ante, p. 232").
    const where = groupOfPage(pointer, citing, index);
    if ('reason' in where) return;
    const onPage = (index.byPage.get(where.group)?.get(pointer.page) ?? []).filter((document) => document.id !== citing.id);
    const chosen = narrow(body, onPage, citing);
    if (chosen.kind === 'one') {
      resolved(body, chosen.document, chosen.how);
      if (pointer.resolvedBy === 'page') resolved(pointer, chosen.document, 'page and the reference it annotates');
      return;
    }
    if (pointer.target) resolved(body, index.byId.get(pointer.target)!, 'page given in the note');
    return;
  }
  if (pointer.kind === 'document') {
    body.document = pointer.document;
    const target = pointer.target ? index.byId.get(pointer.target) : undefined;
    // "Document 45" names the document; the body reference takes it unless what it says contradicts it.
    if (target && !found && narrow(body, [target], citing).kind !== 'none') resolved(body, target, 'document number given in the note');
    else if (target && !found && !body.number && !body.date) resolved(body, target, 'document number given in the note');
    return;
  }
  if (pointer.kind === 'other' && pointer.position && !found) {
    // "Your telegram of yesterday¹ … ¹ Supra.": the nearest document before that fits the body reference, else the one just before.
    const near = neighbours(citing, index, pointer.position);
    const chosen = narrow({ ...body, position: null }, near, citing);
    const target = chosen.kind === 'one' ? chosen.document : chosen.kind === 'none' && chosen.reason === 'nothing said' ? near[0] : undefined;
    if (!target) return;
    const how = `${pointer.position === 'before' ? 'supra' : 'infra'} (note)`;
    resolved(body, target, how);
    resolved(pointer, target, how);
  }
}
