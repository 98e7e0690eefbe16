import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentInput } from '../content/read-content.ts';
import { toOpenData } from '../edition/open-data.ts';
import type { Edition } from '../edition/types.ts';

/**
 * Writes the open data of an edition into a built site: `data/edition.json`
 * (documents in chronological order, people, places), `data/documents/<id>.json`
 * (each the same record as in edition.json), and `documents/<id>.txt`, a copy of
 * the transcription file (so the bytes are exactly those received). Returns the
 * number of files written.
 */
export function writeOpenData(edition: Edition, input: ContentInput, site: string): number {
  const data = toOpenData(edition);
  mkdirSync(join(site, 'data', 'documents'), { recursive: true });
  mkdirSync(join(site, 'documents'), { recursive: true });
  writeFileSync(join(site, 'data', 'edition.json'), JSON.stringify(data, null, 2));
  for (const record of data.documents) {
    writeFileSync(join(site, 'data', 'documents', `${record.id}.json`), JSON.stringify(record, null, 2));
  }
  for (const document of input.documents) {
    copyFileSync(join(input.dir, document.sourceFile), join(site, 'documents', `${document.id}.txt`));
  }
  return 1 + data.documents.length + input.documents.length;
}
