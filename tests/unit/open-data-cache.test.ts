/**
 * The open data staged for the site is made again only where the edition
 * changed (src/build/write-open-data.ts): each document's files by
 * its key, the edition files by the keys of their documents, written in parts, the same
 * bytes as written whole.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { openDataJsonParts, toOpenData } from '../../src/site/open-data.ts';
import { writeOpenData } from '../../src/build/write-open-data.ts';
import { editionTeiParts, editionDocumentTeiXml } from '../../src/site/tei/tei-files.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'edition-open-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const url = (id: string) => `https://example.org/documents/${id}/`;

/** Every file of a folder, path → modification time and bytes. */
function files(dir: string, prefix = ''): Map<string, { mtime: number; bytes: string }> {
  const found = new Map<string, { mtime: number; bytes: string }>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [key, value] of files(path, `${prefix}${name}/`)) found.set(key, value);
    else found.set(`${prefix}${name}`, { mtime: statSync(path).mtimeMs, bytes: readFileSync(path, 'utf8') });
  }
  return found;
}

describe('the edition files in parts', () => {
  const edition = buildEdition(readContent(join(root, 'content')));
  test('edition.json: the same bytes as JSON.stringify of the whole, with documents and without', () => {
    for (const data of [toOpenData(edition), { ...toOpenData(edition), documents: [] }]) {
      const parts = openDataJsonParts(data);
      expect(parts.before + [...parts.documents].join('') + parts.after).toBe(JSON.stringify(data, null, 2));
      // The documents can be read again (a fresh iteration each time).
      expect([...parts.documents].join('')).toBe([...parts.documents].join(''));
    }
  });

  test('edition.tei.xml: one teiCorpus, the documents between its header and its end', () => {
    const context = { edition: edition.settings, documentUrl: url };
    const { before, after } = editionTeiParts(edition);
    expect(before).toMatch(/<teiCorpus xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"><teiHeader>[\s\S]*<\/teiHeader><standOff>[\s\S]*<\/standOff>$/);
    expect(after).toBe('</teiCorpus>\n');
    expect(editionDocumentTeiXml(edition.documents[0], context)).toMatch(/^<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0" xml:id="doc-1937-12-21-henderson-333">/);
  });
});

describe('writeOpenData, built again', () => {
  test('writes nothing when nothing changed, and only the changed document’s files and the edition files when one did', () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const out = join(work, 'open-data');
    const cache = { keysFile: join(work, 'keys.json'), teiDir: join(work, 'tei'), generator: 'code' };
    const write = () => {
      const input = readContent(content);
      return writeOpenData(buildEdition(input), input, out, url, cache);
    };
    const first = write();
    expect(first.changed).toBe(first.files);
    const before = files(out);
    expect(write().changed).toBe(0);
    expect(files(out)).toEqual(before);

    const id = '1937-12-21-henderson-333';
    const file = join(content, 'documents', `${id}.txt`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^.{200,}$/mu, (line) => `${line} An added sentence.`),
    );
    const third = write();
    const after = files(out);
    const changed = [...after.keys()].filter((path) => after.get(path)!.bytes !== before.get(path)?.bytes).sort();
    expect(changed).toEqual([
      'data/documents/1937-12-21-henderson-333.json',
      'data/documents/1937-12-21-henderson-333.xml',
      'data/edition.json',
      'data/edition.tei.xml',
      'documents/1937-12-21-henderson-333.txt',
    ]);
    expect(third.changed).toBe(changed.length);
    // The edition file made again is the whole edition as it now is.
    expect(after.get('data/edition.json')!.bytes).toBe(JSON.stringify(toOpenData(buildEdition(readContent(content))), null, 2));
    // A file left as it was is not written again.
    for (const path of after.keys()) if (!changed.includes(path)) expect(after.get(path)!.mtime).toBe(before.get(path)!.mtime);
  });

  test('makes every file again under another generator (code or settings changed)', () => {
    const input = readContent(join(root, 'content'));
    const edition = buildEdition(input);
    const out = join(work, 'generator');
    const cache = (generator: string) => ({ keysFile: join(work, 'generator-keys.json'), teiDir: join(work, 'generator-tei'), generator });
    writeOpenData(edition, input, out, url, cache('a'));
    const tei = join(work, 'generator-tei', `${edition.documents[0].id}.xml`);
    writeFileSync(tei, 'stale');
    writeOpenData(edition, input, out, url, cache('a'));
    // Under the same generator, the fragment is trusted (its document did not change) …
    expect(readFileSync(tei, 'utf8')).toBe('stale');
    writeOpenData(edition, input, out, url, cache('b'));
    // … under another, it is made again.
    expect(readFileSync(tei, 'utf8')).toMatch(/^<TEI /);
  });
});
