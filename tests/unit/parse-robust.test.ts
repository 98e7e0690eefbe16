/**
 * The parser never throws and never loses its footing on odd input: random text,
 * and transcriptions cut up and shuffled from the seeds (fast-check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

const contentDir = new URL('../../content/documents/', import.meta.url).pathname;
const seedLines = readdirSync(contentDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(contentDir, name), 'utf8').split('\n'));

// Fragments that make the parser's grammars work hard.
const tricky = ['[', ']', '[footnoteRef:', '[1:', '  1. ', '- ', '↩', '--', '-\n', 'No. ', '(Received', '[Page ', '\t', '*', '†', '½', '\uFFFD', '\u0000', '\r'];

const line = fc.oneof(fc.constantFrom(...seedLines), fc.string({ maxLength: 40 }), fc.constantFrom(...tricky));

describe('parseDocument on odd input', () => {
  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => parseDocument(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on seed lines cut up, shuffled and mixed with stray syntax', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, separator) => {
        const parsed = parseDocument(lines.join(separator));
        // Every note keeps a marker, every warning a line number within the file.
        for (const note of parsed.footnotes) expect(note.n).not.toBe('');
        for (const warning of parsed.warnings) expect(warning.line).toBeLessThanOrEqual(lines.length * 2 + 1);
      }),
      { numRuns: 300 },
    );
  });
});
