import type { EditionDocument } from '../schemas/document.ts';
import type { Edition, PersonRecord, PlaceRecord } from './types.ts';

/** The open-data object of edition-data.md: `/data/edition.json` and the ingest command's output. */
export interface OpenData {
  edition: { title: string; generated: string; editors: string[]; licence: string };
  documents: EditionDocument[];
  people: PersonRecord[];
  places: PlaceRecord[];
}

/** Serialisable open data for the whole edition, documents in chronological order. */
export function toOpenData(edition: Edition, generated: Date = new Date()): OpenData {
  return {
    edition: {
      title: edition.settings.title,
      generated: generated.toISOString(),
      editors: edition.settings.editors,
      licence: edition.settings.licence,
    },
    documents: edition.documents.map((entry) => entry.record),
    people: edition.people,
    places: edition.places,
  };
}
