/**
 * Where a document that shows no page numbers begins, estimated from the
 * length of the text between the volume's page breaks (page-estimate.ts), on
 * the real volumes of both dev corpora, each estimate checked against the
 * page the printed volume has the document on (the truth's `startPage`, page
 * breaks and, for typescripts, the breaks of the printed page); and the page
 * references it lets the resolver follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { resolveReferences } from '../../src/core/references/resolve-references.ts';
import { estimatedPlace, estimateStarts } from '../../src/core/references/page-estimate.ts';
import { entry } from '../support/editions.ts';

const corpora = new URL('../../../shared/corpus/', import.meta.url).pathname;

interface Truth {
  startPage: string;
  pageBreaks?: string[];
  printedPageBreaks?: string[];
}

/** First and last printed page of a document, as the volume prints it. */
function printedPages(corpus: string, id: string): { first: number; last: number } {
  const truth = JSON.parse(readFileSync(join(corpora, corpus, 'truth', `${id}.json`), 'utf8')) as Truth;
  const pages = [truth.startPage, ...(truth.pageBreaks ?? []), ...(truth.printedPageBreaks ?? [])].map(Number);
  return { first: Number(truth.startPage), last: Math.max(...pages) };
}

describe.each(['frus-dev', 'frus-dev-styles'])('estimated pages on %s', (corpus) => {
  const dir = join(corpora, corpus);
  const available = existsSync(join(dir, 'truth'));
  const edition = available ? buildEdition(readContent(dir)) : null;
  const index = edition ? resolveReferences(edition.documents).index : null;
  const estimated = index ? index.documents.filter((document) => document.entry.record.pageBreaks.length === 0) : [];

  test.runIf(available)('every page a document is estimated to begin on is the page the volume begins it on', () => {
    const starts = estimated.filter((document) => document.estimatedStart !== null);
    // Enough estimates that the check is not empty: about a fifth of the documents without breaks.
    expect(starts.length).toBeGreaterThan(70);
    for (const document of starts) expect(`${document.id} p. ${document.estimatedStart}`).toBe(`${document.id} p. ${printedPages(corpus, document.id).first}`);
  });

  test.runIf(available)('every page a document is estimated surely to stand on is one of its printed pages', () => {
    const sure = estimated.filter((document) => document.estimatedPages.length > 0);
    expect(sure.length).toBeGreaterThan(100);
    for (const document of sure) {
      const { first, last } = printedPages(corpus, document.id);
      for (const page of document.estimatedPages) expect(`${document.id} p. ${page}`, `printed on pp. ${first}–${last}`).toSatisfy(() => Number(page) >= first && Number(page) <= last);
    }
  });

  test.runIf(available)('the pages a document may stand on, as estimated, hold all its printed pages', () => {
    let bounded = 0;
    for (const list of index?.groups.values() ?? []) {
      const starts = estimateStarts(list.map((document) => document.entry));
      list.forEach((document, position) => {
        const next = list[position + 1];
        const follows = next && Number(next.id.slice(-4)) === Number(document.id.slice(-4)) + 1;
        const { from, to } = estimatedPlace(starts[position], follows ? starts[position + 1] : null);
        if (document.entry.record.pageBreaks.length > 0 || from === null || to === null) return;
        bounded += 1;
        const { first, last } = printedPages(corpus, document.id);
        expect(`${document.id}: pp. ${first}–${last}`, `estimated within pp. ${from}–${to}`).toSatisfy(() => first >= from && last <= to);
      });
    }
    expect(bounded).toBeGreaterThan(250);
  });
});

describe.runIf(existsSync(join(corpora, 'frus-dev-styles', 'truth')))('FRUS 1917 Supplement 2 vol. II, four styles mixed', () => {
  const edition = buildEdition(readContent(join(corpora, 'frus-dev-styles')));
  const { index } = resolveReferences(edition.documents);
  const document = (number: string) => index.byId.get(`frus1917Supp02v02-d${number}`)!;

  test('three typescripts after a web copy that ends on p. 1072: the one that surely runs over p. 1073 is found, the others left open', () => {
    // d0198 (web, 2,160 characters), d0199 (memo, 637), d0200 (memo, 3,391), d0201 (memo, 9,124); d0202 has [Page 1079].
    expect(['0198', '0199', '0200', '0201'].map((number) => document(number).estimatedPages)).toEqual([['1072'], [], ['1073'], ['1074', '1075', '1076', '1077']]);
    expect(document('0199').estimatedStart).toBeNull();
  });

  test('"Ante, p. 1073" resolves to a document the printed page holds', () => {
    const reference = entry(edition, 'frus1917Supp02v02-d0207').references.find((item) => item.text === 'Ante, p. 1073')!;
    expect(['frus1917Supp02v02-d0199', 'frus1917Supp02v02-d0200']).toContain(reference.target);
    expect(reference.resolvedBy).toBe('page');
  });

  test("the note's page outweighs a match by recipient alone onto a document only possibly on it", () => {
    // d0213: "your note of November 16" with the note "Ante, p. 1068"; d0192 surely stands on p. 1068, d0191 (web, its dateline lost) only may.
    const references = entry(edition, 'frus1917Supp02v02-d0213').references;
    expect(references.find((item) => item.text === 'Ante, p. 1068')?.target).toBe('frus1917Supp02v02-d0192');
    expect(references.find((item) => item.text === 'your note of November 16')?.target).not.toBe('frus1917Supp02v02-d0191');
  });

  test('pages whose text the edition lacks (pp. 1262–1266 hold 4,700 characters) place nothing', () => {
    const starts = estimateStarts(index.groups.get('frus1917Supp02v02')!.map((item) => item.entry));
    expect(starts[document('0382').position]).toBeNull();
    expect(document('0382').estimatedPages).toEqual([]);
  });
});
