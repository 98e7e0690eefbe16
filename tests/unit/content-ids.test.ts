import { describe, expect, test } from 'vitest';
import { documentIds, MAX_ID_LENGTH, slugOf } from '../../src/build/content/document-ids.ts';

describe('slugOf', () => {
  test.each([
    ['frus1934v04-d0001', 'frus1934v04-d0001'],
    ['001_91d07cdda2380b52', '001_91d07cdda2380b52'],
    ['pct%41', 'pct-41'],
    ['hash#1', 'hash-1'],
    ['query?x=1', 'query-x-1'],
    ['spaces and Ünïcödé', 'spaces-and-Unicode'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  test('a name with nothing safe in it is "document" with a digest of the name', () => {
    expect(slugOf('.')).toMatch(/^document-[0-9a-f]{8}$/);
    expect(slugOf('')).toMatch(/^document-[0-9a-f]{8}$/);
    expect(slugOf('.')).not.toBe(slugOf(''));
  });

  test('a long name keeps its beginning and a digest of the whole, within the limit', () => {
    const [a, b] = [slugOf(`${'n'.repeat(250)}a`), slugOf(`${'n'.repeat(250)}b`)];
    expect(a.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(a).toMatch(/^n+-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('documentIds', () => {
  test('names that are safe are their own ids, with no warning', () => {
    expect([...documentIds(['a', 'b-2']).values()]).toEqual([
      { id: 'a', note: null },
      { id: 'b-2', note: null },
    ]);
  });

  test('collisions, by slug or by letter case only, are told apart and each is warned', () => {
    const ids = documentIds(['a b', 'a-b', 'Case', 'case', 'CASE']);
    expect(ids.get('a-b')!.id).toBe('a-b');
    expect(ids.get('a b')!.id).toMatch(/^a-b-[0-9a-f]{8}$/);
    // The first in file-name order keeps its name.
    expect(ids.get('CASE')!.id).toBe('CASE');
    expect(ids.get('Case')!.id).toMatch(/^Case-[0-9a-f]{8}$/);
    expect(ids.get('case')!.id).toMatch(/^case-[0-9a-f]{8}$/);
    const all = [...ids.values()].map((entry) => entry.id.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const entry of ids.values()) expect(entry.note).toMatch(/make the same id/);
    expect(ids.get('case')!.note).toMatch(/but for letter case/);
  });

  test('an id does not depend on the order of the names, nor on files that do not collide with it', () => {
    const first = documentIds(['Case', 'case', 'x']);
    const second = documentIds(['z', 'case', 'Case', 'another']);
    expect(second.get('case')).toEqual(first.get('case'));
    expect(second.get('Case')).toEqual(first.get('Case'));
  });
});
