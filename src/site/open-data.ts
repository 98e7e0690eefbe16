import type { EditionDocument } from '../core/schemas/document.ts';
import type { EditionSettings } from '../core/schemas/edition.ts';
import type { Edition } from '../core/edition/edition.ts';
import type { PersonRecord, PlaceRecord } from '../core/model/edition.ts';

/** The open-data object of edition-data.md: `/data/edition.json` and the ingest command's output. */
export interface OpenData {
  /** `generated` is left out when no date is known that the same content would always give (see `generatedDate`). */
  edition: { title: string; generated?: string; editors: string[]; licence: string };
  documents: EditionDocument[];
  people: PersonRecord[];
  places: PlaceRecord[];
}

/**
 * Serialisable open data for the whole edition, documents in chronological
 * order. The same content always gives the same bytes: `generated` is the
 * date `generatedDate` derives, never the clock's.
 */
export function toOpenData(edition: Edition, generated: string | null = generatedDate(edition.settings)): OpenData {
  return {
    edition: {
      title: edition.settings.title,
      ...(generated ? { generated } : {}),
      editors: edition.settings.editors,
      licence: edition.settings.licence,
    },
    documents: edition.documents.map((entry) => entry.record),
    people: edition.people,
    places: edition.places,
  };
}

/**
 * The date the open data gives as `generated`, the same for every build of the
 * same content on any machine: `SOURCE_DATE_EPOCH` (the reproducible-builds
 * convention: seconds since 1970, e.g. a release's commit time) when set,
 * else the edition's `published` (edition.yaml) when it is an ISO date or
 * year, else none. A build's clock or a file's modification time would change
 * the file on every build, or on every checkout.
 */
export function generatedDate(settings: EditionSettings, env: NodeJS.ProcessEnv = process.env): string | null {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  const published = settings.published?.trim();
  return published && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(published) ? published : null;
}

/**
 * `JSON.stringify(data, null, 2)` of the open data in parts, the same bytes
 * when joined: what stands before the documents, each document's record, and
 * what follows; a large edition's file is more than one string can hold.
 */
export function openDataJsonParts(data: OpenData): { before: string; documents: Iterable<string>; after: string } {
  if (data.documents.length === 0) return { before: JSON.stringify(data, null, 2), documents: [], after: '' };
  // The documents' place, marked by a string no record serializes to.
  const mark = '\u0000documents\u0000';
  const json = JSON.stringify({ ...data, documents: [mark] }, null, 2);
  const quoted = JSON.stringify(mark);
  const at = json.indexOf(quoted);
  // A record stands in the array four spaces in, and so does each of its lines. Made anew at each reading.
  const records = {
    *[Symbol.iterator]() {
      for (const [index, record] of data.documents.entries()) yield `${index > 0 ? ',\n    ' : ''}${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`;
    },
  };
  return { before: json.slice(0, at), documents: records, after: json.slice(at + quoted.length) };
}
