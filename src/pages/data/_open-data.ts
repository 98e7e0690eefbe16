/**
 * The open-data records of shared/docs/edition-data.md, picked out of the
 * collections: the documents collection holds the contract's fields plus what
 * pages need, and only the fields of `documentSchema` are published.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentSchema, type EditionDocument } from '../../lib/schemas/document.ts';
import { chronologicalDocuments, editionSettings } from '../../components/site/collections.ts';
import { personOpenData, placeOpenData } from '../../lib/names/index-pages.ts';

const CONTRACT_FIELDS = documentSchema.keyof().options;

/** A document's open-data record: the contract's fields, in the schema's order. */
export function toDocumentRecord(data: CollectionEntry<'documents'>['data']): EditionDocument {
  const record: Record<string, unknown> = {};
  for (const field of CONTRACT_FIELDS) record[field] = data[field];
  return record as EditionDocument;
}

/** The whole edition as `/data/edition.json` publishes it; documents in chronological order. */
export async function editionOpenData(generated: Date = new Date()) {
  const settings = await editionSettings();
  const documents = await chronologicalDocuments();
  const people = await getCollection('people');
  const places = await getCollection('places');
  const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name);
  return {
    edition: {
      title: settings.title,
      generated: generated.toISOString(),
      editors: settings.editors,
      licence: settings.licence,
    },
    documents: documents.map((entry) => toDocumentRecord(entry.data)),
    // The index records without what only their pages need (snippets, locator maps).
    people: people.sort(byName).map((entry) => personOpenData(entry.data)),
    places: places.sort(byName).map((entry) => placeOpenData(entry.data)),
  };
}
