import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureContent, readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { generatedDate, toOpenData } from '../../src/site/open-data.ts';

/** A content folder in a temporary directory, from `{ path: text }`. */
function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-content-'));
  mkdirSync(join(dir, 'documents'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const telegram = '761.94/1230: Telegram\n\nThe Ambassador in the Soviet Union (Steinhardt) to the Secretary of State\n\n1390. Text.\n\nSteinhardt\n';

const messages = (warnings: readonly { file?: string; line: number; message: string }[]) => warnings.map((warning) => `${warning.file ?? ''}:${warning.line}: ${warning.message}`);

describe('readContent: sidecars', () => {
  test('an editor’s sidecar sets fields, listed as supplied by the editor', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/a.yaml': 'date: "1940-10"\nplace: Moscow\n' });
    const [entry] = buildEdition(readContent(dir)).documents;
    expect(entry.record).toMatchObject({ date: '1940-10', place: 'Moscow', editorSupplied: ['place', 'date'] });
  });

  test('a bad value is reported with the sidecar’s file, line and field, and only it is left out', () => {
    const dir = contentFolder({
      'documents/a.txt': telegram,
      'documents/a.yaml': 'date: "1940-10-25"\nplace: Kuibyshev\nrecieved: "October 26"\ntype: poem\nfrom: { name: Steinhardt, rank: Ambassador }\nparticipants: [Molotov, 3]\n',
    });
    const [entry] = buildEdition(readContent(dir)).documents;
    expect(entry.record).toMatchObject({ date: '1940-10-25', place: 'Kuibyshev', type: 'telegram', from: { name: 'Steinhardt' }, participants: ['Molotov'], telegramNumber: '1390' });
    expect(messages(entry.record.warnings)).toEqual([
      expect.stringMatching(/^documents\/a\.yaml:3: sidecar field recieved: unknown field \(did you mean "received"\?\)/),
      expect.stringMatching(/^documents\/a\.yaml:4: sidecar field type: Invalid option/),
      expect.stringMatching(/^documents\/a\.yaml:5: sidecar field from\.rank: unknown field/),
      expect.stringMatching(/^documents\/a\.yaml:6: sidecar field participants\.1: .*expected string/),
    ]);
  });

  test('an alias to an id in neither index is reported with its line and left out', () => {
    const dir = contentFolder({
      'documents/a.txt': telegram,
      'documents/a.yaml': 'aliases:\n  the Marshal: stalin\n  the Other: nobody\n',
      'people.yaml': '- id: stalin\n  name: Stalin\n',
    });
    const [document] = readContent(dir).documents;
    expect(document.sidecar).toEqual({ aliases: { 'the Marshal': 'stalin' } });
    expect(messages(document.warnings)).toEqual(['documents/a.yaml:3: sidecar alias "the Other": no person or place with id "nobody" (alias ignored)']);
  });

  test('a sidecar that is not valid YAML loses only the values the error is in', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/a.yaml': 'place: Moscow\ndate: "1940-10-25\n' });
    const [entry] = buildEdition(readContent(dir)).documents;
    expect(entry.record.place).toBe('Moscow');
    expect(messages(entry.record.warnings)).toEqual([expect.stringMatching(/^documents\/a\.yaml:3: sidecar: Missing closing "quote \("date" ignored\)/)]);
  });

  test('a sidecar without its transcription, a Markdown file without frontmatter and a file that is neither, are reported', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/b.yaml': 'place: Moscow\n', 'documents/notes.md': 'x', 'documents/notes.rtf': 'x', 'documents/.DS_Store': 'x' });
    expect(readContent(dir).problems).toEqual([
      'documents/b.yaml:0: a sidecar without its transcription (b.txt): ignored',
      'documents/notes.md:1: a Markdown file without frontmatter: not part of the edition (a document kept in Markdown opens with its --- frontmatter; README, "Taking over a document in Markdown")',
      'documents/notes.rtf:0: neither a transcription (.txt) nor a sidecar (.yaml): not part of the edition',
    ]);
  });
});

describe('readContent: files', () => {
  test('every file appears, even one that cannot be read', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'documents/b.txt': 'x' });
    chmodSync(join(dir, 'documents/b.txt'), 0o000);
    const documents = readContent(dir).documents;
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
    // As root the file stays readable; otherwise its warning says why it is empty.
    const b = documents[1];
    expect(b.text === 'x' || b.warnings.some((warning) => /cannot be (opened|read)/.test(warning.message))).toBe(true);
  });

  test('a symbolic link out of the content folder is refused at line 0 and never read; one inside is read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'edition-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOKEN=outside-secret\n');
    writeFileSync(join(outside, 'people.yaml'), '- id: secret\n  name: outside-secret\n');
    const dir = contentFolder({ 'documents/a.txt': telegram });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'documents/secret.txt'));
    symlinkSync('/proc/self/environ', join(dir, 'documents/env.txt'));
    symlinkSync(`../../${outside.split('/').slice(-1)[0]}/secret.txt`, join(dir, 'documents/relative.txt'));
    symlinkSync('a.txt', join(dir, 'documents/inside.txt'));
    symlinkSync(join(outside, 'people.yaml'), join(dir, 'people.yaml'));
    const content = readContent(dir);
    const byId = new Map(content.documents.map((document) => [document.id, document]));
    for (const id of ['secret', 'env', 'relative']) {
      expect(byId.get(id)!.text).toBe('');
      expect(messages(byId.get(id)!.warnings)).toEqual([':0: the file is a symbolic link to outside the content folder: refused, not read (the edition publishes only what is inside it)']);
    }
    expect(byId.get('inside')!.text).toBe(telegram);
    expect(content.people).toEqual([]);
    expect(content.problems).toEqual([expect.stringMatching(/^people\.yaml:0: the file is a symbolic link to outside the content folder/)]);
    expect(JSON.stringify(toOpenData(buildEdition(content)))).not.toContain('outside-secret');
  });

  test('a documents folder that links out of the content folder is refused, and reported', () => {
    const outside = mkdtempSync(join(tmpdir(), 'edition-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'outside-secret');
    const dir = mkdtempSync(join(tmpdir(), 'edition-content-'));
    symlinkSync(outside, join(dir, 'documents'));
    const content = readContent(dir);
    expect(content.documents).toEqual([]);
    expect(content.problems).toEqual([expect.stringMatching(/^documents:0: the folder is a symbolic link to outside the content folder: refused/)]);
  });

  test('a folder, a dangling link and a named pipe named like transcriptions are documents with the reason', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram });
    mkdirSync(join(dir, 'documents/x.txt'));
    symlinkSync('missing.txt', join(dir, 'documents/dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'documents/pipe.txt')]);
    const byId = new Map(readContent(dir).documents.map((document) => [document.id, messages(document.warnings)]));
    expect(Object.fromEntries(byId)).toEqual({
      a: [],
      dangling: [':0: the file is not there (a symbolic link to a file that does not exist?)'],
      pipe: [':0: the file is not a regular file (a pipe, socket or device)'],
      x: [':0: the file is a folder, not a file'],
    });
  });

  test('odd names become safe, unique ids, each warned', () => {
    const dir = contentFolder({ 'documents/pct%41.txt': telegram, 'documents/Case.txt': telegram, 'documents/case.txt': telegram, 'documents/UPPER.TXT': telegram });
    const documents = readContent(dir).documents;
    expect(documents.map((document) => `${document.sourceFile} → ${document.id}`)).toEqual([
      'documents/Case.txt → Case',
      'documents/UPPER.TXT → UPPER',
      expect.stringMatching(/^documents\/case\.txt → case-[0-9a-f]{8}$/),
      'documents/pct%41.txt → pct-41',
    ]);
    expect(messages(documents[2].warnings)).toEqual([
      `:0: its name and "Case" make the same id "case" but for letter case (one file on a case-insensitive file system): published as "${documents[2].id}"`,
    ]);
    expect(messages(documents[0].warnings)).toEqual([':0: its name and "case" make the same id "Case" but for letter case (one file on a case-insensitive file system): this one keeps it']);
    expect(messages(documents[3].warnings)).toEqual([':0: the file name is not safe in a URL: published as "pct-41"']);
  });

  test('a bare folder of .txt files is a content folder too, titled after the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-content-'));
    writeFileSync(join(dir, 'a.txt'), telegram);
    writeFileSync(join(dir, 'people.yaml'), '- id: steinhardt\n  name: Steinhardt\n');
    const content = readContent(dir);
    expect(content.documents.map((document) => document.sourceFile)).toEqual(['a.txt']);
    expect(content.settings.title).toMatch(/^edition-content-/);
    expect(content.problems).toEqual([]);
  });

  test('measures the transcriptions’ bytes from the file system, without reading them', () => {
    const dir = contentFolder({ 'documents/a.txt': 'x'.repeat(10), 'documents/b.txt': 'y'.repeat(30) });
    symlinkSync('/proc/self/environ', join(dir, 'documents/env.txt'));
    expect(measureContent(dir)).toEqual({ documents: 3, bytes: 40, largest: { file: 'documents/b.txt', bytes: 30 } });
  });
});

describe('readContent: edition.yaml', () => {
  test('a bad value is reported with file, line and field; the other settings stay', () => {
    const dir = contentFolder({
      'documents/a.txt': telegram,
      'edition.yaml': 'title: An edition\neditors: [An Editor, 3]\nurl: "javascript:alert(1)"\npublisher: A Publisher\nlicnce: CC BY\n',
    });
    const content = readContent(dir);
    expect(content.settings).toMatchObject({ title: 'An edition', editors: ['An Editor'], publisher: 'A Publisher' });
    expect(content.settings.url).toBeUndefined();
    expect(content.problems).toEqual([
      'edition.yaml:2: field editors.1: Invalid input: expected string, received number (value ignored)',
      'edition.yaml:3: field url: use an http:// or https:// address (value ignored)',
      expect.stringMatching(/^edition\.yaml:5: field licnce: unknown field \(did you mean "licence"\?\)/),
    ]);
  });

  test('without a valid title, the edition is titled after its folder', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'edition.yaml': 'title: 3\nlicence: CC BY\n' });
    const content = readContent(dir);
    expect(content.settings).toMatchObject({ title: expect.stringMatching(/^edition-content-/), licence: 'CC BY' });
    expect(content.problems).toEqual(['edition.yaml:1: field title: Invalid input: expected string, received number (value ignored)']);
  });
});

describe('the open data', () => {
  test('is the same, byte for byte, for every build of the same content', () => {
    const dir = contentFolder({ 'documents/a.txt': telegram, 'edition.yaml': 'title: An edition\npublished: 2026\n' });
    const first = JSON.stringify(toOpenData(buildEdition(readContent(dir))));
    const second = JSON.stringify(toOpenData(buildEdition(readContent(dir))));
    expect(second).toBe(first);
    expect(JSON.parse(first).edition.generated).toBe('2026');
  });

  test.each([
    [{ SOURCE_DATE_EPOCH: '1767225600' }, '2026', '2026-01-01T00:00:00.000Z'],
    [{}, '2026-03-01', '2026-03-01'],
    [{}, 'spring 2026', null],
    [{}, undefined, null],
  ])('generated: %j and published %s give %s', (env, published, expected) => {
    expect(generatedDate({ title: 't', editors: [], introduction: '', licence: '', published }, env)).toBe(expected);
  });
});

describe('an editor’s corrections are what linking and resolving read', () => {
  test('a sidecar’s sender and participants link people of the index; its date dates the references', () => {
    const dir = contentFolder({
      'documents/a.txt': '761.94/1230: Telegram\n\nThe Ambassador in the Soviet Union to the Secretary of State\n\n1390. Your 232, September 12, came.\n\nSignature\n',
      'documents/a.yaml': 'from: { name: Steinhardt, role: Ambassador in the Soviet Union }\nparticipants: [Mr. Molotov]\ndate: "1940-10-25"\n',
      'people.yaml': '- id: steinhardt\n  name: Laurence A. Steinhardt\n  variants: [Steinhardt]\n- id: molotov\n  name: Vyacheslav Molotov\n  variants: [Molotov]\n',
    });
    const [entry] = buildEdition(readContent(dir)).documents;
    expect(entry.headerMentions.map((mention) => `${mention.field}:${mention.id}`)).toEqual(['participants:molotov', 'from:steinhardt']);
    expect(entry.record.people).toEqual(['molotov', 'steinhardt']);
    // "September 12" without a year: the year is the sidecar's, the dateline being lost.
    expect(entry.references[0]).toMatchObject({ number: '232', date: '1940-09-12' });
    expect(entry.record.editorSupplied).toEqual(['from', 'participants', 'date']);
  });
});
