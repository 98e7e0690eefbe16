/**
 * Listing pages (a volume, a year, a file class, an exchange) are rendered
 * again only when what they are given changed (src/build/astro-cache.ts,
 * `propsCacheKey`): each collection entry counts by its digest.
 */
import { describe, expect, test } from 'vitest';
import { propsCacheKey } from '../../src/build/astro-cache.ts';

const entry = (id: string, digest: string, title = 'A telegram') => ({ id, collection: 'documents', digest, data: { title } });
const path = (documents: unknown[], extra: Record<string, unknown> = {}) => ({
  params: { volume: 'frus1934v04' },
  props: { page: { data: documents, currentPage: 1, total: documents.length }, ...extra },
});

describe('a listing page’s cache key', () => {
  const documents = [entry('a', 'd1'), entry('b', 'd2')];
  const key = propsCacheKey(path(documents), 'shared');

  test('is the same for the same entries, props and settings', () => {
    expect(propsCacheKey(path([entry('a', 'd1'), entry('b', 'd2')]), 'shared')).toBe(key);
  });

  test('changes when an entry it lists changed (its digest), or its order, or another entry is listed', () => {
    expect(propsCacheKey(path([entry('a', 'd1'), entry('b', 'd3')]), 'shared')).not.toBe(key);
    expect(propsCacheKey(path([entry('b', 'd2'), entry('a', 'd1')]), 'shared')).not.toBe(key);
    expect(propsCacheKey(path([...documents, entry('c', 'd4')]), 'shared')).not.toBe(key);
  });

  test('changes with the other props, the params and the settings', () => {
    expect(propsCacheKey(path(documents, { next: { id: 'frus1934v05' } }), 'shared')).not.toBe(key);
    expect(propsCacheKey({ ...path(documents), params: { volume: 'frus1934v05' } }, 'shared')).not.toBe(key);
    expect(propsCacheKey(path(documents), 'other settings')).not.toBe(key);
  });

  test('reads an entry without a digest whole', () => {
    const undigested = (title: string) => path([{ id: 'a', collection: 'documents', data: { title } }]);
    expect(propsCacheKey(undigested('One'), 'shared')).not.toBe(propsCacheKey(undigested('Two'), 'shared'));
  });
});
