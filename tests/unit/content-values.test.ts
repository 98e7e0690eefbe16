import { describe, expect, test } from 'vitest';
import { readYamlItems } from '../../src/build/content/read-yaml.ts';
import { validateValues } from '../../src/build/content/validate-values.ts';
import { personEntrySchema } from '../../src/core/schemas/person.ts';
import { placeEntrySchema } from '../../src/core/schemas/place.ts';
import { sidecarSchema } from '../../src/core/schemas/sidecar.ts';

describe('validateValues', () => {
  test('a bad value costs only itself: the entry keeps its other fields', () => {
    const { value, issues } = validateValues(personEntrySchema, { id: 'stalin', name: 'Stalin', variants: ['Stalin', 7, 'Djugashvili'], born: 'December 1878', bron: '1878' });
    expect(value).toEqual({ id: 'stalin', name: 'Stalin', variants: ['Stalin', 'Djugashvili'], ordinaryWords: [] });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['variants.1', 'born', 'bron']);
    expect(issues[2].message).toMatch(/^unknown field \(did you mean "born"\?\)/);
  });

  test('a default stands in for a bad value that has one', () => {
    expect(validateValues(placeEntrySchema, { id: 'kremlin', name: 'Kremlin', kind: 'fortress' }).value).toMatchObject({ kind: 'other' });
  });

  test('without a required field the whole is not kept, and the field is reported once', () => {
    const { value, issues } = validateValues(personEntrySchema, { id: 'Bad Id', name: 'Nobody' });
    expect(value).toBeNull();
    expect(issues).toEqual([{ path: ['id'], message: 'use lower-case letters, digits and hyphens' }]);
  });

  test('inside objects and records too: a sidecar keeps the good parts of `from` and `aliases`', () => {
    const { value, issues } = validateValues(sidecarSchema, { from: { name: 'Steinhardt', rank: 'Ambassador' }, aliases: { 'the Marshal': 'stalin', 'the Other': 3 }, date: '1940-10' });
    expect(value).toEqual({ from: { name: 'Steinhardt' }, aliases: { 'the Marshal': 'stalin' }, date: '1940-10' });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['from.rank', 'aliases.the Other']);
  });

  test('a value of the wrong shape altogether is reported, not thrown', () => {
    expect(validateValues(sidecarSchema, 'just text')).toMatchObject({ value: null, issues: [{ path: [] }] });
  });
});

describe('readYamlItems', () => {
  test('a syntax error costs only the item it is in, reported with its line', () => {
    const yaml = readYamlItems('- id: a\n  name: A\n- id: b\n  name: [B\n- id: c\n  name: C\n');
    expect(yaml.items.map((item) => (item.value as { id: string }).id)).toEqual(['a', 'c']);
    expect(yaml.issues).toEqual([{ line: 5, message: expect.stringMatching(/Flow sequence .* \(entry 2 ignored\)$/) }]);
  });

  test('a key given twice is reported; the later value counts', () => {
    const yaml = readYamlItems('date: "1940"\nplace: Moscow\ndate: "1941"\n');
    expect(yaml.items.map((item) => [item.key, item.value])).toEqual([
      ['place', 'Moscow'],
      ['date', '1941'],
    ]);
    expect(yaml.issues).toEqual([{ line: 3, message: '"date" is given again (first at line 1): this later value counts' }]);
  });

  test('an alias to no anchor, or an alias bomb, costs only its item', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`),
      'title: kept',
      'broken: *nowhere',
    ].join('\n');
    const yaml = readYamlItems(bomb);
    expect(yaml.items.map((item) => item.key)).toContain('title');
    expect(yaml.items.map((item) => item.key)).not.toContain('broken');
    expect(yaml.issues.length).toBeGreaterThan(0);
  });

  test('gives the line of a value inside an item', () => {
    const [item] = readYamlItems('- id: moscow\n  name: Moscow\n  coordinates:\n    - 37.6\n    - 955.7\n').items;
    expect(item.lineOf(['coordinates', 1])).toBe(5);
    expect(item.lineOf(['name'])).toBe(2);
    expect(item.lineOf(['missing'])).toBe(1);
  });
});
