import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFiles } from '../content/content-files.ts';
import type { ContentInput } from '../content/read-content.ts';
import { toOpenData } from '../edition/open-data.ts';
import type { Edition } from '../edition/types.ts';
import { removeUnlisted, writeIfChanged } from '../files/kept-files.ts';

/**
 * Writes the open data of an edition into a folder laid out as the site:
 * `data/edition.json` (documents in chronological order, people, places),
 * `data/documents/<id>.json` (each the same record as in edition.json), and
 * `documents/<id>.txt`, the bytes of the transcription file as received.
 *
 * The folder is kept between builds (the loader stages the open data in
 * Astro's cache, src/integrations/keep-output.ts links it into the site), so a
 * file already holding what it should is left alone, and the files of
 * documents no longer in the edition are removed. Returns how many files the
 * open data has and how many were written or removed.
 */
export function writeOpenData(edition: Edition, input: ContentInput, dir: string): { files: number; changed: number } {
  const data = toOpenData(edition);
  const recordsDir = join(dir, 'data', 'documents');
  const textsDir = join(dir, 'documents');
  mkdirSync(recordsDir, { recursive: true });
  mkdirSync(textsDir, { recursive: true });
  const files = new ContentFiles(input.dir);
  let changed = 0;
  if (writeIfChanged(join(dir, 'data', 'edition.json'), JSON.stringify(data, null, 2))) changed += 1;
  for (const record of data.documents) {
    if (writeIfChanged(join(recordsDir, `${record.id}.json`), JSON.stringify(record, null, 2))) changed += 1;
  }
  for (const document of input.documents) {
    // The bytes as received, not the decoded text; read again (only from inside the content folder) rather
    // than kept with the edition. None for a file that could not be read: its page says why.
    const read = files.read(document.sourceFile);
    if (writeIfChanged(join(textsDir, `${document.id}.txt`), read.ok ? read.bytes : new Uint8Array())) changed += 1;
  }
  const ids = new Set(input.documents.map((document) => document.id));
  changed += removeUnlisted(recordsDir, '.json', ids) + removeUnlisted(textsDir, '.txt', ids);
  return { files: 1 + data.documents.length + input.documents.length, changed };
}
