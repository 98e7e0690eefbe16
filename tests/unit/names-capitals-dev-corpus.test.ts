/**
 * Names in capitals on the dev corpus with word-processor exports
 * (../shared/corpus/frus-dev-styles): headings `FROM LONDON TO SECRETARY OF
 * STATE` link the post, signatures link the signer even when the name is an
 * ordinary word (`Hull`, `Page`, `Long`), while the office a heading is
 * addressed to (`AMBASSADOR IN RUSSIA`) stays unlinked. The authority file here lists the posts and the signers of the
 * corpus, the ordinary words among them marked as such, as an editor would.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { PersonEntry } from '../../src/core/schemas/person.ts';
import type { PlaceEntry } from '../../src/core/schemas/place.ts';

const corpus = new URL('../../../shared/corpus/frus-dev-styles/', import.meta.url).pathname;

const person = (id: string, name: string, variant: string, ordinary = false): PersonEntry => ({ id, name, variants: [variant], ordinaryWords: ordinary ? [variant] : [] });
const people = [
  person('page', 'Walter Hines Page', 'Page', true),
  person('hull', 'Cordell Hull', 'Hull', true),
  person('long', 'Breckinridge Long', 'Long', true),
  person('grew', 'Joseph C. Grew', 'Grew', true),
  person('francis', 'David R. Francis', 'Francis'),
  person('lansing', 'Robert Lansing', 'Lansing'),
  person('polk', 'Frank L. Polk', 'Polk'),
];
const posts = [
  'London',
  'Petrograd',
  'Washington',
  'Paris',
  'Rio de Janeiro',
  'Buenos Aires',
  'The Hague',
  'Copenhagen',
  'Geneva',
  'Santiago',
  'Madrid',
  'Lima',
  'Managua',
  'Christiania',
  'Archangel',
  'Montevideo',
  'La Paz',
  'Stockholm',
  'Vladivostok',
  'Harbin',
  'Moscow',
  'Tokyo',
  'Quito',
  'Tegucigalpa',
  'San Salvador',
  'Guatemala',
  'Amsterdam',
  'San José',
];
const places: PlaceEntry[] = posts.map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, variants: [], ordinaryWords: [], kind: 'city' }));

const input = readContent(corpus);
input.people = people;
input.places = places;
const edition = buildEdition(input);
const postNames = new Set(posts.map((name) => name.toUpperCase()));

describe('names in capitals in the word-processor exports', () => {
  const headings = edition.documents.filter((entry) => /^FROM [A-Z]/.test(entry.parsed.title));

  test('every heading FROM <post> TO … links its post, and only it', () => {
    const indexed = headings.filter((entry) => postNames.has(entry.parsed.title.match(/^FROM (.+?) TO /)![1]));
    expect(indexed.length).toBeGreaterThanOrEqual(150);
    for (const entry of indexed) {
      const post = entry.parsed.title.match(/^FROM (.+?) TO /)![1];
      const links = entry.headerMentions.filter((mention) => mention.field === 'title');
      expect(
        links.map((mention) => mention.text),
        entry.id,
      ).toEqual([post]);
      expect(entry.record.places, entry.id).toContain(links[0].id);
    }
  });

  test('the office a heading is addressed to is not linked (AMBASSADOR IN …, CONSUL AT …)', () => {
    const offices = headings.filter((entry) => / TO [A-Z ]+ (IN|AT) /.test(entry.parsed.title));
    expect(offices.length).toBeGreaterThanOrEqual(20);
    for (const entry of offices) {
      const title = entry.headerMentions.filter((mention) => mention.field === 'title');
      expect(
        title.every((mention) => mention.start === 'FROM '.length),
        entry.id,
      ).toBe(true);
    }
  });

  test('a signature that is an ordinary word links its signer, who sent the document', () => {
    const signed = edition.documents.flatMap((entry) =>
      entry.mentions.filter((mention) => mention.part === 'body' && entry.parsed.body[mention.index].role === 'signature').map((mention) => ({ entry, mention })),
    );
    const ordinary = signed.filter(({ mention }) => /^(Page|Hull|Long|Grew)$/i.test(mention.text));
    expect(ordinary.length).toBeGreaterThanOrEqual(90);
    for (const { entry, mention } of ordinary) {
      // The signer is the sender the heading names: `The Secretary of State …` is Hull in 1934, `(Page)` is Page.
      const sender = `${entry.parsed.from?.name ?? ''} ${entry.parsed.from?.role ?? ''} ${entry.parsed.title}`;
      const expected = mention.id === 'hull' ? /Secretary of State|FROM WASHINGTON/ : mention.id === 'page' ? /\(Page\)|FROM LONDON/ : /Long/;
      expect(sender, `${entry.id}: ${mention.text}`).toMatch(expected);
    }
  });
});
