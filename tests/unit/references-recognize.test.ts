/**
 * Recognizing references: real phrases from the dev corpus and the seeds →
 * kind, number, date, owner, as `findReferences` reads them; notes' page
 * pointers; spans that mark the printed words; the small readers underneath.
 */
import { describe, expect, test } from 'vitest';
import type { Inline, ParsedDocument } from '../../src/core/model/parsed-document.ts';
import { findReferences } from '../../src/core/references/find-references.ts';
import { completeCitedDate } from '../../src/core/references/reference-dates.ts';
import { readClock, readDate } from '../../src/core/references/reference-grammar.ts';
import { recognizePageRefs } from '../../src/core/references/recognize-page-refs.ts';

/** A parsed document with the given paragraphs and notes (a string is one text inline), dated `date`. */
function documentOf(paragraphs: readonly (string | Inline[])[], notes: readonly (string | Inline[])[] = [], date: string | null = null): ParsedDocument {
  const inlines = (item: string | Inline[]): Inline[] => (typeof item === 'string' ? [{ type: 'text', value: item }] : item);
  return {
    date,
    body: paragraphs.map((item, position) => ({ depth: 0, line: position + 1, content: inlines(item) })),
    footnotes: notes.map((item, position) => {
      const content = inlines(item);
      return { n: String(position + 1), text: content.map((part) => ('value' in part ? part.value : '')).join(''), line: 100 + position, content };
    }),
  } as unknown as ParsedDocument;
}

/** `kind number date owner` of each reference found, for compact tables. */
function read(references: ReturnType<typeof findReferences>): string[] {
  return references.map((reference) => [reference.kind, reference.number ?? '-', reference.date ?? '-', reference.owner ?? '-'].join(' '));
}

describe('references in the text', () => {
  test.each([
    // [phrase, citing document's date, references found]
    [
      'The reluctance of Molotov confirms the views expressed in my 1307, October 8, 5 p.m., and 1373, October 20, 7 p.m., as to',
      '1940-10-25',
      ['telegram 1307 1940-10-08T17:00 my', 'telegram 1373 1940-10-20T19:00 my'],
    ],
    ['reported in my 1359, October 17, 12 noon, and 1379, October 21, 4 p.m., the Soviet Government', '1940-10-25', ['telegram 1359 1940-10-17T12:00 my', 'telegram 1379 1940-10-21T16:00 my']],
    ['232. Your 232, September 12, 11 a.m. The Department', '1934-09-13T18:00', ['telegram 232 1934-09-12T11:00 your']],
    ['89. Department’s 88, September 10, 6 p.m. The', '1934-09-12T11:00', ["telegram 88 1934-09-10T18:00 Department's"]],
    ['Reference to my telegram No. 5, January 8, 7 p.m.', '1938-01-10', ['telegram 5 1938-01-08T19:00 my']],
    ['Your telegrams Nos. 495, 494, and 495 have been received.', '1946-03-25', ['telegram 495 - your', 'telegram 494 - your', 'telegram 495 - your']],
    ['With reference to your despatch No. 2326 of November 23, 1935, I', '1936-01-04', ['despatch 2326 1935-11-23 your']],
    ['The draft in Consulate’s 89, paragraph 4, reads', '1934-05-23', ["telegram 89 - Consulate's"]],
    ['1291. Your 1359. Foreign Office now formally advises me', '1917-05-15T20:00', ['telegram 1359 - your']],
    ['Your unnumbered March 29, 9 p.m. The Minister', '1934-03-30', ['telegram - 1934-03-29T21:00 your']],
    ['Your January 28, 5 p.m., received.', '1918-02-02T15:00', ['telegram - 1918-01-28T17:00 your']],
    ['the Department’s telegrams to you of February 2, 3 p.m., February 14, 4 p.m., and', '1918-03-01', ["telegram - 1918-02-02T15:00 Department's", "telegram - 1918-02-14T16:00 Department's"]],
    ['Department’s 402 [132?], February 5, 5 p.m., was', '1934-03-13', ["telegram 132 1934-02-05T17:00 Department's"]],
    ['Department’s 36, April 6 [9], 4 p.m.', '1934-05-26', ["telegram 36 1934-04-09T16:00 Department's"]],
    ['Department’s telegram No. 66, July 17, 4 [6] p.m.', '1934-07-19', ["telegram 66 1934-07-17T18:00 Department's"]],
    ['With reference to the Embassy’s telegram No. 101—May 24, 8 P.M., and', '1934-06-01', ["telegram 101 1934-05-24T20:00 Embassy's"]],
    ['Wilson’s 254, May 17, 9 a.m., states', '1934-05-18', ["telegram 254 1934-05-17T09:00 Wilson's"]],
    ['Your cable 16th instant received.', '1918-04-20', ['telegram - 1918-04-16 your']],
    ['Page’s memorandum No. 507 of the 12th instant, enquiring', '1918-05-20', ["other 507 1918-05-12 Page's"]],
    ['the Department’s telegraphic instruction No. 7203, of April 10, 1918, 3 p.m.', '1918-05-01', ["telegram 7203 1918-04-10T15:00 Department's"]],
    ['your letter of March 5, in regard to the disposal of Russian materials', '1918-03-07', ['letter - 1918-03-05 your']],
    ['Embassy’s 3356, your 739', '1918-10-01', ["telegram 3356 - Embassy's", 'telegram 739 - your']],
    ['Department’s 1920, December 21, and', '1918-01-04', ["telegram 1920 1917-12-21 Department's"]],
    ['I am pleased to refer to Your Excellency’s favor No. 271 of the 22nd instant.', '1934-10-24', ['letter 271 1934-10-22 your']],
    // The cable abbreviations of later volumes.
    ['Reurtel 1234, May 5, 3 p.m. Department agrees.', '1947-05-07', ['telegram 1234 1947-05-05T15:00 your']],
    ['Deptel 456 and Embtel 789, May 6.', '1947-05-07', ["telegram 456 - Department's", "telegram 789 1947-05-06 Embassy's"]],
  ])('%s', (phrase, date, expected) => {
    expect(read(findReferences(documentOf([phrase], [], date)))).toEqual(expected);
  });

  test.each([
    'my 13 months in Costa Rica have shown',
    'The Japanese reports 3 divisions near the border',
    'Huntington’s letter to the Ambassador',
    'your 1917 programme of purchases',
    'Russia’s indebtedness to England for supplies',
  ])('finds nothing in “%s”', (phrase) => {
    expect(findReferences(documentOf([phrase], [], '1918-01-01'))).toEqual([]);
  });

  test('marks the printed words, and a reference read across a note marker on its first part', () => {
    const sentence: Inline[] = [
      { type: 'text', value: '1291. Your 1359.' },
      { type: 'noteRef', n: '2', note: 0 },
      { type: 'text', value: ' Foreign Office' },
    ];
    const [reference] = findReferences(documentOf([sentence], ['Ante, p. 5.'], '1917-05-15'));
    expect(reference.text).toBe('Your 1359');
    expect(reference.span).toEqual({ part: 'body', index: 0, inline: 0, start: 6, end: 15 });
    expect(reference.annotatedBy).toBe(0);
  });

  test('a note marker after the last item of a list comments on every item', () => {
    const sentence: Inline[] = [
      { type: 'text', value: 'my 1307, October 8, 5 p.m., and 1373, October 20, 7 p.m.,' },
      { type: 'noteRef', n: '87', note: 0 },
    ];
    const references = findReferences(documentOf([sentence], ['Vol. iii, pp. 232 and 397, respectively.'], '1940-10-25')).filter((reference) => reference.in === 'body');
    expect(references.map((reference) => [reference.text, reference.annotatedBy])).toEqual([
      ['my 1307, October 8, 5 p.m.', 0],
      ['1373, October 20, 7 p.m.', 0],
    ]);
  });

  test('a reference interrupted by a page break reads on across it', () => {
    const sentence: Inline[] = [
      { type: 'text', value: 'as stated in my 1307, October ' },
      { type: 'pageBreak', page: '668' },
      { type: 'text', value: '8, 5 p.m., the' },
    ];
    expect(read(findReferences(documentOf([sentence], [], '1940-10-25')))).toEqual(['telegram 1307 1940-10-08T17:00 my']);
  });
});

describe('references in the notes', () => {
  /** `kind page volume date` of each reference a note holds. */
  function inNote(note: string, date: string | null = '1934-09-01'): string[] {
    return findReferences(documentOf([], [note], date)).map((reference) => [reference.kind, reference.page ?? '-', reference.volume ?? '-', reference.date ?? '-', reference.number ?? '-'].join(' '));
  }

  test.each([
    ['Ante, p. 568.', ['page 568 - - -']],
    ['Ante, pp. 568 and 570, respectively.', ['page 568 - - -', 'page 570 - - -']],
    ['Ante, pp. 258, 262, 257, and 241.', ['page 258 - - -', 'page 262 - - -', 'page 257 - - -', 'page 241 - - -']],
    ['See p. 128.', ['page 128 - - -']],
    ['Post, p. 257.', ['page 257 - - -']],
    ['August 18, 1 p.m., p. 174.', ['page 174 - 1934-08-18T13:00 -']],
    ['See telegram No. 137, August 23, 6 p.m., from the Ambassador in Argentina, p. 180.', ['page 180 - 1934-08-23T18:00 137']],
    ['See footnote 32, p. 56.', ['page 56 - - -']],
    ['See pp. 321 ff.', ['page 321 - - -']],
    ['The text of the Agreement is the same (with slight variation) as the final text, printed on p. 14.', ['page 14 - - -']],
    ['Vol. iii, pp. 232 and 397, respectively.', ['other-volume 232 vol. III - -', 'other-volume 397 vol. III - -']],
    ['Foreign Relations, 1935, vol. i, p. 563.', ['other-volume 563 FRUS 1935 vol. I - -']],
    ['See Award of November 12, 1878, Foreign Relations, 1878, p. 711.', ['other-volume 711 FRUS 1878 1878-11-12 -']],
    ['Foreign Relations, Japan, 1931–1941, vol. i, p. 210.', ['other-volume 210 FRUS 1931–1941 Japan vol. I - -']],
    ['Aide-mémoire of July 17, printed in part, ante, p. 134; in full, vol. ii, p. 287.', ['page 134 - 1934-07-17 -', 'other-volume 287 vol. II - -']],
    ['See Document 45.', ['document - - - -']],
    ['Senate Document 123, 73d Cong., 2d sess.', []],
    ['Not printed.', ['not-printed - - - -']],
    ['Supra.', ['other - - - -']],
    ['League of Nations, Official Journal, July 1934, p. 789.', []],
    ['Department of State, Press Releases, July 28, 1934, p. 71.', []],
    ['Treaties, Conventions, etc., Between the United States of America and Other Powers, 1910–1923 (Washington, Government Printing Office, 1923), vol. iii, p. 3336.', []],
    ['Malloy, Treaties, 1776–1909, vol. i, p. 113.', []],
  ])('%s', (note, expected) => {
    expect(inNote(note)).toEqual(expected);
  });

  test('"ibid." follows the work cited before it, within and across notes', () => {
    expect(recognizePageRefs('Vol. ii, p. 28, footnote 2.').refs.map((ref) => ref.volume)).toEqual(['vol. II']);
    const first = recognizePageRefs('Vol. ii, p. 28, footnote 2.');
    expect(recognizePageRefs('Ibid., p. 31, footnote 1.', first.cited).refs.map((ref) => [ref.kind, ref.volume])).toEqual([['other-volume', 'vol. II']]);
    const external = recognizePageRefs('League of Nations, Official Journal, July 1934, p. 791.');
    expect(recognizePageRefs('Ibid., p. 795.', external.cited).refs).toEqual([]);
    const runOn = recognizePageRefs('See Foreign Relations, 1930, vol. i, pp. 344 ff.; ibid., 1932, vol. v, pp. 270 ff., pp. 350 ff., and ibid., 1933, vol. iv, pp. 561 ff.');
    expect(runOn.refs.map((ref) => `${ref.volume} p. ${ref.page}`)).toEqual(['FRUS 1930 vol. I p. 344', 'FRUS 1932 vol. V p. 270', 'FRUS 1932 vol. V p. 350', 'FRUS 1933 vol. IV p. 561']);
  });

  test('several telegrams and their pages pair one to one ("respectively")', () => {
    const note = 'Not printed; cf. Department’s telegrams No. 1883, Dec. 6, and No. 1917, Dec. 20, and the Ambassador’s telegram No. 2091, Dec. 11, vol. i, pp. 289, 319, and 301.';
    expect(inNote(note, '1917-12-27')).toEqual([
      'not-printed - - - -',
      'other-volume 289 vol. I 1917-12-06 1883',
      'other-volume 319 vol. I 1917-12-20 1917',
      'other-volume 301 vol. I 1917-12-11 2091',
    ]);
  });

  test('a list of numbers and days pairs item by item with its pages', () => {
    // FRUS 1917 Supplement 2 vol. II, d0115.
    const { refs } = recognizePageRefs('Telegrams from the Ambassador in Great Britain, Nos. 7586 and 7792, Nov. 2 and 23, 1917, ante, pp. 982 and 987, respectively.');
    expect(refs.map((ref) => [ref.page, ref.number, ref.date && `${ref.date.year}-${ref.date.month}-${ref.date.day}`])).toEqual([
      ['982', '7586', '1917-11-2'],
      ['987', '7792', '1917-11-23'],
    ]);
  });

  test('a telegram described with "supra" keeps the pointer with it', () => {
    const [reference, ...rest] = findReferences(documentOf([], ['See telegram No. 4, January 4, 7 p.m., from the Ambassador in Argentina, supra.'], '1934-01-05'));
    expect(rest).toEqual([]);
    expect(reference).toMatchObject({ kind: 'telegram', number: '4', date: '1934-01-04T19:00', owner: 'Ambassador in Argentina', position: 'before' });
  });
});

describe('dates', () => {
  test.each([
    // [cited, citing, forward (notes), ISO]
    [{ year: null, month: 12, day: 28, time: null, relative: null }, '1934-01-09T15:00', false, '1933-12-28'],
    [{ year: null, month: 1, day: 3, time: '13:00', relative: null }, '1934-12-28', false, '1934-01-03T13:00'],
    [{ year: null, month: 1, day: 2, time: null, relative: null }, '1918-12-19', true, '1919-01-02'],
    [{ year: null, month: 10, day: 8, time: '17:00', relative: null }, '1940-10', false, '1940-10-08T17:00'],
    [{ year: null, month: null, day: 14, time: null, relative: 'instant' }, '1934-04-20', false, '1934-04-14'],
    [{ year: null, month: null, day: 28, time: null, relative: null }, '1934-04-02', false, '1934-03-28'],
    [{ year: null, month: null, day: 30, time: null, relative: 'ultimo' }, '1934-01-02', false, '1933-12-30'],
    [{ year: 1935, month: 11, day: 23, time: null, relative: null }, '1936-01-04', false, '1935-11-23'],
    [{ year: null, month: 10, day: 8, time: null, relative: null }, null, false, '--10-08'],
  ] as const)('%o cited on %s → %s', (cited, citing, forward, expected) => {
    expect(completeCitedDate({ ...cited }, citing, forward)).toBe(expected);
  });

  test.each([
    ['October 8', { month: 10, day: 8, year: null }],
    ['Sept. 17, 1918', { month: 9, day: 17, year: 1918 }],
    ['Jan. 1/14, 1918', { month: 1, day: 14, year: 1918 }],
    ['April 6 [9]', { month: 4, day: 9, year: null }],
    ['25 March 1946', { month: 3, day: 25, year: 1946 }],
  ])('reads the date %s', (text, expected) => {
    expect(readDate(text, 0)?.value).toMatchObject(expected);
  });

  test.each([
    ['5 p.m.', '17:00'],
    ['9:17 p.m.', '21:17'],
    ['12 noon', '12:00'],
    ['midnight', '00:00'],
    ['4 [6] p.m.', '18:00'],
    ['8 P.M.', '20:00'],
  ])('reads the time %s', (text, expected) => {
    expect(readClock(text, 0)?.value).toBe(expected);
  });
});
