/**
 * Lossless parsing: every word of a transcription ends up somewhere a reader
 * sees it — header, body, note or provenance box. Checked on the seeds and on
 * every document of the FRUS development corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import { visibleText, words } from '../support/visible-text.ts';

const contentDir = new URL('../../content/documents/', import.meta.url).pathname;
const devDir = new URL('../../../shared/corpus/frus-dev/documents/', import.meta.url).pathname;
const stylesDir = new URL('../../../shared/corpus/frus-dev-styles/documents/', import.meta.url).pathname;

// Markup of the word-processor export, not words of the document.
const SYNTAX = new Set(['footnoteRef']);

/**
 * The words of a transcription, less its formatting: a web edition's note list
 * renumbers the notes `  1. …` (the printed marker, shown instead, is in the text).
 */
function sourceWords(raw: string): Set<string> {
  return words(raw.replace(/^ {1,4}\d{1,3}\. /gm, ''));
}

/** A word a typescript split at the margin (`concer-` / `ned`) is shown joined: `concerned`. */
function rejoined(raw: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [, head, tail] of raw.matchAll(/(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/gu)) {
    parts.set(head, head + tail);
    parts.set(tail, head + tail);
  }
  return parts;
}

function lostWords(raw: string): string[] {
  const parsed = parseDocument(raw);
  const seen = new Set([...words(visibleText(parsed)), ...words(visibleText(parsed, true))]);
  const joined = rejoined(raw);
  return [...sourceWords(raw)].filter((word) => !seen.has(word) && !seen.has(joined.get(word) ?? '') && !SYNTAX.has(word));
}

function transcriptions(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];
}

describe('parsing loses no word', () => {
  test.each(transcriptions(contentDir))('seed %s', (name) => {
    expect(lostWords(readFileSync(join(contentDir, name), 'utf8'))).toEqual([]);
  });

  test.each([
    ['frus-dev (web and clip)', devDir],
    ['frus-dev-styles (web, clip, OCR memo, word processor)', stylesDir],
  ])('every document of %s', (_name, dir) => {
    expect(existsSync(dir), `corpus missing: ${dir}`).toBe(true);
    const failures: string[] = [];
    for (const name of transcriptions(dir)) {
      const lost = lostWords(readFileSync(join(dir, name), 'utf8'));
      if (lost.length) failures.push(`${name}: ${lost.slice(0, 8).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  test('a word cannot disappear without the check noticing', () => {
    const parsed = parseDocument('761.94/1230: Telegram\n\nThe Ambassador (X) to the Secretary of State\n\nFirst paragraph.\n');
    parsed.body = [];
    expect(words(visibleText(parsed)).has('First')).toBe(false);
  });
});
