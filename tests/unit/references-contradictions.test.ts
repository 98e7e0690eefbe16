/**
 * No reference is resolved to a document whose number or date contradicts
 * it, whatever led there (a note's page, the document where a page begins);
 * and a resolved reference lands on the note or paragraph it names.
 * Hand-built editions in the shape of the dev corpus cases
 * (frus1934v04-d0321: "Consulate's 136" and its note "June 5, 3 p.m., p. 255").
 */
import { describe, expect, test } from 'vitest';
import { editionOf, entry, outcomes, telegram } from '../support/editions.ts';
import { buildDocumentPages } from '../../src/site/page-data.ts';
import { contradiction } from '../../src/core/references/contradictions.ts';
import { referenceAnchor } from '../../src/core/references/reference-anchor.ts';

const GILBERT = 'Consul at Geneva (Gilbert)';
const SECRETARY = 'Secretary of State';

describe('contradiction', () => {
  test.each([
    [{ number: '136', date: null }, { serial: '131', day: '1934-06-04', monthDay: '06-04', time: '10:00' }, 'No. 131, not 136'],
    [{ number: null, date: '1934-07-12' }, { serial: null, day: '1934-07-11', monthDay: '07-11', time: null }, 'July 11, 1934, not July 12, 1934'],
    [{ number: null, date: '--07-12' }, { serial: null, day: '1934-07-11', monthDay: '07-11', time: null }, 'July 11, not July 12'],
    [{ number: null, date: '1934-06-05T15:00' }, { serial: '135', day: '1934-06-05', monthDay: '06-05', time: '14:00' }, 'of 14:00, not 15:00'],
  ])('%o against %o: %s', (reference, target, expected) => {
    expect(contradiction(reference, target)).toBe(expected);
  });

  test.each([
    // Number and day agree: an hour misprinted in the citing text does not unmake the match.
    [
      { number: '19', date: '1934-04-11T12:00' },
      { serial: '19', day: '1934-04-11', monthDay: '04-11', time: '11:00' },
    ],
    // What the target does not know cannot contradict.
    [
      { number: '136', date: '1934-06-05' },
      { serial: null, day: null, monthDay: null, time: null },
    ],
    [
      { number: null, date: null },
      { serial: '1', day: '1934-01-01', monthDay: '01-01', time: null },
    ],
  ])('%o against %o: none', (reference, target) => {
    expect(contradiction(reference, target)).toBeNull();
  });
});

describe('a note whose page holds other documents', () => {
  const edition = editionOf({
    'frus1934v80-d0001': telegram(GILBERT, SECRETARY, 'Geneva, June 4, 1934—10 a.m.', ['131. First [Page 255] page.']),
    'frus1934v80-d0002': telegram(GILBERT, SECRETARY, 'Geneva, June 4, 1934—2 p.m.', ['132. Still on the page.']),
    'frus1934v80-d0003': telegram(GILBERT, SECRETARY, 'Geneva, June 5, 1934—2 p.m.', ['135. On it too [Page 256] and on.']),
    'frus1934v80-d0004': telegram(GILBERT, SECRETARY, 'Geneva, June 5, 1934—3 p.m.', ['136. On the next page.']),
    'frus1934v80-d0005': telegram(GILBERT, SECRETARY, 'Geneva, June 6, 1934—noon', ['140. Consulate’s 136.1 Noted.'], ['June 5, 3 p.m., p. 255.']),
    'frus1934v80-d0006': telegram(GILBERT, SECRETARY, 'Geneva, June 7, 1934—noon', ['141. See1 and2.'], ['June 4, p. 255.', 'June 6, p. 255.']),
  });

  test('a body reference keeps its own match by series and number when the note’s page holds no document of that number', () => {
    expect(outcomes(edition, 'frus1934v80-d0005')[0]).toBe('Consulate’s 136 → frus1934v80-d0004');
  });

  test('the note itself stays unresolved when every document on its page is of another date or hour', () => {
    expect(outcomes(edition, 'frus1934v80-d0005')[1]).toBe('June 5, 3 p.m., p. 255 → not on p. 255: no document there fits');
  });

  test('a date that rules out all but one document of the page takes that one; one that rules out all, none', () => {
    const [june4, june6] = entry(edition, 'frus1934v80-d0006').references;
    // Two documents of June 4 stand on p. 255: nothing tells which.
    expect(june4.target).toBeNull();
    expect(june4.unresolvedReason).toMatch(/^ambiguous/);
    expect(june6.target).toBeNull();
  });

  test('no resolved reference of the edition contradicts its target', () => {
    const bySerial = new Map(edition.documents.map((item) => [item.id, item]));
    for (const item of edition.documents) {
      for (const reference of item.references) {
        if (!reference.target) continue;
        const target = bySerial.get(reference.target)!.record;
        const day = target.date?.slice(0, 10) ?? null;
        expect(contradiction(reference, { serial: target.telegramNumber, day, monthDay: day?.slice(5) ?? null, time: target.date?.slice(11, 16) || null }), `${item.id}: ${reference.text}`).toBeNull();
      }
    }
  });
});

describe('"see footnote" and paragraph references', () => {
  const edition = editionOf({
    'frus1934v81-d0001': telegram(
      GILBERT,
      SECRETARY,
      'Geneva, May 22, 1934—3 p.m.',
      ['89. Opening.1', '2.', 'The second paragraph.', '(a)', 'Its first part.', '(b)', 'Its second part.', 'Last [Page 56] words.2'],
      ['Not printed.', 'Department’s 70, June 20, is described here.'],
    ),
    'frus1934v81-d0002': telegram(SECRETARY, GILBERT, 'Washington, May 23, 1934—6 p.m.', ['71. Your 89, paragraph 2(b). Also your 89, paragraph 2. And Department’s 70.1'], ['See footnote 2, p. 56.']),
  });
  const [subParagraph, paragraph, described, footnote] = entry(edition, 'frus1934v81-d0002').references;
  const target = entry(edition, 'frus1934v81-d0001').parsed;

  test('a paragraph reference lands on that paragraph, or sub-paragraph', () => {
    expect(subParagraph.target).toBe('frus1934v81-d0001');
    expect(referenceAnchor(subParagraph, target)).toBe(`b-${target.body.find((block) => block.label === '(b)')!.line}`);
    expect(referenceAnchor(paragraph, target)).toBe(`b-${target.body.find((block) => block.label === '2.')!.line}`);
  });

  test('the body reference a "see footnote" note comments on is not the document holding that note', () => {
    expect(described).toMatchObject({ target: null, unresolvedReason: 'not printed; see footnote 2, p. 56' });
    expect(footnote).toMatchObject({ footnote: '2', page: '56', target: 'frus1934v81-d0001' });
  });

  test('the note lands on the footnote it names, the paragraph reference on its paragraph', () => {
    const pages = buildDocumentPages(edition, { document: (id) => `/documents/${id}/`, entity: (kind, id) => `/${kind}/${id}/` });
    const page = pages.find((item) => item.data.id === 'frus1934v81-d0002')!;
    expect(page.data.notesHtml).toContain('href="/documents/frus1934v81-d0001/#fn-2"');
    expect(page.html).toContain(`href="/documents/frus1934v81-d0001/#b-${target.body.find((block) => block.label === '(b)')!.line}"`);
  });
});
