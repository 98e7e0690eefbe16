/**
 * Validating TEI against tei_all (the RELAX NG schema shipped in
 * src/site/tei/schema/) with xmllint-wasm: libxml2's xmllint compiled to
 * WebAssembly, run in a worker, no network.
 */
import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

const SCHEMA = new URL('../../src/site/tei/schema/tei_all.rng', import.meta.url);

/** The validity errors of the files against tei_all, as `file:line: message` lines (none when all are valid). */
export async function teiAllErrors(files: readonly { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: files,
    schema: [{ fileName: 'tei_all.rng', contents: readFileSync(SCHEMA, 'utf8') }],
    extension: 'relaxng',
    maxMemoryPages: 2 * memoryPages.GiB,
  });
  return result.errors.map((error) => error.rawMessage);
}
