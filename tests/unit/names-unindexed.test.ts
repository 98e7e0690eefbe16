/** The unindexed report: capitalized names in the documents that match no index entry. */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { Inline, ParsedDocument } from '../../src/core/model/parsed-document.ts';
import { buildNameIndex, findMentions } from '../../src/core/names/find-mentions.ts';
import { findUnindexedNames, formatUnindexedReport, type UnindexedInput } from '../../src/core/names/unindexed.ts';

const content = readContent(new URL('../../content/', import.meta.url).pathname);
const index = buildNameIndex(content.people, content.places);

function documentOf(id: string, paragraphs: readonly (string | Inline[])[]): UnindexedInput {
  const parsed = {
    body: paragraphs.map((item, position) => ({ depth: 0, line: 10 + position, content: typeof item === 'string' ? [{ type: 'text', value: item }] : item })),
    footnotes: [],
  } as unknown as ParsedDocument;
  return { id, sourceFile: `documents/${id}.txt`, parsed, mentions: findMentions(parsed, index, {}) };
}

describe('findUnindexedNames', () => {
  test('lists names no entry matches, with count, file and line', () => {
    const found = findUnindexedNames([
      documentOf('a', ['An article in yesterday’s Pravda denounces the rumors.', 'He read Pravda again and met Yakov Surits in Moscow.']),
      documentOf('b', ['The Kazaks crossed the border.']),
    ]);
    expect(found).toEqual([
      {
        text: 'Pravda',
        count: 2,
        occurrences: [
          { document: 'a', file: 'documents/a.txt', line: 10 },
          { document: 'a', file: 'documents/a.txt', line: 11 },
        ],
      },
      { text: 'Kazaks', count: 1, occurrences: [{ document: 'b', file: 'documents/b.txt', line: 10 }] },
      { text: 'Yakov Surits', count: 1, occurrences: [{ document: 'a', file: 'documents/a.txt', line: 11 }] },
    ]);
  });

  test('leaves out indexed names, offices, institutions, demonyms and sentence openings', () => {
    const found = findUnindexedNames([
      documentOf('a', [
        'Although the Soviet Government told the Chinese Ambassador in Moscow nothing, the Secretary of State was informed.',
        'Nevertheless, Japanese and Paraguayan troops were not in Paraguay. However, nothing happened.',
        'Militarily, nothing. On the other hand the however and although and nevertheless.',
      ]),
    ]);
    expect(found.map((candidate) => candidate.text)).toEqual(['Paraguay']);
  });

  test('joins initials and particles into one name', () => {
    const found = findUnindexedNames([documentOf('a', ['He met W. H. Page and the Bank of Chile, and later Mr. Page again.'])]);
    expect(found.map((candidate) => candidate.text)).toEqual(['Bank of Chile', 'Page', 'W. H. Page']);
  });

  test('a garbled name the editor corrects is not reported when the correction links', () => {
    const found = findUnindexedNames([
      documentOf('a', [
        [
          { type: 'text', value: 'he would be forced to see Bertram Hinsky ' },
          { type: 'emendation', value: 'Vyshinsky?', query: true },
          { type: 'text', value: '.' },
        ],
        [
          { type: 'text', value: 'a word from Ivan Petrovsky ' },
          { type: 'emendation', value: 'Petrov?', query: true },
        ],
      ]),
    ]);
    expect(found.map((candidate) => candidate.text)).toEqual(['Ivan Petrovsky', 'Petrov']);
  });

  test('the seeds: what is still unindexed', () => {
    const edition = buildEdition(content);
    const found = findUnindexedNames(edition.documents.map((entry) => ({ id: entry.id, sourceFile: entry.record.sourceFile, parsed: entry.parsed, mentions: entry.mentions })));
    expect(found.map((candidate) => candidate.text)).toEqual(['British Empire', 'Chinese Legislative Yuan', 'Gasanli Dzh', 'Kazaks', 'Pravda']);
  });
});

describe('formatUnindexedReport', () => {
  test('prints a summary and one line per name with its places', () => {
    const report = formatUnindexedReport(
      [
        { text: 'Pravda', count: 4, occurrences: [1, 2, 3, 4].map((line) => ({ document: 'a', file: 'documents/a.txt', line })) },
        { text: 'Kazaks', count: 1, occurrences: [{ document: 'b', file: 'documents/b.txt', line: 48 }] },
      ],
      'content',
    );
    expect(report.split('\n')).toEqual([
      'unindexed: 2 capitalized names (5 occurrences) match no entry of people.yaml or places.yaml',
      '    4  Pravda  content/documents/a.txt:1, content/documents/a.txt:2, content/documents/a.txt:3, … 1 more',
      '    1  Kazaks  content/documents/b.txt:48',
    ]);
  });
});
