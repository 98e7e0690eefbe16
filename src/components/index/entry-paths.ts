import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { cacheKey } from '../../build/astro-cache.ts';
import { editionSettings } from '../site/collections.ts';

/**
 * The pages of every person or place named in the edition: their mentions
 * paginated 25 documents a page, the entry's data as the `entry` prop, and a
 * cache key so an incremental build skips entries that did not change.
 */
export async function indexEntryPaths(collection: 'people' | 'places', paginate: PaginateFunction) {
  const entries = (await getCollection(collection)).filter((entry) => entry.data.documents.length > 0);
  const { sharedDigest } = await editionSettings();
  return entries.flatMap((entry) =>
    paginate(entry.data.appearances, { params: { id: entry.id }, props: { entry: entry.data }, pageSize: 25 }).map((path) => ({
      ...path,
      cacheKey: cacheKey(entry.digest, sharedDigest, path.props.page.currentPage),
    })),
  );
}
