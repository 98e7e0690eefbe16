import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFiles } from './content/content-files.ts';
import type { ContentInput } from '../core/model/content.ts';
import { toOpenData } from '../site/open-data.ts';
import type { Edition } from '../core/edition/edition.ts';
import { removeOthers, removeUnlisted, writeIfChanged } from './kept-files.ts';
import { documentCslItem } from '../site/citation/csl-item.ts';
import { bibtex, cslJson, ris } from '../site/citation/format-citation.ts';
import { documentTeiXml, editionTeiXml } from '../site/tei/tei-files.ts';

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
 * documents no longer in the edition are removed. Returns how many files the
 * open data has and how many were written or removed.
 */
export function writeOpenData(
  edition: Edition,
  input: ContentInput,
  dir: string,
  documentUrl: (id: string) => string | null,
): { files: number; changed: number } {
  const data = toOpenData(edition);
  const recordsDir = join(dir, 'data', 'documents');
  const textsDir = join(dir, 'documents');
  mkdirSync(recordsDir, { recursive: true });
  mkdirSync(textsDir, { recursive: true });
  const files = new ContentFiles(input.dir);
  let changed = 0;
  if (writeIfChanged(join(dir, 'data', 'edition.json'), JSON.stringify(data, null, 2))) changed += 1;
  const tei = { edition: edition.settings, documentUrl };
  if (writeIfChanged(join(dir, 'data', 'edition.tei.xml'), editionTeiXml(edition, tei))) changed += 1;
  const records = new Set<string>();
  const write = (name: string, content: string) => {
    records.add(name);
    if (writeIfChanged(join(recordsDir, name), content)) changed += 1;
  };
  for (const entry of edition.documents) {
    const { record } = entry;
    write(`${record.id}.json`, JSON.stringify(record, null, 2));
    write(`${record.id}.xml`, documentTeiXml(entry, tei));
    const item = documentCslItem(record, edition.settings, documentUrl(record.id));
    write(`${record.id}.csl.json`, cslJson(item));
    write(`${record.id}.bib`, bibtex(item));
    write(`${record.id}.ris`, ris(item));
  }
  for (const document of input.documents) {
    // The bytes as received, not the decoded text; read again (only from inside the content folder) rather
    // than kept with the edition. None for a file that could not be read: its page says why.
    const read = files.read(document.sourceFile);
    if (writeIfChanged(join(textsDir, `${document.id}.txt`), read.ok ? read.bytes : new Uint8Array())) changed += 1;
  }
  const ids = new Set(input.documents.map((document) => document.id));
  changed += removeOthers(recordsDir, records) + removeUnlisted(textsDir, '.txt', ids);
  return { files: 2 + records.size + input.documents.length, changed };
}
