/**
 * The parser tells an archival copy (the OCR of a typescript, with its archive's
 * stamps) from the other three shapes of transcription on every document of the
 * dev corpora, whose ground truth names each one's style.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

const corpora = ['frus-dev', 'frus-dev-styles'].map((name) => new URL(`../../../shared/corpus/${name}/`, import.meta.url).pathname);

describe('archival copies', () => {
  test.each(corpora)('in %s, exactly the OCR memoranda are read as archival copies', (dir) => {
    expect(existsSync(dir), `corpus missing: ${dir}`).toBe(true);
    const misread: string[] = [];
    for (const name of readdirSync(join(dir, 'documents')).filter((file) => file.endsWith('.txt'))) {
      const truth = JSON.parse(readFileSync(join(dir, 'truth', name.replace(/\.txt$/, '.json')), 'utf8')) as { style?: string };
      const archival = parseDocument(readFileSync(join(dir, 'documents', name), 'utf8')).archivalCopy;
      if (archival !== (truth.style === 'memo')) misread.push(`${name} (${truth.style ?? 'web'})`);
    }
    expect(misread).toEqual([]);
  });
});
