/**
 * The edition's pipeline is pure: parse → the editor's corrections → link →
 * resolve → assemble → order, each stage returning new values. Checked on
 * real content: the dev corpus (hundreds of resolved references) and the
 * cross-linked fixture edition, whose documents have sidecars.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { findReferences } from '../../src/core/references/find-references.ts';
import { resolveReferences } from '../../src/core/references/resolve-references.ts';

const devCorpus = new URL('../../../shared/corpus/frus-dev/', import.meta.url).pathname;
const fixture = new URL('../fixtures/site-geneva-1934/', import.meta.url).pathname;

describe('the edition pipeline on the dev corpus', () => {
  const input = readContent(devCorpus);

  test('leaves the content it is given as it was', () => {
    const before = structuredClone(input);
    buildEdition(input);
    expect(input).toEqual(before);
  });

  test('builds the same edition from the same content twice', () => {
    expect(JSON.stringify(buildEdition(input).documents.map((entry) => entry.record))).toBe(JSON.stringify(buildEdition(input).documents.map((entry) => entry.record)));
  });

  test('reference resolution returns resolved copies and leaves the references it was given unresolved', () => {
    const edition = buildEdition(input);
    const found = edition.documents.map((entry) => ({ ...entry, references: findReferences(entry.parsed) }));
    const before = structuredClone(found.map((document) => document.references));
    const { references } = resolveReferences(found);
    expect(found.map((document) => document.references)).toEqual(before);
    const resolved = [...references.values()].flat().filter((reference) => reference.target);
    expect(resolved.length).toBeGreaterThan(700);
    expect(before.flat().filter((reference) => reference.target)).toEqual([]);
  });
});

describe('the edition pipeline on the cross-linked fixture', () => {
  test('each record says what its sidecar supplied, once, and lists its links', () => {
    const edition = buildEdition(readContent(fixture));
    for (const { record } of edition.documents) expect(new Set(record.editorSupplied).size).toBe(record.editorSupplied.length);
    expect(edition.documents.some(({ record }) => record.references.some((reference) => reference.target))).toBe(true);
    expect(edition.documents.every(({ record, mentions }) => record.people.length + record.places.length > 0 || mentions.length === 0)).toBe(true);
  });
});
