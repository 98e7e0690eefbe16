/**
 * A document's citation: its CSL-JSON item from the record, and what
 * citation-js makes of it — the Chicago note and bibliography entry the page
 * shows, the BibTeX and RIS downloads (read back by citation-js's own parsers,
 * as a reference manager would read them).
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { dateParts, documentCslItem } from '../../src/site/citation/csl-item.ts';
import { bibtex, chicagoBibliography, chicagoNote, CHICAGO_STYLE_FILE, cslJson, ris, useChicagoStyle, type ChicagoCitation } from '../../src/site/citation/format-citation.ts';
import { publicUrl } from '../../src/site/citation/public-url.ts';
import { formatChicagoCitations } from '../../src/build/citation-workers.ts';

const root = new URL('../../', import.meta.url);
const edition = buildEdition(readContent(new URL('content/', root).pathname));
useChicagoStyle(readFileSync(new URL(CHICAGO_STYLE_FILE, root), 'utf8'));
const record = (id: string) => edition.documents.find((entry) => entry.id === id)!.record;
const itemOf = (id: string, url: string | null = null) => documentCslItem(record(id), edition.settings, url);
const IDS = edition.documents.map((entry) => entry.id);

describe('documentCslItem', () => {
  test('describes a telegram: sender, date, file number, place, the edition and its editors (seed 001)', () => {
    expect(itemOf('1937-12-21-henderson-333', 'https://example.org/documents/1937-12-21-henderson-333/')).toEqual({
      id: '1937-12-21-henderson-333',
      type: 'document',
      title: 'The Chargé in the Soviet Union (Henderson) to the Secretary of State',
      author: [{ literal: 'Henderson' }],
      'collection-editor': [{ literal: 'The Edition Team' }],
      issued: { 'date-parts': [[1937, 12, 21]] },
      'collection-title': 'Moscow, Chungking and the War in Asia, 1937–1946',
      publisher: 'Documentary Editions',
      archive_location: '793.94/11763',
      'event-place': 'Moscow',
      URL: 'https://example.org/documents/1937-12-21-henderson-333/',
    });
  });

  test('names the printed volume as the container when the document has one (seed 000, from its sidecar)', () => {
    expect(itemOf('1940-10-steinhardt-1390')['container-title']).toBe('Foreign Relations of the United States, 1940');
  });

  test('has no URL when the site’s address is unknown, and no date when the document has none', () => {
    for (const id of IDS) expect(itemOf(id)).not.toHaveProperty('URL');
    const undated = { ...record('1937-12-21-henderson-333'), date: null };
    expect(documentCslItem(undated, edition.settings, null)).not.toHaveProperty('issued');
  });

  test.each([
    ['1937-12-21T14:00', [1937, 12, 21]],
    ['1946-03-25', [1946, 3, 25]],
    ['1938-01', [1938, 1]],
    ['1940', [1940]],
    [null, null],
  ] as const)('dateParts(%s) is %j', (date, parts) => {
    expect(dateParts(date)).toEqual(parts);
  });
});

describe('publicUrl', () => {
  test('is absolute from the site’s address, else the edition’s, else null', () => {
    expect(publicUrl('/papers/documents/x/', 'https://example.org', undefined)).toBe('https://example.org/papers/documents/x/');
    expect(publicUrl('/papers/documents/x/', undefined, 'https://example.org/papers/')).toBe('https://example.org/papers/documents/x/');
    expect(publicUrl('/documents/x/', undefined, undefined)).toBeNull();
  });
});

describe('Chicago notes and bibliography, by citation-js', () => {
  test('a note reads as Chicago prints a document in an edited collection (seed 001)', () => {
    expect(chicagoNote(itemOf('1937-12-21-henderson-333', 'https://example.org/documents/1937-12-21-henderson-333/'))).toBe(
      'Henderson, “The Chargé in the Soviet Union (Henderson) to the Secretary of State,” Moscow, Chungking and the War in Asia, 1937–1946, ed. The Edition Team, Documentary Editions, December 21, 1937, 793.94/11763, https://example.org/documents/1937-12-21-henderson-333/.',
    );
    expect(chicagoBibliography(itemOf('1937-12-21-henderson-333'))).toBe(
      'Henderson. “The Chargé in the Soviet Union (Henderson) to the Secretary of State.” Moscow, Chungking and the War in Asia, 1937–1946, edited by The Edition Team. Documentary Editions, December 21, 1937. 793.94/11763.',
    );
  });

  test('says where the document is printed, its pages the note’s locator (seed 000)', () => {
    const note = chicagoNote(itemOf('1940-10-steinhardt-1390'));
    expect(note).toContain('in Foreign Relations of the United States, 1940');
    expect(note).toMatch(/, October 1940, 667–69, 761\.94\/1230\.$/);
  });

  test.each(IDS)('%s: no placeholder, no path, the edition named', (id) => {
    for (const citation of [chicagoNote(itemOf(id)), chicagoBibliography(itemOf(id))]) {
      expect(citation).not.toMatch(/accessed|\[date\]|\/documents\//);
      expect(citation).toContain(edition.settings.title);
    }
  });
});

describe('formatChicagoCitations', () => {
  // 300 documents of the dev corpus: enough for the workers to be started (a few are formatted in this thread).
  const dev = buildEdition(readContent(new URL('../shared/corpus/frus-dev/', root).pathname));
  const items = dev.documents.slice(0, 300).map((entry) => documentCslItem(entry.record, edition.settings, `https://example.org/documents/${entry.id}/`));
  const styleXml = readFileSync(new URL(CHICAGO_STYLE_FILE, root), 'utf8');

  /** The citations handed over, by index; an index handed over twice fails. */
  const collect = async (some: typeof items) => {
    const citations = new Map<number, ChicagoCitation>();
    await formatChicagoCitations(
      some,
      styleXml,
      (index, citation) => {
        expect(citations.has(index)).toBe(false);
        citations.set(index, citation);
      },
      2,
    );
    return citations;
  };

  test('formats each item in worker processes as on its own in this process, each handed over once with its index', async () => {
    const inWorkers = await collect(items);
    expect(inWorkers.size).toBe(items.length);
    for (const [index, citation] of inWorkers) expect(citation).toEqual({ note: chicagoNote(items[index]), bibliography: chicagoBibliography(items[index]) });
  }, 120_000);

  test('formats a few items in this process: the same citations', async () => {
    const few = await collect(items.slice(0, 3));
    expect([0, 1, 2].map((index) => few.get(index))).toEqual(items.slice(0, 3).map((item) => ({ note: chicagoNote(item), bibliography: chicagoBibliography(item) })));
  });
});

describe('BibTeX, RIS and CSL-JSON files', () => {
  test.each(IDS)('%s: read back by citation-js, each gives the item’s title, date and address', (id) => {
    const item = itemOf(id, `https://example.org/documents/${id}/`);
    for (const text of [bibtex(item), ris(item), cslJson(item)]) {
      const [read] = new Cite(text).data;
      expect(read.title).toBe(item.title);
      expect((read.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]).toEqual(item.issued?.['date-parts'][0]);
      expect(read.URL).toBe(item.URL);
    }
  });

  test('RIS names the printed volume and the edition (seed 000)', () => {
    const text = ris(itemOf('1940-10-steinhardt-1390'));
    expect(text).toMatch(/^TY {2}- GEN$/m);
    expect(text).toMatch(/^T2 {2}- Foreign Relations of the United States, 1940$/m);
    expect(text).toMatch(/^T3 {2}- Moscow, Chungking and the War in Asia, 1937–1946$/m);
    expect(text).toMatch(/^ER {2}-/m);
  });
});
