/** `/data/edition.json`: the edition's open data (shared/docs/edition-data.md). */
import type { APIRoute } from 'astro';
import { editionOpenData } from './_open-data.ts';

/** Serves the whole edition as one JSON object. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await editionOpenData(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
