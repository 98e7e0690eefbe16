/**
 * The per-document caches (src/build/document-cache.ts): a rebuild reads and
 * renders again only the documents whose inputs changed, and makes exactly
 * what a build without the caches makes. Checked on real content in all four
 * styles (frus-dev-styles) and on the cross-linked fixture edition, whose
 * documents cite each other and have sidecars.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { cachedRenderer, cachedTranscriptionReader, documentCache } from '../../src/build/document-cache.ts';
import { buildEdition, readTranscription, type ReadTranscription } from '../../src/core/edition/build-edition.ts';
import type { ContentInput } from '../../src/core/model/content.ts';
import { renderDocument, type RenderedDocument } from '../../src/core/render/render-document.ts';
import { toOpenData } from '../../src/site/open-data.ts';
import { buildDocumentPages, documentPages } from '../../src/site/page-data.ts';
import { siteUrls } from '../../src/site/urls.ts';

const styles = new URL('../../../shared/corpus/frus-dev-styles/', import.meta.url).pathname;
const fixture = new URL('../fixtures/site-geneva-1934/', import.meta.url).pathname;
const urls = siteUrls('/');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'document-cache-'));
  folders.push(folder);
  return folder;
}

/** One build through the caches in `folder`: the edition, its pages, and what each cache kept and made. */
function cachedBuild(input: ContentInput, folder: string, code = 'code') {
  const reads = documentCache<ReadTranscription>(join(folder, 'reads'));
  const renders = documentCache<RenderedDocument>(join(folder, 'renders'));
  const edition = buildEdition(input, { readTranscription: cachedTranscriptionReader(readTranscription, reads, code) });
  const pages = [...documentPages(edition, urls, cachedRenderer(renderDocument, renders, code))];
  return { edition, pages, reads: { ...reads.counts }, renders: { ...renders.counts } };
}

/** A copy of the content with one document's text changed by `change`. */
function withText(input: ContentInput, id: string, change: (text: string) => string): ContentInput {
  return { ...input, documents: input.documents.map((raw) => (raw.id === id ? { ...raw, text: change(raw.text) } : raw)) };
}

describe('a rebuild from the caches, on the dev corpus in four styles', () => {
  const input = readContent(styles);
  const plain = buildEdition(input);
  const plainPages = buildDocumentPages(plain, urls);

  test('makes the same open data and pages as a build without them, reading and rendering nothing again', () => {
    const folder = cacheFolder();
    const first = cachedBuild(input, folder);
    expect(first.reads).toEqual({ kept: 0, made: input.documents.length });
    const second = cachedBuild(input, folder);
    expect(second.reads).toEqual({ kept: input.documents.length, made: 0 });
    expect(second.renders).toEqual({ kept: input.documents.length, made: 0 });
    for (const build of [first, second]) {
      expect(JSON.stringify(toOpenData(build.edition, null))).toBe(JSON.stringify(toOpenData(plain, null)));
      expect(JSON.stringify(build.pages)).toBe(JSON.stringify(plainPages));
    }
  });

  test('reads again only the changed transcription (its note numbers did not move, so the next one is kept)', () => {
    const folder = cacheFolder();
    cachedBuild(input, folder);
    const changed = input.documents[10];
    const edited = withText(input, changed.id, (text) => text.replace(/^(.{200,})$/mu, '$1 An added sentence.'));
    const rebuilt = cachedBuild(edited, folder);
    expect(rebuilt.reads.made).toBe(1);
    expect(rebuilt.edition.documents.find((entry) => entry.id === changed.id)?.record.text).toContain('An added sentence.');
    expect(JSON.stringify(toOpenData(rebuilt.edition, null))).toBe(JSON.stringify(toOpenData(buildEdition(edited), null)));
  });

  test('a new version of the code reads and renders everything again', () => {
    const folder = cacheFolder();
    cachedBuild(input, folder, 'code 1');
    const next = cachedBuild(input, folder, 'code 2');
    expect(next.reads).toEqual({ kept: 0, made: input.documents.length });
    expect(next.renders).toEqual({ kept: 0, made: input.documents.length });
  });
});

describe('a rebuild from the caches, on the cross-linked fixture', () => {
  const input = readContent(fixture);

  test('renders again the documents citing one whose title changed, and no others', () => {
    const folder = cacheFolder();
    const first = cachedBuild(input, folder);
    const cited = first.edition.documents.find((entry) => first.edition.documents.some((other) => other.id !== entry.id && other.references.some((reference) => reference.target === entry.id)));
    expect(cited).toBeDefined();
    const citing = new Set(first.edition.documents.filter((other) => other.id !== cited!.id && other.references.some((reference) => reference.target === cited!.id)).map((entry) => entry.id));
    // A new title: the citing documents' links describe the cited document by it.
    const title = cited!.record.title!;
    const edited = withText(input, cited!.id, (text) => text.replace(title, 'The Minister in Switzerland (Wilson) to the Secretary of State'));
    const rebuilt = cachedBuild(edited, folder);
    expect(rebuilt.reads.made).toBe(1);
    const bodyOf = (pages: typeof first.pages, id: string) => pages.find((page) => page.data.id === id)!.html;
    const changed = [...citing].filter((id) => bodyOf(first.pages, id) !== bodyOf(rebuilt.pages, id));
    expect(changed.length).toBeGreaterThan(0);
    // Those, the cited document, and none of the others.
    expect(rebuilt.renders.made).toBeLessThanOrEqual(citing.size + 1);
    expect(JSON.stringify(rebuilt.pages)).toBe(JSON.stringify(buildDocumentPages(buildEdition(edited), urls)));
  });

  test('makes again a value whose file was cut off, and forgets documents no longer in the edition', () => {
    const folder = cacheFolder();
    cachedBuild(input, folder);
    const [damaged, ...rest] = input.documents;
    writeFileSync(join(folder, 'reads', `${damaged.id}.json`), '{"key": "cut off');
    const again = cachedBuild(input, folder);
    expect(again.reads).toEqual({ kept: input.documents.length - 1, made: 1 });
    const cache = documentCache(join(folder, 'reads'));
    cache.keepOnly(new Set(rest.map((raw) => raw.id)));
    expect(readdirSync(join(folder, 'reads')).sort()).toEqual(rest.map((raw) => `${raw.id}.json`).sort());
  });
});
