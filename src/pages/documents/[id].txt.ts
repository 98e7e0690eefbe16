/**
 * `/documents/<id>.txt`: the raw transcription exactly as it is in the content
 * folder (the documents collection keeps it as the entry's body).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheKey } from '../../lib/cache-keys.ts';

export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { id: entry.id }, props: { body: entry.body ?? '' }, cacheKey: cacheKey(entry.digest) }));
}) satisfies GetStaticPaths;

/** Serves the transcription as UTF-8 plain text. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
