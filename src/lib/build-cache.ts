import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The content folder: `EDITION_CONTENT` if set (relative to the project), else the project's `content/`. */
export function contentDirectory(root: string): string {
  return resolve(root, process.env.EDITION_CONTENT ?? 'content');
}

/**
 * Astro's cache folder (data store, incremental-build manifest and page copies)
 * for a content folder, relative to the project: one per content folder, so
 * that building another edition does not throw away this one's cache (the
 * default content folder keeps Astro's default, see astro.config.ts).
 */
export function cacheDirFor(contentDir: string): string {
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}/`;
}

/**
 * Where the content loader stages the open data (edition.json, one record per
 * document, the transcriptions) in Astro's cache folder; the build links it
 * into the site (src/integrations/keep-output.ts).
 */
export function openDataStagingDir(cacheDir: string): string {
  return join(cacheDir, 'open-data');
}

/**
 * Where the documents loader keeps each document's page file (`<id>.json`:
 * rendered body, citation, what only its page shows) in Astro's cache folder.
 */
export function documentPagesDir(cacheDir: string): string {
  return join(cacheDir, 'document-pages');
}
