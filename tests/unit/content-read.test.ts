import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';

/** A content folder in a temporary directory, from `{ path: text }`. */
function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const telegram = '761.94/1230: Telegram\n\nThe Ambassador in the Soviet Union (Steinhardt) to the Secretary of State\n\n1390. Text.\n\nSteinhardt\n';

describe('readContent', () => {
  test('an editor’s sidecar sets fields, listed as supplied by the editor', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/a.yaml': 'date: "1940-10"\nplace: Moscow\n' });
    const [entry] = buildEdition(readContent(dir)).documents;
    expect(entry.record).toMatchObject({ date: '1940-10', place: 'Moscow', editorSupplied: ['place', 'date'] });
  });

  test('a bad sidecar is reported with its file and field, and the document is kept as parsed', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/a.yaml': 'date: October 1940\nsender: Steinhardt\n' });
    const [entry] = buildEdition(readContent(dir)).documents;
    const message = entry.record.warnings.map((warning) => warning.message).join('\n');
    expect(message).toContain('documents/a.yaml');
    expect(message).toContain('date: use ISO 8601');
    expect(message).toMatch(/sender/);
    expect(entry.record.date).toBeNull();
    expect(entry.record.telegramNumber).toBe('1390');
  });

  test('every file appears, even one that cannot be read', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/b.txt': 'x' });
    chmodSync(join(dir, 'documents/b.txt'), 0o000);
    const documents = readContent(dir).documents;
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
    // As root the file stays readable; otherwise its warning says why it is empty.
    const b = documents[1];
    expect(b.text === 'x' || b.warnings.some((warning) => /could not read/.test(warning.message))).toBe(true);
  });

  test('a bare folder of .txt files is a content folder too, titled after the folder', () => {
    const dir = contentFolder({ 'a.txt': telegram });
    const content = readContent(dir);
    expect(content.documents.map((document) => document.sourceFile)).toEqual(['a.txt']);
    expect(content.settings.title).toMatch(/^edition-content-/);
  });

  test('an invalid edition.yaml is reported with its file', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'edition.yaml': 'editors: 3\n' });
    expect(readContent(dir).problems.join('\n')).toMatch(/edition\.yaml[\s\S]*title/);
  });
});
