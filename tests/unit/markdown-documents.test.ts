/**
 * Documents kept in Markdown (`npm run ingest -- --markdown`, src/core/markdown/):
 * every document of the seeds and a quarter of both dev corpora, written as
 * Markdown and read back, is the same document — fields, text, notes with
 * their printed markers, page breaks, the editor's brackets, paragraph labels
 * and signatures; a hand-edited file is read as edited, and its mistakes are
 * reported with their lines.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { toDocumentRecord } from '../../src/core/edition/document-record.ts';
import { readMarkdownDocument } from '../../src/core/markdown/read-markdown.ts';
import { documentToMarkdown } from '../../src/core/markdown/write-markdown.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import type { ParsedDocument } from '../../src/core/model/parsed-document.ts';

const seeds = new URL('../../content/documents/', import.meta.url).pathname;
const corpora = ['frus-dev', 'frus-dev-styles'].map((name) => new URL(`../../../shared/corpus/${name}/documents/`, import.meta.url).pathname);
const files = [
  ...readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(seeds, name)),
  ...corpora.flatMap((dir) =>
    readdirSync(dir)
      .filter((name, index) => name.endsWith('.txt') && index % 4 === 0)
      .map((name) => join(dir, name)),
  ),
];

/** What a reader sees of a document: its record (less line numbers, which Markdown moves) and the shape of its body. */
function shown(parsed: ParsedDocument) {
  const record = toDocumentRecord(parsed, { id: 'x', sourceFile: 'x.txt' });
  return {
    ...record,
    warnings: [],
    footnotes: record.footnotes.map(({ n, text }) => ({ n, text })),
    emendations: record.emendations.map(({ text, query }) => ({ text, query })),
    blocks: parsed.body.map(({ role, label, depth }) => ({ role, label, depth })),
  };
}

describe('a document written as Markdown and read back', () => {
  test(`is the same document (${files.length} documents)`, () => {
    const differing = files.filter((file) => {
      const parsed = parseDocument(readFileSync(file, 'utf8'));
      const back = readMarkdownDocument(documentToMarkdown(parsed));
      return JSON.stringify(shown(back)) !== JSON.stringify(shown(parsed)) || back.warnings.length > 0;
    });
    expect(files.length).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });
});

const edited = `---
type: telegram
title: The Ambassador in the Soviet Union (Steinhardt) to the Secretary of State
from: { name: Steinhardt, role: Ambassador in the Soviet Union }
place: Moscow
date: 1940-10-25
telegramNumber: "1390"
signatures: [Steinhardt]
notes: ["85"]
---

1390\\. The British Ambassador in Chungking[^1] saw Molotov \\[find?] today.

\\[Page 668]

1\\. Cripps was received.

Steinhardt

[^1]: Sir Archibald J. K. Clark Kerr.
`;

describe('a document an editor keeps in Markdown', () => {
  test('is read as written: fields, telegram number, note marker, page break, bracket, labelled paragraph, signature', () => {
    const parsed = readMarkdownDocument(edited);
    expect(parsed).toMatchObject({ type: 'telegram', place: 'Moscow', date: '1940-10-25', telegramNumber: '1390', pageBreaks: ['668'], signatures: ['Steinhardt'], warnings: [] });
    expect(parsed.footnotes.map(({ n, text }) => [n, text])).toEqual([['85', 'Sir Archibald J. K. Clark Kerr.']]);
    expect(parsed.emendations.map((emendation) => emendation.text)).toEqual(['find?']);
    expect(parsed.body.map(({ role, label }) => [role ?? 'text', label ?? ''])).toEqual([
      ['text', ''],
      ['text', ''],
      ['text', '1.'],
      ['signature', ''],
    ]);
    expect(parsed.body[0].content.find((inline) => inline.type === 'noteRef')).toEqual({ type: 'noteRef', n: '85', note: 0 });
  });

  test('reports a bad value with its line and keeps the others; a reference to no note and a missing signature are warnings', () => {
    const text = edited.replace('date: 1940-10-25', 'date: 25 October 1940').replace('Molotov', 'Molotov[^2]').replace('signatures: [Steinhardt]', 'signatures: [Steinhardt, Cripps]');
    const parsed = readMarkdownDocument(text);
    expect(parsed).toMatchObject({ date: null, place: 'Moscow', telegramNumber: '1390' });
    expect(parsed.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      expect.stringMatching(/^6: frontmatter field date: .*\(value ignored\)$/),
      '12: note reference [^2] has no note: kept as text',
      '1: signature "Cripps" is no paragraph of the text: shown as text',
    ]);
  });

  test('never throws, whatever the frontmatter', () => {
    for (const frontmatter of ['', ': :', '- a list', 'type: [', 'notes: 3', 'provenance: { furniture: [1] }']) {
      expect(() => readMarkdownDocument(`---\n${frontmatter}\n---\n\nText.\n`)).not.toThrow();
    }
  });

  test('stands in a content folder beside transcriptions, with its sidecar, and is built as a document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-markdown-'));
    mkdirSync(join(dir, 'documents'));
    writeFileSync(join(dir, 'documents', '1940-10-steinhardt-1390.md'), edited);
    writeFileSync(join(dir, 'documents', '1940-10-steinhardt-1390.yaml'), 'received: "October 26, 1:05 a.m."\n');
    writeFileSync(
      join(dir, 'documents', 'other.txt'),
      '761.94/1231: Telegram\n\nThe Secretary of State to the Ambassador in the Soviet Union (Steinhardt)\n\nWashington, October 26, 1940.\n\nYour 1390 received.\n\nHull\n',
    );
    const input = readContent(dir);
    expect(input.problems).toEqual([]);
    const edition = buildEdition(input);
    const record = edition.documents.find((entry) => entry.id === '1940-10-steinhardt-1390')!.record;
    expect(record).toMatchObject({ sourceFile: 'documents/1940-10-steinhardt-1390.md', place: 'Moscow', date: '1940-10-25', received: 'October 26, 1:05 a.m.', telegramNumber: '1390' });
    expect(edition.documents.find((entry) => entry.id === 'other')!.references.map((reference) => reference.target)).toEqual(['1940-10-steinhardt-1390']);
  });
});
