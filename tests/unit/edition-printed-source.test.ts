/**
 * Where a document is printed: its volume (from edition.yaml, or the FRUS
 * volume its id names), its number in the volume, its first and last page
 * (from the page breaks, checked against the dev corpus's ground truth), an
 * editor's sidecar over all of it, and the labels pages and citations use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { FRUS, pagesLabel, printedSourceLabel, printedSourceOf, printedSourceShort, volumeOf } from '../../src/core/edition/printed-source.ts';

const VOLUMES = [{ id: 'frus1934v04', series: FRUS, volume: '1934, The American Republics, vol. IV', short: 'FRUS 1934, vol. IV' }];

describe('volumeOf', () => {
  test('a volume of edition.yaml holds the documents whose id begins with its id', () => {
    expect(volumeOf('frus1934v04-d0321', VOLUMES)).toEqual({ id: 'frus1934v04', series: FRUS, volume: '1934, The American Republics, vol. IV', short: 'FRUS 1934, vol. IV' });
    expect(volumeOf('frus1934v040-d0001', [{ id: 'frus1934v04', volume: 'IV' }])?.id).not.toBe('frus1934v04');
  });

  test.each([
    ['frus1918Russiav03-d0012', 'frus1918Russiav03', '1918, Russia, vol. III', 'FRUS 1918, Russia, vol. III'],
    ['frus1917Supp02v02-d0066', 'frus1917Supp02v02', '1917, Supplement 2, vol. II', 'FRUS 1917, Supplement 2, vol. II'],
    ['frus1969-76v17-d0045', 'frus1969-76v17', '1969–76, vol. XVII', 'FRUS 1969–76, vol. XVII'],
  ])('without an entry, a FRUS id names its volume: %s', (id, group, volume, short) => {
    expect(volumeOf(id, [])).toEqual({ id: group, series: FRUS, volume, short });
  });

  test('other ids name no volume', () => {
    expect(volumeOf('1937-12-21-henderson-333', [])).toBeNull();
  });
});

describe('printedSourceOf', () => {
  test('volume, number and pages together', () => {
    const { source, supplied } = printedSourceOf('frus1934v04-d0321', VOLUMES, ['255', '256', '257'], undefined);
    expect(source).toEqual({ series: FRUS, volume: '1934, The American Republics, vol. IV', short: 'FRUS 1934, vol. IV', volumeId: 'frus1934v04', document: '321', firstPage: '255', lastPage: '257' });
    expect(supplied).toBe(false);
    expect(printedSourceLabel(source!)).toBe('Foreign Relations of the United States, 1934, The American Republics, vol. IV, document 321, pp. 255–257');
    expect(printedSourceShort(source!)).toBe('FRUS 1934, vol. IV, doc. 321, pp. 255–257');
  });

  test('a sidecar sets what the text cannot tell, and is marked as supplied (seed 000)', () => {
    const { source, supplied } = printedSourceOf('1940-10-steinhardt-1390', [], ['667', '668', '669'], { series: FRUS, volume: '1940' });
    expect(source).toMatchObject({ series: FRUS, volume: '1940', short: 'FRUS 1940', volumeId: null, document: null, firstPage: '667', lastPage: '669' });
    expect(supplied).toBe(true);
  });

  test('pages alone are kept; nothing known is null', () => {
    expect(printedSourceOf('1937-12-21-henderson-333', [], ['827', '828'], undefined).source).toMatchObject({ series: null, firstPage: '827', lastPage: '828' });
    expect(printedSourceOf('1946-03-25-chungking-456', [], [], undefined).source).toBeNull();
  });

  test.each([
    [{ firstPage: '5', lastPage: '5' }, 'p. 5'],
    [{ firstPage: '5', lastPage: '7' }, 'pp. 5–7'],
    [{ firstPage: null, lastPage: null }, null],
  ])('pagesLabel(%o) is %s', (pages, label) => {
    expect(pagesLabel(pages)).toBe(label);
  });
});

const corpus = new URL('../../../shared/corpus/frus-dev/', import.meta.url).pathname;

describe.runIf(existsSync(join(corpus, 'truth')))('on the dev corpus', () => {
  const edition = buildEdition(readContent(corpus));
  const truths = new Map(
    readdirSync(join(corpus, 'truth')).map((name) => {
      const truth = JSON.parse(readFileSync(join(corpus, 'truth', name), 'utf8')) as { id: string; startPage: number | string; pageBreaks: string[] };
      return [truth.id, truth];
    }),
  );

  test('every document has its volume and number; the first and last pages given are those of the printed volume', () => {
    let paged = 0;
    for (const entry of edition.documents) {
      const source = entry.record.printedSource!;
      expect(source.volumeId, entry.id).toBe(entry.id.split('-d')[0]);
      expect(source.document, entry.id).toBe(String(Number(entry.id.split('-d')[1])));
      if (!source.firstPage) continue;
      paged += 1;
      const truth = truths.get(entry.id)!;
      const last = Math.max(Number(truth.startPage), ...truth.pageBreaks.filter((page) => /^\d+$/.test(page)).map(Number));
      expect([source.firstPage, source.lastPage], entry.id).toEqual([String(truth.startPage), String(last)]);
    }
    // Documents without a page break whose page is not certain have none: most have one.
    expect(paged / edition.documents.length).toBeGreaterThan(0.63); // measured: 64%
  });
});
