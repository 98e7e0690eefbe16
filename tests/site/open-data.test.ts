import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir, json, siteDir } from './site.ts';

type Json = Record<string, unknown>;

// The contract of shared/docs/edition-data.md, written out independently of the project's schema.
const TYPES = ['telegram', 'memorandum', 'despatch', 'instruction', 'letter', 'note', 'aide-memoire', 'report', 'other'];
const isString = (value: unknown) => typeof value === 'string';
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isParty = (value: unknown) =>
  value === null ||
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value as Json).every(([key, part]) => ['name', 'role'].includes(key) && typeof part === 'string') &&
    !/^the\s/i.test(String((value as Json).role ?? '')));
const isArrayOf = (check: (item: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);
const isIsoDate = (value: unknown) => value === null || (typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/.test(value));

const CONTRACT: Record<string, (value: unknown) => boolean> = {
  id: isString,
  sourceFile: isString,
  type: (value) => TYPES.includes(value as string),
  title: isString,
  source: isStringOrNull,
  fileNumber: isStringOrNull,
  from: isParty,
  to: isParty,
  place: isStringOrNull,
  date: isIsoDate,
  dateText: isStringOrNull,
  received: isStringOrNull,
  telegramNumber: isStringOrNull,
  classification: isStringOrNull,
  signedBy: isStringOrNull,
  footnotes: isArrayOf((note) => isString((note as Json).n) && isString((note as Json).text)),
  pageBreaks: isArrayOf(isString),
  text: isString,
  references: isArrayOf((reference) => isString((reference as Json).text) && isString((reference as Json).kind) && isStringOrNull((reference as Json).target)),
  people: isArrayOf(isString),
  places: isArrayOf(isString),
  warnings: isArrayOf((warning) => typeof (warning as Json).line === 'number' && isString((warning as Json).message)),
};

const edition = json<{ edition: Json; documents: Json[]; people: Json[]; places: Json[] }>('data/edition.json');
const sourceFiles = readdirSync(join(contentDir, 'documents'))
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('/data/edition.json', () => {
  test('has the edition, documents, people and places', () => {
    expect(Object.keys(edition)).toEqual(['edition', 'documents', 'people', 'places']);
    expect(isString(edition.edition.title)).toBe(true);
    expect(Number.isNaN(Date.parse(String(edition.edition.generated)))).toBe(false);
  });

  test('holds every input file, none dropped', () => {
    expect(edition.documents.map((document) => `${document.id}.txt`).sort()).toEqual(sourceFiles);
  });

  test.each(Object.keys(CONTRACT))('every document has the contract field %s with the right type', (field) => {
    for (const document of edition.documents) {
      expect(document, `${document.id}`).toHaveProperty(field);
      expect(CONTRACT[field](document[field]), `${document.id}.${field} = ${JSON.stringify(document[field])}`).toBe(true);
    }
  });

  test('references point to documents of the edition or to nothing', () => {
    const ids = new Set(edition.documents.map((document) => document.id));
    for (const document of edition.documents) {
      for (const reference of document.references as Json[]) if (reference.target !== null) expect(ids).toContain(reference.target);
    }
  });

  test('people and places have ids, names, variants and the documents that mention them', () => {
    const ids = new Set(edition.documents.map((document) => document.id));
    for (const entry of [...edition.people, ...edition.places]) {
      expect(isString(entry.id) && isString(entry.name)).toBe(true);
      expect(isArrayOf(isString)(entry.variants)).toBe(true);
      expect(isArrayOf((id) => ids.has(id as string))(entry.documents)).toBe(true);
    }
    for (const document of edition.documents) {
      for (const person of document.people as string[]) expect(edition.people.some((entry) => entry.id === person && (entry.documents as string[]).includes(document.id as string))).toBe(true);
      for (const place of document.places as string[]) expect(edition.places.some((entry) => entry.id === place && (entry.documents as string[]).includes(document.id as string))).toBe(true);
    }
  });

  test('publishes no page-only field (rendered HTML, navigation)', () => {
    for (const document of edition.documents) {
      for (const field of ['notesHtml', 'displayTitle', 'previous', 'next', 'chronologicalIndex']) expect(document).not.toHaveProperty(field);
    }
  });
});

describe('/data/documents/<id>.json', () => {
  test.each(edition.documents.map((document) => document.id as string))('%s is the same record as in edition.json', (id) => {
    expect(json(`data/documents/${id}.json`)).toEqual(edition.documents.find((document) => document.id === id));
  });
});

describe('/documents/<id>.txt', () => {
  test.each(sourceFiles)('%s is byte-identical to the transcription', (name) => {
    const served = readFileSync(join(siteDir(), 'documents', name));
    const source = readFileSync(join(contentDir, 'documents', name));
    expect(served.equals(source)).toBe(true);
  });
});
