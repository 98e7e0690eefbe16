import type { ContentInput } from '../content/read-content.ts';
import { buildNameIndex, findMentions } from '../names/find-mentions.ts';
import { nextMarkerHint, parseDocument } from '../parse/parse-document.ts';
import { findReferences } from '../references/find-references.ts';
import { resolveReferences } from '../references/resolve-references.ts';
import { compareChronologically } from './chronology.ts';
import { toDocumentRecord } from './document-record.ts';
import { applySidecar } from './overrides.ts';
import type { Edition, EditionEntry, PersonRecord, PlaceRecord } from './types.ts';

/**
 * Builds the edition from a content folder's input: parses every document (in
 * file order, so note numbering can run on from one document to the next),
 * applies editors' sidecars, links people and places, finds and resolves
 * references, and orders the documents chronologically. Pure: no I/O.
 */
export function buildEdition(input: ContentInput): Edition {
  const names = buildNameIndex(input.people, input.places);
  let markerHint: number | undefined;
  const entries: EditionEntry[] = input.documents.map((raw, fileOrder) => {
    const parsed = parseDocument(raw.text, { expectedFirstMarker: markerHint });
    markerHint = nextMarkerHint(parsed.footnotes, markerHint);
    const record = applySidecar(toDocumentRecord(parsed, raw), raw.sidecar);
    record.warnings = [...raw.warnings, ...record.warnings];
    const mentions = findMentions(parsed, names, raw.sidecar?.aliases ?? {});
    const references = findReferences(parsed);
    record.people = unique(mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.id));
    record.places = unique(mentions.filter((mention) => mention.kind === 'place').map((mention) => mention.id));
    return {
      id: raw.id,
      record,
      parsed,
      raw,
      fileOrder,
      mentions,
      references,
      editorialNote: raw.sidecar?.editorialNote ?? null,
    };
  });

  // References resolve against the whole edition, so only once every document is parsed.
  resolveReferences(entries);
  for (const entry of entries) entry.record.references = entry.references.map(({ span: _span, ...reference }) => reference);

  const documents = entries.sort((a, b) =>
    compareChronologically({ date: a.record.date, fileOrder: a.fileOrder }, { date: b.record.date, fileOrder: b.fileOrder }),
  );
  const people: PersonRecord[] = input.people.map((person) => ({
    ...person,
    documents: documents.filter((entry) => entry.record.people.includes(person.id)).map((entry) => entry.id),
  }));
  const places: PlaceRecord[] = input.places.map((place) => ({
    ...place,
    documents: documents.filter((entry) => entry.record.places.includes(place.id)).map((entry) => entry.id),
  }));
  return { settings: input.settings, documents, people, places, problems: input.problems };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
