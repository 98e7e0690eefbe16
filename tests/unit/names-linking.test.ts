/**
 * The name linker: the seeds' people and places, the matcher's rules
 * (possessives, case, word boundaries, longest match, sentence-initial
 * ordinary words), editorial corrections, per-document aliases, footnote
 * identifications, and a table of tricky sentences from the dev corpus that
 * must not be linked.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { Inline, ParsedDocument } from '../../src/core/model/parsed-document.ts';
import { buildNameIndex, findMentions } from '../../src/core/names/find-mentions.ts';
import { footnoteDescriptions, footnoteIdentifications } from '../../src/core/names/footnote-identifications.ts';
import { findHeaderMentions } from '../../src/core/names/header-mentions.ts';
import type { PersonEntry } from '../../src/core/schemas/person.ts';
import type { PlaceEntry } from '../../src/core/schemas/place.ts';

const content = readContent(new URL('../../content/', import.meta.url).pathname);
const edition = buildEdition(content);
const index = buildNameIndex(content.people, content.places);

/** A parsed document with the given paragraphs and notes; a string is one text inline. */
function documentOf(paragraphs: readonly (string | Inline[])[], notes: readonly (string | Inline[])[] = []): ParsedDocument {
  const inlines = (item: string | Inline[]): Inline[] => (typeof item === 'string' ? [{ type: 'text', value: item }] : item);
  return {
    body: paragraphs.map((item, position) => ({ depth: 0, line: position + 1, content: inlines(item) })),
    footnotes: notes.map((item, position) => {
      const inline = inlines(item);
      return { n: String(position + 1), text: inline.map((part) => ('value' in part ? part.value : '')).join(''), line: 100 + position, content: inline };
    }),
    participants: [],
    from: null,
    to: null,
  } as unknown as ParsedDocument;
}

/** `words→id` for each mention of a sentence, with the real authority files. */
function linked(sentence: string, aliases: Record<string, string> = {}, names = index): string[] {
  return findMentions(documentOf([sentence]), names, aliases).map((mention) => `${mention.text}→${mention.id}`);
}

function person(id: string, name: string, variants: string[] = [], ordinaryWords: string[] = []): PersonEntry {
  return { id, name, variants, ordinaryWords };
}

function place(id: string, name: string, variants: string[] = []): PlaceEntry {
  return { id, name, variants, ordinaryWords: [], kind: 'other' };
}

describe('the authority files', () => {
  test('are valid, with no ambiguous names', () => {
    expect(content.problems).toEqual([]);
    expect(index.problems).toEqual([]);
  });

  test('hold every person and place the seeds name', () => {
    expect(content.people.length).toBeGreaterThanOrEqual(20);
    expect(content.places.length).toBeGreaterThanOrEqual(33);
  });
});

describe('the seeds', () => {
  const seeds: { id: string; people: string[]; places: string[] }[] = [
    {
      id: '1937-12-21-henderson-333',
      people: ['bogomolov', 'chiang-kai-shek', 'henderson', 'litvinov', 'smirnov', 'stalin'],
      places: ['central-asia', 'china', 'far-east', 'japan', 'moscow', 'nanking', 'soviet-union'],
    },
    {
      id: '1938-01-henderson-35',
      people: ['chiang-kai-shek', 'henderson', 'stalin', 'sun-fo', 'yui-ming'],
      places: ['baikal', 'china', 'far-east', 'japan', 'kremlin', 'mongolia', 'siberia', 'soviet-union', 'transbaikalia'],
    },
    {
      id: '1940-10-steinhardt-1390',
      people: ['chiang-kai-shek', 'clark-kerr', 'cripps', 'halifax', 'molotov', 'steinhardt', 'vyshinsky'],
      places: ['china', 'chungking', 'germany', 'great-britain', 'japan', 'kremlin', 'near-east', 'soviet-union', 'turkey', 'united-states'],
    },
    {
      id: '1944-06-10-harriman-stalin',
      // Harriman, Molotov, Page and Pavlov are named only in the "Present:" list.
      people: ['chiang-kai-shek', 'edward-page', 'harriman', 'molotov', 'pavlov', 'roosevelt', 'stalin'],
      places: ['china', 'chungking', 'japan', 'loyang', 'mongolia', 'sinkiang', 'soviet-union', 'tehran', 'urumchi'],
    },
    {
      id: '1946-03-25-chungking-456',
      people: ['bedell-smith', 'byrnes'],
      places: [
        'azerbaijan',
        'china',
        'chungking',
        'dairen',
        'east-turkestan-republic',
        'far-east',
        'inner-mongolia',
        'iran',
        'japan',
        'korea',
        'london',
        'manchuria',
        'mongolia',
        'north-china',
        'russia',
        'sinkiang',
        'soviet-union',
        'united-states',
      ],
    },
  ];

  test.each(seeds)('$id names exactly the expected people and places', ({ id, people, places }) => {
    const entry = edition.documents.find((document) => document.id === id)!;
    expect([...entry.record.people].sort()).toEqual(people);
    expect([...entry.record.places].sort()).toEqual(places);
  });

  test('mentions are in document order: body blocks first, then notes', () => {
    for (const entry of edition.documents) {
      const order = entry.mentions.map((mention) => [mention.part === 'body' ? 0 : 1, mention.index, mention.inline, mention.start]);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
      expect(order).toEqual(sorted);
    }
  });

  test('every mention span holds the words it reports', () => {
    for (const entry of edition.documents) {
      for (const mention of entry.mentions) {
        const content = mention.part === 'body' ? entry.parsed.body[mention.index].content : entry.parsed.footnotes[mention.index].content;
        const inline = content[mention.inline];
        expect('value' in inline && inline.value.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  test('seed 003: the participants in the header are people of the document', () => {
    const entry = edition.documents.find((document) => document.id === '1944-06-10-harriman-stalin')!;
    const header = findHeaderMentions(entry.parsed, index, entry.raw.sidecar?.aliases ?? {});
    expect(header.map((mention) => `${mention.text}→${mention.id}`)).toEqual([
      'Harriman→harriman',
      'Marshal Stalin→stalin',
      'V. M. Molotov→molotov',
      'Mr. Page→edward-page',
      'Pavlov→pavlov',
      'Molotov→molotov',
    ]);
  });

  test('seed 004: the post its heading in capitals is from is Chungking, linked in the heading and not again in the text', () => {
    const entry = edition.documents.find((document) => document.id === '1946-03-25-chungking-456')!;
    expect(entry.headerMentions).toEqual([{ field: 'title', index: 0, start: 5, end: 14, kind: 'place', id: 'chungking', text: 'CHUNGKING' }]);
  });

  test('seed 003: "the Marshal", "the Generalissimo" and "the President" are the document’s own names', () => {
    const entry = edition.documents.find((document) => document.id === '1944-06-10-harriman-stalin')!;
    const texts = entry.mentions.filter((mention) => mention.kind === 'person').map((mention) => `${mention.text}→${mention.id}`);
    expect(texts).toContain('the Marshal→stalin');
    expect(texts).toContain('The Marshal→stalin');
    expect(texts).toContain('the Generalissimo→chiang-kai-shek');
    expect(texts).toContain('the President→roosevelt');
    // "Chiang entourage", "Chiang's entourage": Chiang all the same.
    expect(texts.filter((text) => text === 'Chiang→chiang-kai-shek').length).toBe(9);
  });

  test('seed 000: the editor’s correction links, the garbled name does not', () => {
    const entry = edition.documents.find((document) => document.id === '1940-10-steinhardt-1390')!;
    const vyshinsky = entry.mentions.filter((mention) => mention.id === 'vyshinsky');
    expect(vyshinsky.map((mention) => [mention.part, mention.text])).toEqual([
      ['body', 'Vyshinsky'],
      ['note', 'Andrey Yanuaryevich Vyshinsky'],
    ]);
    const [correction] = vyshinsky;
    expect(entry.parsed.body[correction.index].content[correction.inline].type).toBe('emendation');
    expect(entry.mentions.some((mention) => mention.text.includes('Hinsky'))).toBe(false);
  });

  test('seed 000: the note that identifies the British Ambassador in Chungking links to Clark Kerr', () => {
    const entry = edition.documents.find((document) => document.id === '1940-10-steinhardt-1390')!;
    expect(entry.mentions.filter((mention) => mention.part === 'note').map((mention) => `${mention.text}→${mention.id}`)).toEqual([
      'Sir Archibald J. K. Clark Kerr→clark-kerr',
      'Andrey Yanuaryevich Vyshinsky→vyshinsky',
    ]);
  });

  test('seed 004: places in the notes, by today’s name too', () => {
    const entry = edition.documents.find((document) => document.id === '1946-03-25-chungking-456')!;
    const notes = entry.mentions.filter((mention) => mention.part === 'note').map((mention) => `${mention.text}→${mention.id}`);
    expect(notes).toEqual(
      expect.arrayContaining(['Xinjiang→sinkiang', 'Iran→iran', 'London→london', 'USSR→soviet-union', 'W. Bedell Smith→bedell-smith', 'Bedell Smith→bedell-smith', 'Byrnes→byrnes']),
    );
    expect(entry.mentions.filter((mention) => mention.text === 'Sin Kiang').length).toBe(3);
  });
});

describe('matching', () => {
  test.each([
    ['possessive, straight apostrophe', "He distrusted Chiang's entourage.", ['Chiang→chiang-kai-shek']],
    ['possessive, curly apostrophe', 'It was Stalin’s decision.', ['Stalin→stalin']],
    ['longest name wins', 'an interview with Chiang Kai-shek in which', ['Chiang Kai-shek→chiang-kai-shek']],
    ['spelling variants', 'to confer with Chiang Kai Shek and', ['Chiang Kai Shek→chiang-kai-shek']],
    ['a name before a marker or a hyphen', 'the Mongolian-Sinkiang border', ['Sinkiang→sinkiang']],
    ['a longer place contains a shorter one', 'the Trans-Baikal Army near Baikal', ['Trans-Baikal→transbaikalia', 'Baikal→baikal']],
    ['capitals in a heading', 'FROM CHUNGKING TO FOREIGN OFFICE', ['CHUNGKING→chungking']],
    ['initials with or without spaces', 'Mr. V.M. Molotov and Mr. V. M. Molotov', ['V.M. Molotov→molotov', 'V. M. Molotov→molotov']],
    ['a line break inside a name', 'Chiang\nKai-shek', ['Chiang\nKai-shek→chiang-kai-shek']],
  ])('%s', (_case, sentence, expected) => {
    expect(linked(sentence)).toEqual(expected);
  });

  test.each([
    ['an adjective is not the country', 'the Chinese Government and Chinese-Soviet friendship', []],
    ['a name inside a longer word', 'Japanese troops; the Siberian Railway; Manchurian export embargo', []],
    ['lower case is not a capitalized name', 'see page 77; china and turkey', []],
    ['an adjective built on a region', 'the Ataman of the Far Eastern Cossacks', []],
    ['a name inside a name', 'O’Chiang said', []],
  ])('no link: %s', (_case, sentence, expected) => {
    expect(linked(sentence)).toEqual(expected);
  });

  test('an ordinary word is a name only inside a sentence', () => {
    const names = buildNameIndex([person('page', 'Edward Page', ['Page'], ['Page'])], []);
    expect(linked('Page 3 of the report is missing.', {}, names)).toEqual([]);
    expect(linked('It was missing. Page 3 was found later.', {}, names)).toEqual([]);
    expect(linked('“Page three,” he said.', {}, names)).toEqual([]);
    expect(linked('I asked Page to translate.', {}, names)).toEqual(['Page→page']);
    expect(linked('Present: Mr. Page, Second Secretary.', {}, names)).toEqual(['Page→page']);
    expect(linked('the page and the Pages', {}, names)).toEqual([]);
  });

  describe('names in capitals', () => {
    const names = buildNameIndex(
      [person('hull', 'Cordell Hull', ['Hull'], ['Hull']), person('harriman', 'W. Averell Harriman', ['Harriman']), person('page', 'Walter Hines Page', ['Page'], ['Page'])],
      [place('moscow', 'Moscow'), place('rio', 'Rio de Janeiro'), place('hague', 'The Hague')],
    );
    const signed = (lines: string[]) => {
      const parsed = documentOf(lines);
      parsed.body.at(-1)!.role = 'signature';
      return findMentions(parsed, names, {}).map((mention) => `${mention.text}→${mention.id}`);
    };
    const heading = (title: string, from: string, to: string) =>
      findHeaderMentions({ ...documentOf([]), title, from: { role: from }, to: { role: to } } as ParsedDocument, names, {}).map((mention) => `${mention.field}:${mention.text}→${mention.id}`);

    test('a signature in capitals is the signer, an ordinary word too', () => {
      expect(signed(['I have informed the Foreign Office.', 'HULL'])).toEqual(['HULL→hull']);
      expect(signed(['Reported.', 'HARRIMAN'])).toEqual(['HARRIMAN→harriman']);
      expect(signed(['Reported.', 'Page'])).toEqual(['Page→page']);
    });

    test('a name in capitals in the text is linked, unless it is an ordinary word that lost its capital', () => {
      expect(linked('MOST IMMEDIATE. SECRET. PROCEED TO MOSCOW AT ONCE', {}, names)).toEqual(['MOSCOW→moscow']);
      expect(linked('THE HULL OF THE SHIP WAS DAMAGED. SEE PAGE 3.', {}, names)).toEqual([]);
      expect(linked('the hull of the ship; see page 3', {}, names)).toEqual([]);
      expect(linked('I told Hull and Page', {}, names)).toEqual(['Hull→hull', 'Page→page']);
    });

    test('a heading in capitals links the post it is from or to, not the office of a party', () => {
      expect(heading('FROM MOSCOW TO SECRETARY OF STATE', 'Moscow', 'Secretary of State')).toEqual(['title:MOSCOW→moscow']);
      expect(heading('FROM RIO DE JANEIRO TO SECRETARY OF STATE', 'Rio de Janeiro', 'Secretary of State')).toEqual(['title:RIO DE JANEIRO→rio']);
      expect(heading('FROM THE HAGUE TO SECRETARY OF STATE', 'the Hague', 'Secretary of State')).toEqual(['title:THE HAGUE→hague']);
      expect(heading('FROM WASHINGTON TO AMBASSADOR IN MOSCOW', 'Washington', 'Ambassador in Moscow')).toEqual([]);
      expect(heading('TELEGRAM', 'Telegram', 'Moscow')).toEqual([]);
    });

    test('a sender named in capitals in the heading is the person, an ordinary word too', () => {
      const parsed = {
        ...documentOf([]),
        title: 'The Secretary of State (HULL) to the Ambassador (Page)',
        from: { name: 'HULL', role: 'Secretary of State' },
        to: { name: 'Page', role: 'Ambassador' },
      } as ParsedDocument;
      expect(findHeaderMentions(parsed, names, {}).map((mention) => `${mention.field}:${mention.text}→${mention.id}`)).toEqual(['from:HULL→hull', 'to:Page→page']);
    });
  });

  test('a page break between words does not make a sentence start', () => {
    const names = buildNameIndex([person('page', 'Edward Page', ['Page'], ['Page'])], []);
    const parsed = documentOf([
      [
        { type: 'text', value: 'reported to ' },
        { type: 'pageBreak', page: '828' },
        { type: 'text', value: 'Page the next day' },
      ],
    ]);
    expect(findMentions(parsed, names, {}).map((mention) => mention.text)).toEqual(['Page']);
    const initial = documentOf([
      [
        { type: 'text', value: 'It was late.' },
        { type: 'pageBreak', page: '828' },
        { type: 'text', value: 'Page went home' },
      ],
    ]);
    expect(findMentions(initial, names, {})).toEqual([]);
  });

  test('a name claimed by two entries is not linked, and is reported', () => {
    const names = buildNameIndex([person('edward-page', 'Edward Page', ['Page']), person('walter-hines-page', 'Walter Hines Page', ['Page'])], []);
    expect(names.problems).toEqual([expect.stringContaining('"Page" names person:edward-page and person:walter-hines-page')]);
    expect(linked('I asked Page to translate.', {}, names)).toEqual([]);
    expect(linked('I asked Page to translate.', { Page: 'edward-page' }, names)).toEqual(['Page→edward-page']);
    expect(linked('Walter Hines Page cabled.', {}, names)).toEqual(['Walter Hines Page→walter-hines-page']);
  });

  test('mentions in notes and emendations carry their location', () => {
    const parsed = documentOf(
      [
        [
          { type: 'text', value: 'he would see Bertram Hinsky ' },
          { type: 'emendation', value: 'Vyshinsky?', query: true },
          { type: 'text', value: '.' },
          { type: 'noteRef', n: '86', note: 0 },
        ],
      ],
      ['Andrey Yanuaryevich Vyshinsky, Soviet Vice Commissar for Foreign Affairs.'],
    );
    expect(findMentions(parsed, index, {})).toEqual([
      { part: 'body', index: 0, inline: 1, start: 0, end: 9, kind: 'person', id: 'vyshinsky', text: 'Vyshinsky' },
      { part: 'note', index: 0, inline: 0, start: 0, end: 29, kind: 'person', id: 'vyshinsky', text: 'Andrey Yanuaryevich Vyshinsky' },
    ]);
  });
});

describe('per-document aliases', () => {
  const aliases = { 'the Marshal': 'stalin', 'the Generalissimo': 'chiang-kai-shek' };

  test('apply in the document that gives them, at a sentence start too', () => {
    expect(linked('The Marshal agreed with the Generalissimo.', aliases)).toEqual(['The Marshal→stalin', 'the Generalissimo→chiang-kai-shek']);
  });

  test('do not apply elsewhere', () => {
    expect(linked('The Marshal agreed with the Generalissimo.')).toEqual([]);
    // Every seed but 003 mentions no "Marshal" at all.
    for (const entry of edition.documents.filter((document) => document.id !== '1944-06-10-harriman-stalin')) {
      expect(entry.mentions.some((mention) => /Marshal|President/.test(mention.text))).toBe(false);
    }
  });

  test('win over the authority files where both match', () => {
    expect(linked('Chiang was there.', { Chiang: 'madame-chiang' })).toEqual(['Chiang→madame-chiang']);
  });

  test('to an unknown id are skipped', () => {
    expect(linked('The Marshal agreed.', { 'the Marshal': 'nobody' })).toEqual([]);
  });
});

describe('tricky sentences from the dev corpus (../shared/corpus/frus-dev)', () => {
  // Each with what the real authority files must link in it, and nothing more.
  test.each([
    ['frus1918Russiav03-d0064', 'with reference to Mr. Page’s memorandum No. 507 of the 12th instant', []],
    ['frus1918Russiav03-d0263', 'The Ambassador in Great Britain (Page) to the Secretary of State', ['Great Britain→great-britain']],
    ['frus1918Russiav03 (a note)', 'Telegram from the Secretary of State to the Ambassador in Russia, post, page 184.', ['Russia→russia']],
    ['frus1918Russiav03 (the President is Wilson)', 'which memorandum the President has approved.', []],
    ['frus1934v04 (the President is Roosevelt, but no alias there)', 'Note on an attached letter to the President forwarding Mr.', []],
    ['frus1918Russiav03', 'Russian Governor and General Manager of the Chinese Eastern Railway.', []],
    ['frus1918Russiav03', 'from America much could be supplied from Japan and also from China by the removal of embargo.', ['Japan→japan', 'China→china']],
    ['frus1918Russiav03', 'Learned following from him: Russia’s indebtedness', ['Russia→russia']],
    ['frus1918Russiav03', 'the remoteness of the Siberian theatre of operations from Great Britain', ['Great Britain→great-britain']],
    ['frus1918Russiav03', 'between the Manchurian frontier and Irkutsk', []],
    ['frus1934v04', 'emphasized that moment was now ripe for President Roosevelt to urge', ['President Roosevelt→roosevelt']],
    ['frus1918Russiav03', 'Ataman of the Far Eastern Cossacks', []],
    ['frus1934v04-d0322', 'the Government of the United States of Brazil and the United States of America', ['United States of Brazil→brazil', 'United States of America→united-states']],
  ])('%s: %s', (_source, sentence, expected) => {
    expect(linked(sentence)).toEqual(expected);
  });
});

describe('footnote identifications', () => {
  test('a note right after a name that says who they are', () => {
    const entry = edition.documents.find((document) => document.id === '1937-12-21-henderson-333')!;
    expect(footnoteIdentifications(entry.id, entry.parsed, entry.mentions)).toEqual([
      { person: 'litvinov', description: 'Soviet Commissar for Foreign Affairs', document: entry.id, note: 0, n: '44', noteText: 'Soviet Commissar for Foreign Affairs.' },
    ]);
  });

  test('a note that starts with the person’s full name gives what follows it', () => {
    const entry = edition.documents.find((document) => document.id === '1940-10-steinhardt-1390')!;
    expect(footnoteIdentifications(entry.id, entry.parsed, entry.mentions).map(({ person, description, n }) => ({ person, description, n }))).toEqual([
      { person: 'vyshinsky', description: 'Soviet Vice Commissar for Foreign Affairs', n: '86' },
    ]);
  });

  test('citations and notes away from the name are not identifications', () => {
    const parsed = documentOf(
      [
        [
          { type: 'text', value: 'I saw Molotov' },
          { type: 'noteRef', n: '1', note: 0 },
          { type: 'text', value: ' and Litvinov later' },
          { type: 'noteRef', n: '2', note: 1 },
        ],
        [
          { type: 'text', value: 'Stalin' },
          { type: 'noteRef', n: '3', note: 2 },
          { type: 'text', value: ' and Chiang' },
          { type: 'noteRef', n: '4', note: 3 },
        ],
      ],
      ['See telegram No. 5, January 8, p. 77.', 'Soviet Commissar for Foreign Affairs.', 'Molotov, Chairman of the Council of People’s Commissars.', 'Chiang Kai-shek is said to have left.'],
    );
    const mentions = findMentions(parsed, index, {});
    expect(footnoteIdentifications('x', parsed, mentions)).toEqual([]);
  });

  test('describe people the authority file leaves undescribed, with the source; others keep theirs', () => {
    const descriptions = footnoteDescriptions(edition.documents, content.people);
    expect(Object.fromEntries([...descriptions].map(([id, found]) => [id, `${found.description} (${found.source.document}, note ${found.source.n})`]))).toEqual({
      litvinov: 'Soviet Commissar for Foreign Affairs (1937-12-21-henderson-333, note 44)',
      'sun-fo': 'President of the Chinese Legislative Yuan (1938-01-henderson-35, note 7)',
      vyshinsky: 'Soviet Vice Commissar for Foreign Affairs (1940-10-steinhardt-1390, note 86)',
    });
    // Stalin⁸ has a note too ("Secretary General of the Communist Party…"), but the authority file describes him.
    expect(descriptions.has('stalin')).toBe(false);
  });
});
