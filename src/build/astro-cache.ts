/**
 * Astro's cache: the folder it keeps per content folder, what the loaders stage
 * in it, and the keys of its incremental static builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * rendered body, what only its page shows) in Astro's cache folder.
 */
export function documentPagesDir(cacheDir: string): string {
  return join(cacheDir, 'document-pages');
}

/**
 * Where the documents loader keeps each document's formatted citation
 * (`<id>.json`, with the key it was formatted for) in Astro's cache folder:
 * apart from the page file, so that each is written when it is ready.
 */
export function documentCitationsDir(cacheDir: string): string {
  return join(cacheDir, 'document-citations');
}

/**
 * Where the edition's source keeps each document as read (its parse, with the
 * editor's corrections, and its record before linking: `<id>.json`, with the
 * key it was read for), so that a rebuild parses only what changed.
 */
export function documentReadsDir(cacheDir: string): string {
  return join(cacheDir, 'document-reads');
}

/**
 * Where the documents loader keeps each document's rendered body and notes
 * (`<id>.json`, with the key they were rendered for), so that a rebuild
 * renders only what changed.
 */
export function documentRendersDir(cacheDir: string): string {
  return join(cacheDir, 'document-renders');
}

/**
 * Digest of the project's code (every file under `src/`) and its locked
 * dependencies (`package-lock.json`), for caches of what the code makes from
 * the content: any change of either, and the cache is made again.
 */
export function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  if (existsSync(join(root, 'package-lock.json'))) hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('base64url');
}

/** Where the open data's cache is kept (`OpenDataCache`, src/build/write-open-data.ts), beside the staged files. */
export function openDataCacheFiles(cacheDir: string): { keysFile: string; teiDir: string } {
  return { keysFile: join(cacheDir, 'open-data-keys.json'), teiDir: join(cacheDir, 'open-data-tei') };
}
/**
 * Cache keys for Astro's incremental static builds: a page is re-rendered only
 * when its key changes. A key joins the digests of everything the page shows
 * (its own entry, the edition's settings) with its position-dependent props.
 */
export function cacheKey(...parts: readonly (string | number | undefined | null)[]): string {
  return parts.map((part) => String(part ?? '')).join('|');
}

/**
 * The cache key of a page made from what it is given: its params and props,
 * each collection entry in them by its collection, id and digest (the digest
 * covers its data), and `sharedDigest`, what every page shows (the settings).
 * For listing pages (a volume, a year, a file class, an exchange), which
 * Astro would otherwise render again on every build: such a page reads
 * nothing but its props and the settings.
 */
export function propsCacheKey(path: { params: unknown; props?: unknown }, sharedDigest: string): string {
  const json = JSON.stringify({ params: path.params, props: path.props ?? null }, (_key, value) => (isDigestedEntry(value) ? `${value.collection}/${value.id}@${value.digest}` : value));
  return cacheKey(createHash('sha256').update(json).digest('base64url'), sharedDigest);
}

function isDigestedEntry(value: unknown): value is { collection: string; id: string; digest: string } {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.digest === 'string' && 'data' in entry;
}
