import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFiles } from './content/content-files.ts';
import type { ContentInput } from '../core/model/content.ts';
import { openDataJsonParts, toOpenData } from '../site/open-data.ts';
import type { Edition } from '../core/edition/edition.ts';
import type { EditionEntry } from '../core/model/edition.ts';
import { removeOthers, removeUnlisted, writeIfChanged } from './kept-files.ts';
import { documentCslItem } from '../site/citation/csl-item.ts';
import { bibtex, cslJson, ris } from '../site/citation/format-citation.ts';
import { documentTeiXml, editionDocumentTeiXml, editionTeiParts } from '../site/tei/tei-files.ts';

/** Where the open data of the last build is described, so that a rebuild makes again only what changed. */
export interface OpenDataCache {
  /** A JSON file: each document's key, and each edition file's digest, as of the last build. */
  keysFile: string;
  /** A folder of each document's `<TEI>` as the edition file has it (`<id>.xml`). */
  teiDir: string;
  /** Digest of what every file is made with besides its document: the code that makes them, the edition's settings. */
  generator: string;
}

interface Keys {
  generator: string;
  documents: Record<string, string>;
  files: Record<string, string>;
}

/**
 * Writes the open data of an edition into a folder laid out as the site:
 * `data/edition.json` (documents in chronological order, people, places),
 * `data/documents/<id>.json` (each the same record as in edition.json), its
 * citation as CSL-JSON (`<id>.csl.json`), BibTeX (`<id>.bib`) and RIS
 * (`<id>.ris`), all from its one CSL-JSON item, and as TEI P5 (`<id>.xml`),
 * with `data/edition.tei.xml` holding them all; and `documents/<id>.txt`,
 * the bytes of the transcription file as received. `documentUrl` gives a
 * document's public address for its citation, or null when the site's
 * address is unknown.
 *
 * The folder is kept between builds (the loader stages the open data in
 * Astro's cache, src/integrations/keep-output.ts links it into the site), so a
 * file already holding what it should is left alone, and the files of
 * documents no longer in the edition are removed. A document whose key (a
 * digest of all its files are made from) is the last build's, with the same
 * `cache.generator`, is not made again; the edition files are written in
 * parts, and only when their digest changed. Returns how many files the
 * open data has and how many were written or removed.
 */
export function writeOpenData(edition: Edition, input: ContentInput, dir: string, documentUrl: (id: string) => string | null, cache: OpenDataCache): { files: number; changed: number } {
  const recordsDir = join(dir, 'data', 'documents');
  const textsDir = join(dir, 'documents');
  mkdirSync(recordsDir, { recursive: true });
  mkdirSync(textsDir, { recursive: true });
  mkdirSync(cache.teiDir, { recursive: true });
  const previous = readKeys(cache.keysFile, cache.generator);
  const keys: Keys = { generator: cache.generator, documents: {}, files: {} };
  const files = new ContentFiles(input.dir);
  let changed = 0;
  const tei = { edition: edition.settings, documentUrl };
  const records = new Set<string>();
  for (const entry of edition.documents) {
    const { record } = entry;
    const names = ['json', 'xml', 'csl.json', 'bib', 'ris'].map((extension) => `${record.id}.${extension}`);
    for (const name of names) records.add(name);
    const key = documentKey(entry, documentUrl(record.id));
    keys.documents[record.id] = key;
    const teiFile = join(cache.teiDir, `${record.id}.xml`);
    if (previous.documents[record.id] === key && existsSync(teiFile) && names.every((name) => existsSync(join(recordsDir, name)))) continue;
    const item = documentCslItem(record, edition.settings, documentUrl(record.id));
    const contents = [JSON.stringify(record, null, 2), documentTeiXml(entry, tei), cslJson(item), bibtex(item), ris(item)];
    for (const [index, name] of names.entries()) if (writeIfChanged(join(recordsDir, name), contents[index])) changed += 1;
    writeIfChanged(teiFile, editionDocumentTeiXml(entry, tei));
  }
  // The edition files, each in parts: its documents' parts one at a time. A document's part is made from what
  // its key covers, so the file's digest is taken over the documents' keys in order, not over its bytes.
  const inOrder = edition.documents.map((entry) => keys.documents[entry.id]);
  const json = openDataJsonParts(toOpenData(edition));
  if (writeInParts(join(dir, 'data', 'edition.json'), [json.before, inOrder, json.after], () => [json.before, ...json.documents, json.after], previous, keys)) changed += 1;
  const corpus = editionTeiParts(edition);
  const teiParts = function* () {
    yield corpus.before;
    for (const entry of edition.documents) yield readFileSync(join(cache.teiDir, `${entry.id}.xml`), 'utf8');
    yield corpus.after;
  };
  if (writeInParts(join(dir, 'data', 'edition.tei.xml'), [corpus.before, inOrder, corpus.after], teiParts, previous, keys)) changed += 1;
  for (const document of input.documents) {
    // The bytes as received, not the decoded text; read again (only from inside the content folder) rather
    // than kept with the edition. None for a file that could not be read: its page says why.
    const read = files.read(document.sourceFile);
    if (writeIfChanged(join(textsDir, `${document.id}.txt`), read.ok ? read.bytes : new Uint8Array())) changed += 1;
  }
  const ids = new Set(input.documents.map((document) => document.id));
  changed += removeOthers(recordsDir, records) + removeUnlisted(textsDir, '.txt', ids);
  removeUnlisted(cache.teiDir, '.xml', new Set(edition.documents.map((entry) => entry.id)));
  writeFileSync(cache.keysFile, JSON.stringify(keys));
  return { files: 2 + records.size + input.documents.length, changed };
}

/** Digest of everything a document's files are made from: its record, parse, names and references, and its address. */
function documentKey(entry: EditionEntry, url: string | null): string {
  const { record, parsed, mentions, headerMentions, references, editorialNote } = entry;
  return createHash('sha256').update(JSON.stringify({ record, parsed, mentions, headerMentions, references, editorialNote, url })).digest('base64url');
}

function readKeys(file: string, generator: string): Keys {
  try {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as Keys;
    // Other code or settings made them: nothing of the last build's can be trusted.
    if (keys.generator === generator) return keys;
  } catch {
    // No keys yet (a first build), or a file left broken by an interrupted build: everything is made again.
  }
  return { generator, documents: {}, files: {} };
}

/**
 * Writes a file from its parts unless the last build's was made from the same
 * `madeFrom` (what the parts are made of: the text around the documents and
 * the documents' keys), so that an unchanged file is not made at all; a new
 * version goes to a new file renamed over the old one, as `writeIfChanged`.
 * Returns whether it wrote.
 */
function writeInParts(path: string, madeFrom: unknown, parts: () => Iterable<string>, previous: Keys, keys: Keys): boolean {
  const digest = createHash('sha256').update(JSON.stringify(madeFrom)).digest('base64url');
  keys.files[path] = digest;
  if (previous.files[path] === digest && existsSync(path)) return false;
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    for (const part of parts()) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  return true;
}
