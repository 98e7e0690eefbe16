/**
 * Fixture tests: `tests/fixtures/<case>/input.txt` is parsed and compared with
 * `expected.json`. Run with `UPDATE=1` to regenerate the expectations after an
 * intended change, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toDocumentRecord } from '../src/lib/edition/document-record.ts';
import { inlineText } from '../src/lib/parse/inline.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.txt')));

/** What a fixture pins down: the open-data record and the shape of the body. */
function snapshot(name: string, raw: string) {
  const parsed = parseDocument(raw);
  // References, people, places and the printed source are the edition's, set once every document is read.
  const { references: _references, people: _people, places: _places, printedSource: _printedSource, ...record } = toDocumentRecord(parsed, { id: name, sourceFile: `${name}.txt` });
  return {
    record,
    blocks: parsed.body.map((block) => ({
      line: block.line,
      ...(block.role ? { role: block.role } : {}),
      ...(block.label ? { label: block.label } : {}),
      depth: block.depth,
      start: inlineText(block.content).slice(0, 60),
    })),
    headerNotes: parsed.headerNotes,
  };
}

describe('parser fixtures', () => {
  test.each(cases)('%s parses as expected', (name) => {
    const raw = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const actual = snapshot(name, raw);
    const expectedFile = join(root, name, 'expected.json');
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
