/**
 * The five seeds cite telegrams and pages that are not in this edition: every
 * reference is recognized, and none resolves — each is shown unresolved with
 * its reason. Checked on the content folder (with the editors' sidecars) and
 * on the seeds exactly as received.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';

const content = buildEdition(readContent(new URL('../../content/', import.meta.url).pathname));
const seedsDir = new URL('../../../shared/corpus/seeds/', import.meta.url).pathname;

function referencesOf(id: string) {
  return content.documents
    .find((entry) => entry.id === id)!
    .references.map((reference) => ({
      text: reference.text,
      kind: reference.kind,
      number: reference.number,
      date: reference.date,
      owner: reference.owner,
      page: reference.page,
      reason: reference.unresolvedReason,
    }));
}

describe('the seeds', () => {
  test('1940-10-steinhardt-1390: four telegrams, their notes’ pages in vol. iii and before', () => {
    expect(referencesOf('1940-10-steinhardt-1390')).toEqual([
      { text: 'my 1307, October 8, 5 p.m.', kind: 'telegram', number: '1307', date: '1940-10-08T17:00', owner: 'my', page: '232', reason: 'other volume: FRUS 1940 vol. III, p. 232' },
      { text: '1373, October 20, 7 p.m.', kind: 'telegram', number: '1373', date: '1940-10-20T19:00', owner: 'my', page: '397', reason: 'other volume: FRUS 1940 vol. III, p. 397' },
      { text: 'my 1359, October 17, 12 noon', kind: 'telegram', number: '1359', date: '1940-10-17T12:00', owner: 'my', page: '568', reason: 'not in this edition' },
      { text: '1379, October 21, 4 p.m.', kind: 'telegram', number: '1379', date: '1940-10-21T16:00', owner: 'my', page: '570', reason: 'not in this edition' },
      { text: 'Vol. iii, pp. 232', kind: 'other-volume', number: null, date: null, owner: null, page: '232', reason: 'other volume: FRUS 1940 vol. III, p. 232' },
      { text: '397', kind: 'other-volume', number: null, date: null, owner: null, page: '397', reason: 'other volume: FRUS 1940 vol. III, p. 397' },
      { text: 'Ante, pp. 568', kind: 'page', number: null, date: null, owner: null, page: '568', reason: 'not in this edition' },
      { text: '570', kind: 'page', number: null, date: null, owner: null, page: '570', reason: 'not in this edition' },
    ]);
  });

  test('1938-01-henderson-35: "my telegram No. 5, January 8, 7 p.m." is not printed', () => {
    expect(referencesOf('1938-01-henderson-35')).toEqual([
      { text: 'my telegram No. 5, January 8, 7 p.m.', kind: 'telegram', number: '5', date: '1938-01-08T19:00', owner: 'my', page: null, reason: 'not printed' },
      { text: 'Not printed', kind: 'not-printed', number: null, date: null, owner: null, page: null, reason: 'not printed' },
    ]);
  });

  test('1946-03-25-chungking-456: the Foreign Office telegrams it answers', () => {
    expect(referencesOf('1946-03-25-chungking-456').map((reference) => `${reference.owner} ${reference.number}`)).toEqual(['your 495', 'your 494', 'your 495', 'your 495', 'your 494']);
  });

  test('nothing resolves, and every unresolved reference says why', () => {
    for (const entry of content.documents) {
      for (const reference of entry.references) {
        expect(reference.target, `${entry.id}: ${reference.text}`).toBeNull();
        expect(reference.unresolvedReason, `${entry.id}: ${reference.text}`).toBeTruthy();
      }
    }
  });

  test.runIf(existsSync(seedsDir))('the seeds as received: the same references, none resolved', () => {
    const received = buildEdition(readContent(seedsDir));
    const texts = received.documents.flatMap((entry) => entry.references.map((reference) => reference.text));
    expect(texts).toEqual(
      expect.arrayContaining(['my 1307, October 8, 5 p.m.', '1373, October 20, 7 p.m.', 'my 1359, October 17, 12 noon', '1379, October 21, 4 p.m.', 'Vol. iii, pp. 232', 'Ante, pp. 568']),
    );
    expect(received.documents.flatMap((entry) => entry.references).filter((reference) => reference.target)).toEqual([]);
  });
});
