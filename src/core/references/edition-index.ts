import type { EditionEntry } from '../model/edition.ts';
import type { Inline } from '../model/parsed-document.ts';
import { estimatedPlace, estimateStarts } from './page-estimate.ts';
import { postOf, type Post } from './posts.ts';
import { dayOf, monthDayOf, timeOf } from './reference-dates.ts';
import { volumeOfId, type VolumeId } from './volumes.ts';

/** A document as reference resolution reads it: what it is (record, parse), where it stands in the files, what it cites. */
export type ResolvableDocument = Pick<EditionEntry, 'id' | 'record' | 'parsed' | 'fileOrder' | 'references'>;

/** What resolution needs to know of one document, read once. */
export interface IndexedDocument {
  entry: ResolvableDocument;
  id: string;
  /** The volume group (`frus1934v04`), or `''` when ids do not name volumes. */
  group: string;
  /** Position within its group, in file order. */
  position: number;
  /** `YYYY-MM-DD`, or null. */
  day: string | null;
  /** For a document whose date is lost: the days of its nearest dated neighbours in the volume, when they are close (see `estimateDays`). */
  around: { low: string; high: string } | null;
  /** `MM-DD`, or null. */
  monthDay: string | null;
  time: string | null;
  /** Sender's serial number: the telegram number, or a despatch's `No. 228`. */
  serial: string | null;
  sender: Post | null;
  recipient: Post | null;
  /** Printed pages the document stands or may stand on, first to last. */
  pages: string[];
  /** The pages it certainly stands on (see `pagesOf`). */
  certainPages: string[];
  /** For a document that shows no page break: the page it is estimated to begin on, from the length of the text around it, when the estimate is clear (see `estimateStartPages`); else null. */
  estimatedStart: string | null;
  /** For a document that shows no page break: the pages it is estimated surely to stand on (see `estimateStartPages`). */
  estimatedPages: string[];
  /** Markers of its notes (`"32"`), for "see footnote 32, p. 56"; null when its notes are not numbered as the volume printed them. */
  noteMarkers: Set<string> | null;
}

/** Lookup maps over the whole edition, built once so that resolving each reference costs a few map reads. */
export interface EditionIndex {
  documents: IndexedDocument[];
  byId: Map<string, IndexedDocument>;
  /** `serial|YYYY-MM-DD` → documents with that number sent that day. */
  bySerialDay: Map<string, IndexedDocument[]>;
  /** `serial|MM-DD` → the same, for references whose year is not known. */
  bySerialMonthDay: Map<string, IndexedDocument[]>;
  /** serial → dated documents with that number, in date order (for "Your 1359" with no date). */
  bySerialDated: Map<string, IndexedDocument[]>;
  /** `serial|YYYY` → documents with that number whose date is lost, dated by their neighbours to that year. */
  bySerialUndatedYear: Map<string, IndexedDocument[]>;
  /** `serial|group` → documents with that number whose date is lost, by volume. */
  bySerialUndatedGroup: Map<string, IndexedDocument[]>;
  /** `YYYY-MM-DD` → documents of that day (for unnumbered references). */
  byDay: Map<string, IndexedDocument[]>;
  /** `MM-DD` → documents of that day of any year (for unnumbered references whose year is unknown). */
  byMonthDay: Map<string, IndexedDocument[]>;
  /** group → page → documents on that page, in file order. */
  byPage: Map<string, Map<string, IndexedDocument[]>>;
  /** group → documents in file order. */
  groups: Map<string, IndexedDocument[]>;
  /** group → the volume it is, when ids say so. */
  volumes: Map<string, VolumeId>;
  /** group → document number (the id's `-d0045` → `45`) → document, when ids say so. */
  byDocumentNumber: Map<string, Map<string, IndexedDocument>>;
}

/**
 * Indexes the edition's documents: by serial number, by month and day, by
 * printed page within each volume, and in volume order. Volumes are told by
 * ids of the form `frus…v04-d0012`; when ids do not follow it, all documents
 * are one sequence. Linear in the number of documents.
 */
export function indexEdition(entries: readonly ResolvableDocument[]): EditionIndex {
  const groups = new Map<string, IndexedDocument[]>();
  const volumes = new Map<string, VolumeId>();
  const documents: IndexedDocument[] = [];
  const usesVolumes = entries.length > 0 && entries.every((entry) => volumeOfId(entry.id) !== null);
  for (const entry of [...entries].sort((a, b) => a.fileOrder - b.fileOrder)) {
    const volume = usesVolumes ? volumeOfId(entry.id) : null;
    const group = volume?.group ?? '';
    if (volume) volumes.set(group, volume.volume);
    const list = groups.get(group) ?? [];
    const { record, parsed } = entry;
    const document: IndexedDocument = {
      entry,
      id: entry.id,
      group,
      position: list.length,
      day: dayOf(record.date),
      around: null,
      monthDay: monthDayOf(record.date),
      time: timeOf(record.date),
      serial: record.telegramNumber ?? despatchNumber(parsed.body[0]?.content),
      sender: postOf(record.from, record.place),
      recipient: postOf(record.to),
      pages: [],
      certainPages: [],
      estimatedStart: null,
      estimatedPages: [],
      noteMarkers: parsed.volumeNoteNumbers ? new Set(parsed.footnotes.map((note) => note.n)) : null,
    };
    list.push(document);
    groups.set(group, list);
    documents.push(document);
  }
  const byPage = new Map<string, Map<string, IndexedDocument[]>>();
  for (const [group, list] of groups) {
    byPage.set(group, pagesOf(list, group !== '' || usesVolumes));
    if (group !== '' || usesVolumes) estimateStartPages(list, byPage.get(group)!);
  }
  for (const list of groups.values()) estimateDays(list);
  const bySerialDay = new Map<string, IndexedDocument[]>();
  const bySerialMonthDay = new Map<string, IndexedDocument[]>();
  const bySerialDated = new Map<string, IndexedDocument[]>();
  const bySerialUndatedYear = new Map<string, IndexedDocument[]>();
  const bySerialUndatedGroup = new Map<string, IndexedDocument[]>();
  const byDay = new Map<string, IndexedDocument[]>();
  const byMonthDay = new Map<string, IndexedDocument[]>();
  for (const document of documents) {
    if (document.serial && !document.monthDay) {
      push(bySerialUndatedGroup, `${document.serial}|${document.group}`, document);
      const years = new Set([document.around?.low.slice(0, 4), document.around?.high.slice(0, 4)]);
      for (const year of years) if (year) push(bySerialUndatedYear, `${document.serial}|${year}`, document);
    }
    if (document.day) push(byDay, document.day, document);
    if (document.serial && document.day) push(bySerialDay, `${document.serial}|${document.day}`, document);
    if (document.serial && document.monthDay) push(bySerialMonthDay, `${document.serial}|${document.monthDay}`, document);
    if (document.serial && document.day) push(bySerialDated, document.serial, document);
    if (document.monthDay) push(byMonthDay, document.monthDay, document);
  }
  const byDocumentNumber = new Map<string, Map<string, IndexedDocument>>();
  if (usesVolumes) {
    for (const document of documents) {
      const number = documentNumber(document.id);
      if (number === null) continue;
      const numbers = byDocumentNumber.get(document.group) ?? new Map<string, IndexedDocument>();
      numbers.set(String(number), document);
      byDocumentNumber.set(document.group, numbers);
    }
  }
  for (const list of bySerialDated.values()) list.sort((a, b) => (a.day! < b.day! ? -1 : a.day! > b.day! ? 1 : 0));
  return {
    documents,
    byId: new Map(documents.map((document) => [document.id, document])),
    bySerialDay,
    bySerialMonthDay,
    bySerialDated,
    bySerialUndatedYear,
    bySerialUndatedGroup,
    byDay,
    byMonthDay,
    byPage,
    groups,
    volumes,
    byDocumentNumber,
  };
}

/** The document's number in its volume, from an id of the form `…-d0045`; null for other ids. */
function documentNumber(id: string): number | null {
  const number = /-d0*(\d+)$/.exec(id)?.[1];
  return number ? Number(number) : null;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when the document surely stands on printed page `page`: it holds the page's break, or its pages are certain or clearly estimated there. */
export function surelyOnPage(document: IndexedDocument, page: string): boolean {
  return document.entry.record.pageBreaks.includes(page) || document.certainPages.includes(page) || document.estimatedStart === page || document.estimatedPages.includes(page);
}

/** The documents of a date-ordered list dated from `low` to `high` (ISO days), found by binary search. */
export function datedBetween(list: readonly IndexedDocument[], low: string, high: string): IndexedDocument[] {
  let start = 0;
  let end = list.length;
  while (start < end) {
    const middle = (start + end) >> 1;
    if (list[middle].day! < low) start = middle + 1;
    else end = middle;
  }
  const out: IndexedDocument[] = [];
  for (let at = start; at < list.length && list[at].day! <= high; at += 1) out.push(list[at]);
  return out;
}

/**
 * Dates documents that lost their dateline by their neighbours: a volume is
 * chronological within each chapter, so a document between one dated May 19
 * and one dated May 22 was written between them. Only when the nearest dated
 * documents on both sides (within five places) are at most two months apart.
 */
function estimateDays(list: readonly IndexedDocument[]): void {
  const nearest = (from: number, step: 1 | -1): string | null => {
    for (let position = from + step, seen = 0; position >= 0 && position < list.length && seen < 5; position += step, seen += 1) {
      if (list[position].day) return list[position].day;
    }
    return null;
  };
  for (const document of list) {
    if (document.day) continue;
    const before = nearest(document.position, -1);
    const after = nearest(document.position, 1);
    if (!before || !after) continue;
    const [low, high] = before <= after ? [before, after] : [after, before];
    if ((Date.parse(high) - Date.parse(low)) / 86_400_000 <= 62) document.around = { low, high };
  }
}

/**
 * A despatch's or instruction's serial number, printed as the first line of
 * its text (`No. 228`, `No. 979 Political`).
 */
function despatchNumber(content: readonly Inline[] | undefined): string | null {
  const first = content?.find((inline) => inline.type === 'text');
  const match = first && first.type === 'text' ? /^\s*No\.\s*(\d+)\b/.exec(first.value) : null;
  return match ? match[1] : null;
}

/**
 * The pages each document of a volume stands on. A document's page breaks
 * give its later pages; it starts on the page before its first break when
 * words precede that break, else on that page. Documents without a break lie
 * between the page where the document before them ended and the page where
 * the next one with breaks starts (see `placeRun`). Where the page is not
 * certain, the document is listed on every page it may stand on (`pages`), but
 * not in `certainPages`.
 */
function pagesOf(list: readonly IndexedDocument[], volume: boolean): Map<string, IndexedDocument[]> {
  const byPage = new Map<string, IndexedDocument[]>();
  const place = (document: IndexedDocument, first: number, last: number, certain: boolean) => {
    if (first <= 0 || last < first || last - first > 200) return;
    for (let page = first; page <= last; page += 1) {
      const key = String(page);
      document.pages.push(key);
      if (certain) document.certainPages.push(key);
      push(byPage, key, document);
    }
  };
  const spans = list.map((document) => {
    const breaks = document.entry.record.pageBreaks.map(Number).filter((page) => Number.isInteger(page) && page > 0);
    if (breaks.length === 0) return null;
    return { first: wordsBeforeFirstBreak(document.entry) ? breaks[0] - 1 : breaks[0], last: breaks[breaks.length - 1] };
  });
  let lastPage: number | null = null;
  let index = 0;
  while (index < list.length) {
    const span = spans[index];
    if (span) {
      place(list[index], span.first, span.last, true);
      lastPage = span.last;
      index += 1;
      continue;
    }
    // A run of documents without breaks, between `lastPage` and the next document with breaks.
    let end = index;
    while (end < list.length && !spans[end]) end += 1;
    placeRun(list.slice(index, end), lastPage, end < list.length ? spans[end]!.first : null, volume, place);
    index = end;
  }
  return byPage;
}

/**
 * Places a run of documents without page breaks between page `low` (where the
 * document before ended) and page `high` (where the next one with breaks
 * starts). A copy that keeps the volume's page numbers and shows none lies on
 * one page, and the page advances by at most one from one such document to
 * the next: the i-th of k between L and S stands on a page in
 * [max(L, S − (k − i + 1)), min(L + i, S)] — often a single page. An archival
 * copy prints no page numbers and may run over several: with one in the run,
 * each document may stand anywhere between L and S, and a lone archival copy
 * certainly on the pages strictly between.
 *
 * In a bare sequence of unrelated transcriptions (no volume ids), documents
 * get pages only when the pages around them run on, so that a lone seed is not
 * put on another document's page.
 */
function placeRun(
  run: readonly IndexedDocument[],
  low: number | null,
  high: number | null,
  volume: boolean,
  place: (document: IndexedDocument, first: number, last: number, certain: boolean) => void,
): void {
  const count = run.length;
  if (run.some((document) => document.entry.parsed.archivalCopy)) {
    if (low === null || high === null || high < low) return;
    for (const document of run) place(document, low, high, false);
    if (count === 1) for (let page = low + 1; page < high; page += 1) run[0].certainPages.push(String(page));
    return;
  }
  const consistent = low !== null && high !== null ? high >= low && high - low <= count + 1 : volume;
  if (!consistent || (low === null && high === null)) return;
  for (let item = 1; item <= count; item += 1) {
    const first = Math.max(low ?? -Infinity, high !== null ? high - (count - item + 1) : -Infinity);
    const last = Math.min(low !== null ? low + item : Infinity, high ?? Infinity);
    if (Number.isFinite(first) && Number.isFinite(last)) place(run[item - 1], first, last, first === last);
  }
}

/**
 * Narrows where the documents that show no page break stand, where the
 * length of the text between the volume's page breaks places them clearly
 * (page-estimate.ts): the pages they cannot stand on are taken out of
 * `pages` and `byPage`, and `estimatedStart` and `estimatedPages` are set —
 * always within the pages `pagesOf` allows.
 */
function estimateStartPages(list: readonly IndexedDocument[], byPage: Map<string, IndexedDocument[]>): void {
  const estimates = estimateStarts(list.map((document) => document.entry));
  list.forEach((document, position) => {
    if (document.entry.record.pageBreaks.length > 0) return;
    const next = list[position + 1];
    // Where the documents' numbers skip, the edition lacks some of the volume: this one's end is not the next one's start.
    const follows = next && (documentNumber(next.id) === null || documentNumber(next.id) === (documentNumber(document.id) ?? NaN) + 1);
    const { firstPage, pages, from, to } = estimatedPlace(estimates[position], follows ? estimates[position + 1] : null);
    const possible = (page: string) => (from === null || Number(page) >= from) && (to === null || Number(page) <= to);
    const ruledOut = document.pages.filter((page) => !possible(page) && !document.certainPages.includes(page));
    // Never all of them: the estimate narrows where the document stands, it does not move it.
    if (ruledOut.length < document.pages.length) {
      for (const page of ruledOut)
        byPage.set(
          page,
          (byPage.get(page) ?? []).filter((other) => other !== document),
        );
      document.pages = document.pages.filter((page) => !ruledOut.includes(page));
    }
    if (firstPage !== null && document.pages.includes(String(firstPage))) document.estimatedStart = String(firstPage);
    document.estimatedPages = pages.map(String).filter((page) => document.pages.includes(page));
  });
}

/** True when the body has words before its first page break (the document began on the page before). */
function wordsBeforeFirstBreak(entry: ResolvableDocument): boolean {
  for (const block of entry.parsed.body) {
    for (const inline of block.content) {
      if (inline.type === 'pageBreak') return false;
      if (inline.type === 'text' && inline.value.trim()) return true;
    }
  }
  // Breaks in the notes only: the body stood on the page before.
  return true;
}
