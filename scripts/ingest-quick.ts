import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, nextMarkerHint } from '../src/lib/parse/parse-document.ts';
import { toDocumentRecord } from '../src/lib/edition/document-record.ts';
const dir = process.argv[2];
const out = process.argv[3];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const t0 = performance.now();
let hint: number | undefined;
const documents = files.map((file) => {
  const parsed = parseDocument(readFileSync(join(dir, file), 'utf8'), { expectedFirstMarker: hint });
  hint = nextMarkerHint(parsed.footnotes, hint);
  return toDocumentRecord(parsed, { id: file.replace(/\.txt$/, ''), sourceFile: file });
});
console.error(`${files.length} docs in ${(performance.now() - t0).toFixed(0)} ms`);
writeFileSync(out, JSON.stringify({ edition: { title: 'x' }, documents }, null, 1));
