/** Authority files: validation of people.yaml and places.yaml, with file and line in every message. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { personEntrySchema } from '../../src/lib/schemas/person.ts';
import { placeEntrySchema } from '../../src/lib/schemas/place.ts';

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  mkdirSync(join(dir, 'documents'));
  writeFileSync(join(dir, 'documents', 'a.txt'), 'Moscow, December 21, 1937\n\nText.\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('people.yaml and places.yaml', () => {
  test('bad entries are reported with file, line, entry and field; good ones are kept', () => {
    const dir = contentWith({
      'people.yaml': [
        '- id: stalin',
        '  name: Joseph Stalin',
        "  wikidata: '855'",
        '',
        '- id: Litvinov',
        '  name: Maxim Litvinov',
        '',
        '- id: molotov',
        '  name: Vyacheslav Molotov',
        '  varients: [Molotov]',
        '',
        '- id: cripps',
        '  name: Sir Stafford Cripps',
        '  born: April 1889',
        '',
        '- id: halifax',
        '  name: Lord Halifax',
        '',
      ].join('\n'),
      'places.yaml': ['- id: moscow', '  name: Moscow', '  coordinates: [55.76, 137.62]', '- id: moscow', '  name: Moskva', '- id: kremlin', '  name: Kremlin', '  kind: fortress'].join('\n'),
    });
    const content = readContent(dir);
    expect(content.people.map((person) => person.id)).toEqual(['halifax']);
    // The first moscow is invalid, so the second is the one kept.
    expect(content.places.map((place) => place.name)).toEqual(['Moskva']);
    expect(content.problems).toEqual([
      expect.stringMatching(/^people\.yaml:1: entry 1 field wikidata: a Wikidata QID looks like Q16574/),
      expect.stringMatching(/^people\.yaml:5: entry 2 field id: use lower-case letters, digits and hyphens/),
      expect.stringMatching(/^people\.yaml:8: entry 3: .*varients/),
      expect.stringMatching(/^people\.yaml:12: entry 4 field born: use a year or an ISO date/),
      expect.stringMatching(/^places\.yaml:1: entry 1 field coordinates\.1: /),
      expect.stringMatching(/^places\.yaml:6: entry 3 field kind: /),
    ]);
  });

  test('a duplicate id is reported with its line', () => {
    const dir = contentWith({ 'places.yaml': ['- id: moscow', '  name: Moscow', '- id: moscow', '  name: Moskva'].join('\n') });
    expect(readContent(dir).problems).toEqual(['places.yaml:3: duplicate id "moscow" (entry ignored)']);
  });

  test('the edition’s own files are valid', () => {
    const content = readContent(new URL('../../content/', import.meta.url).pathname);
    expect(content.problems).toEqual([]);
    for (const person of content.people) expect(personEntrySchema.safeParse(person).success).toBe(true);
    for (const place of content.places) expect(placeEntrySchema.safeParse(place).success).toBe(true);
  });

  test('identifiers are left out rather than guessed: only the well-formed ones the files give', () => {
    const content = readContent(new URL('../../content/', import.meta.url).pathname);
    const withIds = content.people.filter((person) => person.wikidata || person.viaf).map((person) => `${person.id}:${person.wikidata ?? ''}:${person.viaf ?? ''}`);
    expect(withIds).toEqual(['chiang-kai-shek:Q16574:', 'roosevelt:Q8007:', 'stalin:Q855:']);
  });
});
