/**
 * The ways of reading the edition beside its chronology: the decimal file
 * (src/site/file-classes.ts: class, file and serial of a file number,
 * in the file's order) and whole exchanges of telegrams
 * (src/core/references/exchanges.ts), on hand-made cases and the dev corpus.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { compareFileNumbers, fileClassSlug, fileNumberParts, groupByFileClass } from '../../src/site/file-classes.ts';
import { buildExchanges } from '../../src/core/references/exchanges.ts';
import { buildThreads } from '../../src/core/references/thread.ts';
import { editionOf, telegram } from '../support/editions.ts';

const dev = buildEdition(readContent(new URL('../../../shared/corpus/frus-dev/', import.meta.url).pathname));

describe('file numbers as the decimal file reads them', () => {
  test.each([
    ['761.94/1230', '761.94', '761.94', '1230', '7'],
    ['861.77/45a', '861.77', '861.77', '45a', '8'],
    ['865D.01/109', '865D.01', '865D.01', '109', '8'],
    ['710.G Commercial Agreement/22', '710.G', '710.G Commercial Agreement', '22', '7'],
    ['710. G Commercial Agreement/23', '710.G', '710.G Commercial Agreement', '23', '7'],
    ['123P54/2619½', '123P54', '123P54', '2619½', '1'],
    ['811.142/5353/7', '811.142', '811.142', '5353/7', '8'],
    ['Paris Peace Conf. 180.03101/1', 'Paris Peace Conf. 180.03101', 'Paris Peace Conf. 180.03101', '1', 'other'],
    ['F.O. 371/46212', 'F.O. 371', 'F.O. 371', '46212', 'other'],
  ])('%s', (number, fileClass, file, serial, division) => {
    expect(fileNumberParts(number)).toEqual({ fileClass, file, serial, division });
  });

  test('what is no file number has no class', () => {
    expect(fileNumberParts('Telegram')).toBeNull();
    expect(fileNumberParts('1946/3')).toBeNull();
  });

  test('serials in the file’s order, not the alphabet’s', () => {
    expect(['861.77/10', '861.77/9', '861.77/45a', '861.77/45', '861.51/131'].sort(compareFileNumbers)).toEqual(['861.51/131', '861.77/9', '861.77/10', '861.77/45', '861.77/45a']);
  });

  test('a class typed two ways is one page', () => {
    expect(fileClassSlug('867N')).toBe(fileClassSlug('867n'));
    expect(fileClassSlug('Paris Peace Conf. 180.03101')).toBe('paris-peace-conf.-180.03101');
  });

  test('on the dev corpus: every document with a file number in one class, the classes and files in the file’s order', () => {
    const items = dev.documents.map((entry, index) => ({ id: entry.id, fileNumber: entry.record.fileNumber, chronologicalIndex: index }));
    const { classes, unfiled } = groupByFileClass(items);
    const filed = classes.flatMap((group) => group.files.flatMap((file) => file.items.map((item) => item.id)));
    expect(new Set(filed).size).toBe(filed.length);
    expect(filed.length + unfiled.length).toBe(dev.documents.length);
    expect(unfiled.every((item) => item.fileNumber === null)).toBe(true);
    expect(classes.map((group) => group.fileClass)).toEqual([...classes.map((group) => group.fileClass)].sort(compareFileNumbers));
    const railways = classes.find((group) => group.fileClass === '861.77')!;
    const numbers = railways.files.flatMap((file) => file.items.map((item) => item.fileNumber!));
    expect(numbers).toEqual([...numbers].sort(compareFileNumbers));
    expect(classes.find((group) => group.fileClass === '710.G')!.files.map((file) => file.file)).toEqual(['710.G Commercial Agreement', '710.G Peace']);
  });
});

describe('whole exchanges of telegrams', () => {
  test('documents joined by the references in their text, however long the chain; a document alone is in none', () => {
    const edition = editionOf({
      a: telegram('Ambassador in China (Johnson)', 'Secretary of State', 'Peking, May 1, 1934—noon.', '101. Situation unchanged.'),
      b: telegram('Secretary of State', 'Ambassador in China (Johnson)', 'Washington, May 2, 1934—6 p.m.', '50. Your 101, May 1, noon. Report further.'),
      c: telegram('Ambassador in China (Johnson)', 'Secretary of State', 'Peking, May 3, 1934—4 p.m.', '102. Department’s 50, May 2, 6 p.m. Nothing further.'),
      d: telegram('Ambassador in Japan (Grew)', 'Secretary of State', 'Tokyo, May 4, 1934—5 p.m.', '77. Nothing to report.'),
    });
    const exchanges = buildExchanges(edition.documents);
    expect(exchanges.get('a')).toEqual({ exchange: 'a', size: 3, cites: [], citedBy: [{ id: 'b', text: 'Your 101, May 1, noon' }] });
    expect(exchanges.get('c')).toMatchObject({ exchange: 'a', size: 3, cites: [{ id: 'b', text: 'Department’s 50, May 2, 6 p.m.' }] });
    expect(exchanges.has('d')).toBe(false);
  });

  test('on the dev corpus: each document’s thread lies within its exchange, which every body link joins', () => {
    const exchanges = buildExchanges(dev.documents);
    const threads = buildThreads(dev.documents);
    for (const entry of dev.documents) {
      const place = exchanges.get(entry.id);
      for (const reference of entry.references) {
        if (reference.in !== 'body' || !reference.target || reference.target === entry.id) continue;
        expect(exchanges.get(reference.target)?.exchange, `${entry.id} → ${reference.target}`).toBe(place?.exchange);
      }
      for (const item of threads.get(entry.id) ?? []) expect(exchanges.get(item.id)?.exchange).toBe(place!.exchange);
    }
    const sizes = new Map<string, number>();
    for (const place of exchanges.values()) sizes.set(place.exchange, (sizes.get(place.exchange) ?? 0) + 1);
    for (const [id, count] of sizes) expect(exchanges.get(id)!.size).toBe(count);
    // Longer than a document page's thread shows (25): the page of the exchange has them all.
    expect(Math.max(...sizes.values())).toBeGreaterThan(25);
  });
});
