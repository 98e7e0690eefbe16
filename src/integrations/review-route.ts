/**
 * `/review/` in `npm run dev` (src/integrations/review-page.ts): the content
 * folder read and the edition built afresh on each request, so the page
 * shows the files as they are now, then set as the editor's review page.
 */
import type { APIRoute } from 'astro';
import { contentDirectory } from '../build/astro-cache.ts';
import { readContent } from '../build/content/read-content.ts';
import { buildEdition } from '../core/edition/build-edition.ts';
import { reviewData } from '../site/review/review-data.ts';
import { reviewPageHtml } from '../site/review/review-html.ts';
import { siteUrls } from '../site/urls.ts';

export const GET: APIRoute = () => {
  const dir = contentDirectory(process.cwd());
  const edition = buildEdition(readContent(dir));
  const urls = siteUrls(import.meta.env.BASE_URL);
  const html = reviewPageHtml(reviewData(edition), {
    editionTitle: edition.settings.title,
    contentLabel: process.env.EDITION_CONTENT ?? 'content',
    documentUrl: (id, anchor) => urls.document(id) + (anchor ? `#${anchor}` : ''),
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
