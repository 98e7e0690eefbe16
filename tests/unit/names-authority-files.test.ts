/** Authority files: validation of people.yaml and places.yaml, with file and line in every message. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { personEntrySchema } from '../../src/core/schemas/person.ts';
import { placeEntrySchema } from '../../src/core/schemas/place.ts';

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  mkdirSync(join(dir, 'documents'));
  writeFileSync(join(dir, 'documents', 'a.txt'), 'Moscow, December 21, 1937\n\nText.\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('people.yaml and places.yaml', () => {
  test('bad values are reported with file, line, entry and field, and only they are left out', () => {
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
    // Only an entry without a valid id is lost; a bad or unknown field costs only itself.
    expect(content.people.map((person) => person.id)).toEqual(['stalin', 'molotov', 'cripps', 'halifax']);
    expect(content.people[0]).toMatchObject({ name: 'Joseph Stalin' });
    expect(content.people[0].wikidata).toBeUndefined();
    expect(content.people[2]).toMatchObject({ name: 'Sir Stafford Cripps' });
    expect(content.people[2].born).toBeUndefined();
    // The first moscow keeps its name without its bad coordinates, so the second is the duplicate.
    expect(content.places.map((place) => `${place.id}:${place.name}:${place.kind}:${place.coordinates ?? '-'}`)).toEqual(['moscow:Moscow:other:-', 'kremlin:Kremlin:other:-']);
    expect(content.problems).toEqual([
      expect.stringMatching(/^people\.yaml:3: entry 1 field wikidata: a Wikidata QID looks like Q16574 \(value ignored\)/),
      expect.stringMatching(/^people\.yaml:5: entry 2 field id: use lower-case letters, digits and hyphens \(entry ignored\)/),
      expect.stringMatching(/^people\.yaml:10: entry 3 field varients: unknown field \(did you mean "variants"\?\)/),
      expect.stringMatching(/^people\.yaml:14: entry 4 field born: use a year or an ISO date/),
      expect.stringMatching(/^places\.yaml:3: entry 1 field coordinates\.1: .* \(value ignored\)/),
      'places.yaml:4: entry 2: duplicate id "moscow", first at line 1 (entry ignored)',
      expect.stringMatching(/^places\.yaml:8: entry 3 field kind: /),
    ]);
  });

  test('a duplicate id is reported with its line', () => {
    const dir = contentWith({ 'places.yaml': ['- id: moscow', '  name: Moscow', '- id: moscow', '  name: Moskva'].join('\n') });
    expect(readContent(dir).problems).toEqual(['places.yaml:3: entry 2: duplicate id "moscow", first at line 1 (entry ignored)']);
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
