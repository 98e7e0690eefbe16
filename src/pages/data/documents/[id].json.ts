/** `/data/documents/<id>.json`: one document's open-data record (shared/docs/edition-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheKey } from '../../../lib/cache-keys.ts';
import { toDocumentRecord } from '../_open-data.ts';

export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { id: entry.id }, props: { record: toDocumentRecord(entry.data) }, cacheKey: cacheKey(entry.digest) }));
}) satisfies GetStaticPaths;

/** Serves the record as JSON. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
