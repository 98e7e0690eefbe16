/**
 * The TEI export is valid TEI P5: every document's file and the edition's
 * file of the built site, a sample of both dev corpora (every fourth
 * document, generated as the build generates them), and the careless and
 * hostile content folder of the bad-input test, each validated against
 * tei_all (shipped in src/site/tei/schema/) by xmllint-wasm, without network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { Edition } from '../../src/core/edition/edition.ts';
import { documentTeiXml, editionTeiXml } from '../../src/site/tei/tei-files.ts';
import { makeBadInputCorpus } from '../support/bad-input-corpus.ts';
import { teiAllErrors } from '../support/tei-schema.ts';
import { documentIds, raw } from './site.ts';

const corpora = resolve(import.meta.dirname, '../../../shared/corpus');
const work = mkdtempSync(join(tmpdir(), 'tei-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = (edition: Edition) => ({ edition: edition.settings, documentUrl: (id: string) => `https://example.org/documents/${encodeURIComponent(id)}/` });
const everyFourth = (edition: Edition, name: string) =>
  edition.documents.filter((_, index) => index % 4 === 0).map((entry) => ({ fileName: `${name}/${entry.id}.xml`, contents: documentTeiXml(entry, context(edition)) }));

// One run of the validator for all of them: compiling tei_all takes most of its time.
const groups = {
  site: () => [...documentIds().map((id) => `data/documents/${id}.xml`), 'data/edition.tei.xml'].map((file) => ({ fileName: `site/${file}`, contents: raw(file) })),
  dev: () => {
    if (!existsSync(join(corpora, 'frus-dev'))) return [];
    const dev = buildEdition(readContent(join(corpora, 'frus-dev')));
    const styles = buildEdition(readContent(join(corpora, 'frus-dev-styles')));
    return [...everyFourth(dev, 'frus-dev'), ...everyFourth(styles, 'frus-dev-styles'), { fileName: 'frus-dev-styles/edition.tei.xml', contents: editionTeiXml(styles, context(styles)) }];
  },
  bad: () => {
    const edition = buildEdition(readContent(makeBadInputCorpus(join(work, 'bad-input')).dir));
    return [
      ...edition.documents.map((entry) => ({ fileName: `bad/${entry.id}.xml`, contents: documentTeiXml(entry, context(edition)) })),
      { fileName: 'bad/edition.tei.xml', contents: editionTeiXml(edition, context(edition)) },
    ];
  },
};
const files = Object.fromEntries(Object.entries(groups).map(([name, make]) => [name, make()])) as Record<keyof typeof groups, { fileName: string; contents: string }[]>;
let errors: string[] = [];
beforeAll(async () => {
  errors = await teiAllErrors(Object.values(files).flat());
}, 180_000);
const errorsOf = (group: keyof typeof groups) => errors.filter((line) => files[group].some((file) => line.startsWith(`${file.fileName}:`) || line.startsWith(`${file.fileName} `)));

describe('the TEI export, against tei_all', () => {
  test('the built site’s files: each document and the edition', () => {
    expect(files.site.length).toBe(documentIds().length + 1);
    expect(errorsOf('site')).toEqual([]);
  });

  test.runIf(existsSync(join(corpora, 'frus-dev')))('a quarter of the dev corpora, and the edition file of one', () => {
    expect(files.dev.length).toBeGreaterThan(500);
    expect(errorsOf('dev')).toEqual([]);
  });

  test('a careless and hostile content folder: odd names, broken encodings, script payloads', () => {
    expect(files.bad.length).toBeGreaterThan(20);
    expect(errorsOf('bad')).toEqual([]);
  });

  test('the validator reports an invalid file (so that no errors means valid)', async () => {
    const [first] = files.site;
    const broken = first.contents.replace('<teiHeader>', '<teiHeader><p>not here</p>');
    expect(await teiAllErrors([{ fileName: 'broken.xml', contents: broken }])).toEqual(expect.arrayContaining([expect.stringMatching(/^broken\.xml:\d+: element p: Relax-NG validity error/)]));
  }, 180_000);

  test('nothing else was reported', () => {
    expect(errors).toEqual([...errorsOf('site'), ...errorsOf('dev'), ...errorsOf('bad')]);
  });
});
