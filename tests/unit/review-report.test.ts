/**
 * The editor's review (src/site/review/): on the seeds, each document's
 * references not followed with the reason the page gives, its unindexed
 * names with counts, its sidecar's values with their lines; on a folder of
 * bad input, every parser warning with its file and line; and the page set
 * as hast, so what a document says stays text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { reasonText } from '../../src/core/references/reason-text.ts';
import { needsReview, reviewData } from '../../src/site/review/review-data.ts';
import { reviewPageHtml } from '../../src/site/review/review-html.ts';
import { makeBadInputCorpus, XSS_PAYLOADS } from '../support/bad-input-corpus.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const seeds = buildEdition(readContent(contentDir));
const review = reviewData(seeds);
const work = mkdtempSync(join(tmpdir(), 'edition-review-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const options = { editionTitle: 'Seeds', contentLabel: 'content', documentUrl: (id: string, anchor: string | null) => `/documents/${id}/${anchor ? `#${anchor}` : ''}` };

describe('the review of the seeds', () => {
  test('lists every document, in file order', () => {
    expect(review.documents.map((document) => document.id)).toEqual([...seeds.documents].sort((a, b) => a.fileOrder - b.fileOrder).map((entry) => entry.id));
  });

  test('gives each reference the edition does not follow, with the reason its page gives, at the entry of its list of references', () => {
    for (const entry of seeds.documents) {
      const listed = review.documents.find((document) => document.id === entry.id)!.references;
      const unfollowed = entry.references.flatMap((reference, at) => (reference.target ? [] : [{ reference, at }]));
      expect(listed.map((item) => [item.text, item.reason, item.where.anchor])).toEqual(
        unfollowed.map(({ reference, at }) => [reference.text, reasonText(reference.unresolvedReason), `reference-${at + 1}`]),
      );
    }
    const steinhardt = review.documents.find((document) => document.id === '1940-10-steinhardt-1390')!;
    expect(steinhardt.references[0]).toMatchObject({ text: 'my 1307, October 8, 5 p.m.', kind: 'unresolved', reason: 'Printed in another volume: FRUS 1940 vol. III, p. 232.' });
    expect(steinhardt.references[0].where).toEqual({ file: 'documents/1940-10-steinhardt-1390.txt', line: 11, anchor: 'reference-1' });
  });

  test('gives the sidecar’s values in force at their lines of the sidecar', () => {
    const henderson = review.documents.find((document) => document.id === '1938-01-henderson-35')!;
    const yaml = readFileSync(join(contentDir, 'documents/1938-01-henderson-35.yaml'), 'utf8').split('\n');
    expect(henderson.sidecar.map((value) => value.field)).toEqual(['date', 'place', 'editorialNote']);
    for (const value of henderson.sidecar) {
      expect(yaml[value.where.line - 1]).toMatch(new RegExp(`^${value.field}:`));
      expect(value.where).toMatchObject({ file: 'documents/1938-01-henderson-35.yaml', anchor: 'editorial-note' });
    }
    expect(henderson.sidecar[0].value).toBe('1938-01');
  });

  test('counts each unindexed name and says where it stands, at the paragraph of its line', () => {
    const henderson = review.documents.find((document) => document.id === '1938-01-henderson-35')!;
    const pravda = henderson.unindexed.find((name) => name.text === 'Pravda')!;
    expect(pravda.count).toBe(pravda.where.length);
    expect(pravda.where[0]).toMatchObject({ file: 'documents/1938-01-henderson-35.txt', line: 23 });
    const entry = seeds.documents.find((document) => document.id === '1938-01-henderson-35')!;
    const block = [...entry.parsed.body].reverse().find((candidate) => candidate.line <= 23)!;
    expect(pravda.where[0].anchor).toBe(`b-${block.line}`);
  });

  test('the totals add up what the documents list', () => {
    expect(review.totals.unresolved + review.totals.ambiguous).toBe(seeds.documents.reduce((total, entry) => total + entry.references.filter((reference) => !reference.target).length, 0));
    expect(review.totals.sidecarValues).toBe(review.documents.reduce((total, document) => total + document.sidecar.length, 0));
  });
});

describe('the review of a folder of bad input', () => {
  const corpus = makeBadInputCorpus(work);
  const edition = buildEdition(readContent(corpus.dir));
  const bad = reviewData(edition);

  test('gives every warning of every document, with its file and line', () => {
    for (const entry of edition.documents) {
      const listed = bad.documents.find((document) => document.id === entry.id)!;
      expect(listed.warnings.map((warning) => `${warning.where.file}:${warning.where.line}: ${warning.message}`)).toEqual(
        entry.record.warnings.map((warning) => `${warning.file ?? entry.record.sourceFile}:${warning.line}: ${warning.message}`),
      );
    }
    expect(bad.totals.warnings).toBeGreaterThan(10);
    expect(bad.problems).toEqual(edition.problems);
  });

  test('sets what the documents say as text: the payloads are in the page, none is markup', () => {
    const html = reviewPageHtml(bad, { ...options, editionTitle: XSS_PAYLOADS[0] });
    const root = parse(html);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelectorAll('img, svg, iframe')).toHaveLength(0);
    expect(root.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(#|\/documents\/)/);
    expect(root.querySelector('h1')!.text).toContain(XSS_PAYLOADS[0]);
    // The sidecar of xss.txt sets the payloads as values: shown as its values in force.
    const xss = bad.documents.find((document) => document.id === 'xss')!;
    expect(xss.sidecar.map((value) => value.value)).toContain(XSS_PAYLOADS[0]);
    expect(root.querySelector('#review-xss')!.parentNode!.text).toContain(XSS_PAYLOADS[0]);
  });

  test('documents with nothing to review are only counted', () => {
    const html = parse(reviewPageHtml(bad, options));
    expect(html.querySelectorAll('section.review-document')).toHaveLength(bad.documents.filter(needsReview).length);
  });
});
