/**
 * Resolving references on small hand-built editions: series, number and day;
 * December/January; ambiguity; "not printed"; pages (with a date, a note
 * marker, the page's first document); other volumes; supra; the thread of an
 * exchange; the build's summary.
 */
import { describe, expect, test } from 'vitest';
import { editionOf, entry, outcomes, telegram } from '../support/editions.ts';
import { buildDocumentPages } from '../../src/site/page-data.ts';
import { summarizeReferences } from '../../src/core/references/summarize-references.ts';
import { buildThreads } from '../../src/core/references/thread.ts';

const GIBSON = 'Ambassador in Brazil (Gibson)';
const SECRETARY = 'Secretary of State';

describe('telegrams by series, number and day', () => {
  const edition = editionOf({
    'frus1934v90-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. The Minister called.'),
    'frus1934v90-d0002': telegram(SECRETARY, GIBSON, 'Washington, September 10, 1934—6 p.m.', '88. Your 230, September 10, 2 p.m. Approve.'),
    'frus1934v90-d0003': telegram(
      'Chargé in Brazil (Gordon)',
      SECRETARY,
      'Rio de Janeiro, September 12, 1934—11 a.m.',
      '232. Department’s 88, September 10, 6 p.m., and my 230, September 10, 2 p.m. Done.',
    ),
    'frus1934v90-d0004': telegram('Consul at Geneva (Gilbert)', SECRETARY, 'Geneva, September 12, 1934—noon', '232. The Council met.'),
    'frus1934v90-d0005': telegram(SECRETARY, GIBSON, 'Washington, September 13, 1934—5 p.m.', '90. Your 232, September 12, 11 a.m., and your 231, September 11, 4 p.m.1 Noted.', ['Not printed.']),
    'frus1934v90-d0006': telegram(
      SECRETARY,
      'Consul at Geneva (Gilbert)',
      'Washington, September 13, 1934—6 p.m.',
      '41. Your 232, September 12, noon. Noted. Department’s 88, September 10, 6 p.m., is not for you.',
    ),
  });

  test('"my", "your" and "Department\'s" name the series of the citing telegram\'s parties', () => {
    expect(outcomes(edition, 'frus1934v90-d0002')).toEqual(['Your 230, September 10, 2 p.m. → frus1934v90-d0001']);
    expect(outcomes(edition, 'frus1934v90-d0003')).toEqual(['Department’s 88, September 10, 6 p.m. → frus1934v90-d0002', 'my 230, September 10, 2 p.m. → frus1934v90-d0001']);
  });

  test('the same number on the same day in another series is told apart by the post', () => {
    expect(outcomes(edition, 'frus1934v90-d0005')[0]).toBe('Your 232, September 12, 11 a.m. → frus1934v90-d0003');
    expect(outcomes(edition, 'frus1934v90-d0006')[0]).toBe('Your 232, September 12, noon → frus1934v90-d0004');
  });

  test('a telegram the note says is not printed stays unresolved, saying so', () => {
    expect(outcomes(edition, 'frus1934v90-d0005').slice(1)).toEqual(['your 231, September 11, 4 p.m. → not printed', 'Not printed → not printed']);
  });

  test("the Department's telegram to another post is not this post's", () => {
    expect(outcomes(edition, 'frus1934v90-d0006')[1]).toBe('Department’s 88, September 10, 6 p.m. → not in this edition');
  });

  test('how each was found is recorded', () => {
    expect(entry(edition, 'frus1934v90-d0002').references[0].resolvedBy).toBe('series, number and date');
  });
});

describe('years, ambiguity and numbers without dates', () => {
  const edition = editionOf({
    'frus1934v91-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, December 28, 1934—5 p.m.', '300. The Minister called.'),
    'frus1934v91-d0002': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, December 29, 1934—1 p.m.', '301. Later.'),
    'frus1934v91-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, December 29, 1934—3 p.m.', '301. Repeated.'),
    'frus1934v91-d0004': telegram(SECRETARY, GIBSON, 'Washington, January 3, 1935—1 p.m.', '2. Your 300, December 28, 5 p.m., and your 301, December 29. Also your 300.'),
  });

  test('a December date cited in January is of the year before', () => {
    const [first] = entry(edition, 'frus1934v91-d0004').references;
    expect(first.date).toBe('1934-12-28T17:00');
    expect(first.target).toBe('frus1934v91-d0001');
  });

  test('two documents that fit equally are ambiguous, with both listed', () => {
    const second = entry(edition, 'frus1934v91-d0004').references[1];
    expect(second.target).toBeNull();
    expect(second.unresolvedReason).toBe('ambiguous: 2 candidates');
    expect(second.candidates).toEqual(['frus1934v91-d0002', 'frus1934v91-d0003']);
  });

  test('a number without a date takes the one of that series in the months before', () => {
    expect(outcomes(edition, 'frus1934v91-d0004')[2]).toBe('your 300 → frus1934v91-d0001');
  });
});

describe('pages', () => {
  const edition = editionOf({
    'frus1934v92-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, August 17, 1934—6 p.m.', '127. First [Page 2] second.', ['Note one.']),
    'frus1934v92-d0002': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, August 18, 1934—1 p.m.', '128. Third page [Page 3] begins here.'),
    'frus1934v92-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, August 18, 1934—4 p.m.', '129. Still on page three.'),
    'frus1934v92-d0004': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, August 19, 1934—4 p.m.', '130. Still on three.3 [Page 4] Now four.', ['Other note.', 'Another.', 'Five.']),
    'frus1934v92-d0005': telegram(SECRETARY, GIBSON, 'Washington, August 25, 1934—6 p.m.', '60. See1 and2 and3 and4 and5 and6 and7.', [
      'Ante, p. 3.',
      'August 18, 4 p.m., p. 3.',
      'See footnote 3, p. 3.',
      'Vol. iii, p. 232.',
      'Foreign Relations, 1934, vol. xcii, p. 178.',
      'Ante, p. 88.',
      'League of Nations, Official Journal, July 1934, p. 3.',
    ]),
  });
  const references = entry(edition, 'frus1934v92-d0005').references;

  test('a bare page resolves to the document where the page begins', () => {
    expect(references[0]).toMatchObject({ text: 'Ante, p. 3', kind: 'page', page: '3', target: 'frus1934v92-d0002', resolvedBy: 'page' });
  });

  test('a page with a date and time picks the document of that date on the page', () => {
    expect(references[1]).toMatchObject({ page: '3', target: 'frus1934v92-d0003', resolvedBy: 'page and date, time' });
  });

  test('"see footnote 3, p. 3" picks the document on the page with that note', () => {
    expect(references[2]).toMatchObject({ page: '3', footnote: '3', target: 'frus1934v92-d0004' });
  });

  test('another volume is named in the reason', () => {
    expect(references[3]).toMatchObject({ kind: 'other-volume', target: null, unresolvedReason: 'other volume: FRUS 1934 vol. III, p. 232' });
  });

  test('a volume cited by name that is this one resolves as a page of it', () => {
    expect(references[4]).toMatchObject({ kind: 'page', page: '178', target: null, unresolvedReason: 'not in this edition' });
  });

  test('a page the edition does not print is not in this edition; another publication is no reference', () => {
    expect(references[5]).toMatchObject({ page: '88', unresolvedReason: 'not in this edition' });
    expect(references).toHaveLength(6);
  });

  test('page links go to the page anchor when the target holds the page break', () => {
    const pages = buildDocumentPages(edition, { document: (id) => `/documents/${id}/`, entity: (kind, id) => `/${kind}/${id}/` });
    const html = pages.find((page) => page.data.id === 'frus1934v92-d0005')!.data.notesHtml;
    expect(html).toContain('href="/documents/frus1934v92-d0002/#page-3"');
    expect(html).toContain('href="/documents/frus1934v92-d0003/"');
    expect(html).toContain('p. 3 begins in: Telegram No. 128');
  });
});

describe('pages: "ante" and "post", years not printed, dates of receipt', () => {
  // The notes are those of FRUS 1917 Supplement 2 vol. II, d0303, d0335 and d0208.
  const BALFOUR = 'Mr. Balfour, for the British Special Mission';
  const edition = editionOf({
    'frus1917v94-d0001': telegram(BALFOUR, SECRETARY, 'Washington, May 5, 1917.', '[Page 1195] The Cortina agreement is summarized.'),
    'frus1917v94-d0002': telegram(
      'Ambassador in France (Sharp)',
      SECRETARY,
      'Paris, May 6, 1917—4 p.m.',
      ['The agreement [Page 1196] is signed; the letter approving it follows.1'],
      ['The letter of the French Minister of Blockade approving the agreement is printed as an annex hereto, post, p. 1196.'],
    ),
    'frus1917v94-d0003': telegram('French Minister of Blockade', 'Ambassador in France (Sharp)', 'Paris, May 6, 1917.', 'I approve the agreement.'),
    'frus1917v94-d0004': telegram('Minister in Norway (Schmedeman)', SECRETARY, 'Christiania, December 5, 1917.', '605. [Page 1197] The conference met.'),
    'frus1917v94-d0005': telegram(
      SECRETARY,
      BALFOUR,
      'Washington, January 10, 1918—5 p.m.',
      ['The modification1 is effected; the conference2 is reported.'],
      [
        'A modification, eliminating the clauses regarding shipping, of the “Cortina agreement” summarized in Mr. Balfour’s letter of May 5, ante, p. 1195.',
        'For further report on this conference, see despatch from the Minister in Norway, No. 605, Dec. 5, received Dec. 26, ante, p. 1197.',
      ],
    ),
  });

  test('"post, p. 1196" from a document that ends on p. 1196 is the document after it there, not itself', () => {
    expect(outcomes(edition, 'frus1917v94-d0002')).toEqual(['post, p. 1196 → frus1917v94-d0003']);
  });

  test('a page reference whose year is not printed is not ruled out by the year completed from a citing document of the next year', () => {
    const [letter] = entry(edition, 'frus1917v94-d0005').references;
    expect(letter).toMatchObject({ page: '1195', target: 'frus1917v94-d0001' });
  });

  test('the day a despatch was received is not its date', () => {
    const despatch = entry(edition, 'frus1917v94-d0005').references[1];
    expect(despatch).toMatchObject({ page: '1197', number: '605', target: 'frus1917v94-d0004' });
    expect(despatch.date).toMatch(/-12-05$/);
  });
});

describe('a body reference read with its note', () => {
  const edition = editionOf({
    'frus1918v93-d0001': telegram(SECRETARY, 'Ambassador in Russia (Francis)', 'Washington, April 13, 1917—5 p.m.', '1313. From [Page 5] the Treasury.'),
    'frus1918v93-d0002': telegram('Ambassador in Russia (Francis)', SECRETARY, 'Petrograd, April 14, 1917—2 p.m.', '1200. Your telegram of yesterday.1 Agreed.', ['Supra.']),
    'frus1918v93-d0003': telegram('Ambassador in Russia (Francis)', SECRETARY, 'Petrograd, May 15, 1917—8 p.m.', '1291. Your 1313.1 Foreign Office advises.', ['Ante, p. 5.']),
  });

  test('"Ante, p. 5" tells on which page to look for "Your 1313"; both resolve to it', () => {
    expect(outcomes(edition, 'frus1918v93-d0003')).toEqual(['Your 1313 → frus1918v93-d0001', 'Ante, p. 5 → frus1918v93-d0001']);
    expect(entry(edition, 'frus1918v93-d0003').references[0].page).toBe('5');
  });

  test('a bare "Supra." names no document by itself', () => {
    expect(outcomes(edition, 'frus1918v93-d0002')).toEqual(['Supra → supra: no document named']);
  });
});

describe('the thread of an exchange', () => {
  const edition = editionOf({
    'frus1934v94-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. First.'),
    'frus1934v94-d0002': telegram(SECRETARY, GIBSON, 'Washington, September 10, 1934—6 p.m.', '88. Your 230, September 10, 2 p.m.'),
    'frus1934v94-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 12, 1934—11 a.m.', '232. Department’s 88, September 10, 6 p.m.'),
    'frus1934v94-d0004': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 20, 1934—11 a.m.', '240. Unrelated.'),
  });

  test('collects the telegrams answering each other, in order, with their relation', () => {
    const thread = buildThreads(edition.documents).get('frus1934v94-d0002')!;
    expect(thread).toEqual([
      { id: 'frus1934v94-d0001', relation: 'cited here', current: false },
      { id: 'frus1934v94-d0002', relation: 'this document', current: true },
      { id: 'frus1934v94-d0003', relation: 'cites this', current: false },
    ]);
    expect(
      buildThreads(edition.documents)
        .get('frus1934v94-d0003')!
        .map((item) => item.relation),
    ).toEqual(['same exchange', 'cited here', 'this document']);
    expect(buildThreads(edition.documents).get('frus1934v94-d0004')).toEqual([]);
  });

  test('stops at the limit, keeping the nearest', () => {
    expect(
      buildThreads(edition.documents, 2)
        .get('frus1934v94-d0003')!
        .map((item) => item.id),
    ).toEqual(['frus1934v94-d0002', 'frus1934v94-d0003']);
  });

  test('is part of the page data, with cites and cited by', () => {
    const pages = buildDocumentPages(edition, { document: (id) => `/documents/${id}/`, entity: (kind, id) => `/${kind}/${id}/` });
    const page = pages.find((item) => item.data.id === 'frus1934v94-d0002')!.data;
    expect(page.thread.map((item) => [item.id, item.relation, item.current])).toEqual([
      ['frus1934v94-d0001', 'cited here', false],
      ['frus1934v94-d0002', 'this document', true],
      ['frus1934v94-d0003', 'cites this', false],
    ]);
    expect(page.cites.map((item) => [item.id, item.text])).toEqual([['frus1934v94-d0001', 'Your 230, September 10, 2 p.m.']]);
    expect(page.citedBy.map((item) => item.id)).toEqual(['frus1934v94-d0003']);
  });
});

describe("the build's summary", () => {
  test('counts resolved, unresolved and ambiguous references and lists the unresolved per document', () => {
    const edition = editionOf({
      'frus1934v95-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. First.'),
      'frus1934v95-d0002': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. Duplicate.'),
      'frus1934v95-d0003': telegram(SECRETARY, GIBSON, 'Washington, September 11, 1934—6 p.m.', '88. Your 230, September 10, 2 p.m., and your 229, September 9.1', ['Not printed.']),
    });
    const summary = summarizeReferences(edition.documents);
    expect(summary).toMatchObject({ total: 3, resolved: 0, unresolved: 2, ambiguous: 1, byReason: { ambiguous: 1, 'not printed': 2 } });
    expect(summary.documents).toEqual([
      {
        id: 'frus1934v95-d0003',
        unresolved: [
          { text: 'Your 230, September 10, 2 p.m.', kind: 'telegram', reason: 'ambiguous: 2 candidates', where: 'body' },
          { text: 'your 229, September 9', kind: 'telegram', reason: 'not printed', where: 'body' },
          { text: 'Not printed', kind: 'not-printed', reason: 'not printed', where: 'note 1' },
        ],
      },
    ]);
  });
});

describe('volumes numbered by document', () => {
  const edition = editionOf({
    'frus1969-76v90-d1': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, May 1, 1970—2 p.m.', '30. First.'),
    'frus1969-76v90-d2': telegram(SECRETARY, GIBSON, 'Washington, May 3, 1970—6 p.m.', '41. Your telegram.1 Approve.2', ['Document 1.', 'Foreign Relations, 1969–1976, volume XVII, Document 45.']),
  });

  test('"Document 1" is the document of that number in the volume; another volume is named', () => {
    expect(entry(edition, 'frus1969-76v90-d2').references.map((reference) => [reference.text, reference.kind, reference.target ?? reference.unresolvedReason])).toEqual([
      ['Document 1', 'document', 'frus1969-76v90-d1'],
      ['volume XVII, Document 45', 'other-volume', 'other volume: FRUS 1969–1976 vol. XVII, Document 45'],
    ]);
  });
});

describe('pages of copies that lost their page numbers', () => {
  // An archival copy, with its archive's stamp: it prints none of the volume's page numbers.
  const memo = (text: string) => `Reproduced at the National Archives\n\nThe Secretary of State to the Ambassador in Brazil (Gibson)\n\nSeptember 11, 1934\nWashington\n\n${text}\n\nHull\n`;
  const edition = editionOf({
    'frus1934v91-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. The Minister [Page 10] called.'),
    // An archival typescript of several printed pages, none of them marked.
    'frus1934v91-d0002': memo('A long instruction that ran over pages 11 to 13 of the printed volume.'),
    'frus1934v91-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 14, 1934—2 p.m.', '[Page 14] 231. The Minister [Page 15] left.'),
    'frus1934v91-d0004': telegram(SECRETARY, GIBSON, 'Washington, September 16, 1934—6 p.m.', '90. Your 231.1 Noted.', ['See the instruction, ante, p. 12.']),
  });

  test('a page between its neighbours’ pages is the page of the one document between them', () => {
    expect(outcomes(edition, 'frus1934v91-d0004')).toContain('ante, p. 12 → frus1934v91-d0002');
  });

  test('a copy that keeps the volume’s page numbers and shows none stands on one page', () => {
    const plain = editionOf({
      'frus1934v93-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. The Minister [Page 10] called.'),
      'frus1934v93-d0002': telegram(SECRETARY, GIBSON, 'Washington, September 11, 1934—6 p.m.', '88. Approve.'),
      'frus1934v93-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 14, 1934—2 p.m.', '[Page 14] 231. The Minister [Page 15] left.'),
      'frus1934v93-d0004': telegram(SECRETARY, GIBSON, 'Washington, September 16, 1934—6 p.m.', '90. Your 231.1 Noted.', ['See the instruction, ante, p. 12.']),
    });
    expect(outcomes(plain, 'frus1934v93-d0004')).not.toContain('ante, p. 12 → frus1934v93-d0002');
  });
});

describe('telegrams headed as a British printing does', () => {
  const british = (number: string, date: string, from: string, to: string, text: string) => `No. ${number}\n${date}\n\nFROM ${from} TO ${to}\n\n${text}\n`;
  const edition = editionOf({
    'frus1934v92-d0001': british('161', '17th September, 1934, 6 p.m.', 'BUENOS AIRES', 'SECRETARY OF STATE', 'The Minister called.'),
    'frus1934v92-d0002': british('111', '18th September, 1934, 6 p.m.', 'WASHINGTON', 'AMBASSADOR IN ARGENTINA', 'Your 161, September 17, 6 p.m. Approved.'),
  });

  test('Washington is the Department, and a post is known by its city', () => {
    expect(outcomes(edition, 'frus1934v92-d0002')).toEqual(['Your 161, September 17, 6 p.m. → frus1934v92-d0001']);
  });
});

describe('notes a word processor numbered', () => {
  const wp = (number: string, date: string, text: string) => `No. ${number}\n${date}\n\nFROM WASHINGTON TO AMBASSADOR IN BRAZIL\n\n${text}\n`;
  const edition = editionOf({
    'frus1934v94-d0001': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 10, 1934—2 p.m.', '230. The Minister [Page 56] called.', []),
    // Its note is number 1 of this export, not the volume's note 1.
    'frus1934v94-d0002': wp('88', '11th September, 1934, 6 p.m.', 'Your 230.[footnoteRef:1] [1:  Not printed.] Approve.'),
    'frus1934v94-d0003': telegram(GIBSON, SECRETARY, 'Rio de Janeiro, September 14, 1934—2 p.m.', '[Page 57] 231. The Minister left.1', ['See footnote 1, ante, p. 56.']),
  });

  test('do not answer "see footnote 1": the page does', () => {
    expect(outcomes(edition, 'frus1934v94-d0003')).toEqual(['ante, p. 56 → frus1934v94-d0001']);
  });
});
