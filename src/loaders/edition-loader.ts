import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { contentFolderProblem } from '../build/content/content-folder.ts';
import { readContent } from '../build/content/read-content.ts';
import { contentDirectory, openDataStagingDir, renderedBodiesDir } from '../build/astro-cache.ts';
import { removeUnlisted, writeIfChanged } from '../build/kept-files.ts';
import { writeOpenData } from '../build/write-open-data.ts';
import { buildEdition } from '../core/edition/build-edition.ts';
import { buildDocumentPages, documentPageSchema } from '../site/page-data.ts';
import { editionSettingsSchema } from '../core/schemas/edition.ts';
import { z } from 'astro/zod';
import type { Edition } from '../core/edition/edition.ts';
import { siteUrls, withBase } from '../site/urls.ts';
import { publicUrl } from '../site/citation/public-url.ts';
import { referenceSummaryLine, summarizeReferences } from '../core/references/summarize-references.ts';

/**
 * A content folder that cannot be built (missing, a file, no transcriptions).
 * Astro's error printer tacks a hint about browser APIs onto any error whose
 * `toString()` says "document" or "window", as these folder names often do.
 */
class ContentFolderError extends AstroError {
  override toString(): string {
    return this.name;
  }
}

// The collections share one parse of the content folder per build.
let editionPromise: Promise<Edition> | null = null;
let editionDir: string | null = null;
// The edition is dropped once every collection has taken its part: pages are
// rendered from the data store, and a 10,000-document edition is worth freeing.
const CONSUMERS = ['edition', 'documents', 'people', 'places'];
const served = new Set<string>();

/** Tells the shared edition that `collection` has stored what it needs; the last one frees it. */
export function doneWithEdition(collection: string): void {
  served.add(collection);
  if (CONSUMERS.every((name) => served.has(name))) {
    editionPromise = null;
    served.clear();
  }
}

/**
 * The edition built from the content folder, once per build, shared by all
 * collections' loaders; its open data is staged in Astro's cache on the way.
 */
export async function loadEdition(context: LoaderContext): Promise<Edition> {
  const dir = contentDirectory(fileURLToPath(context.config.root));
  if (!editionPromise || editionDir !== dir) {
    editionDir = dir;
    served.clear();
    editionPromise = Promise.resolve().then(() => {
      // The same line `npm run build` prints before starting Astro, for a bare `astro build` or `astro dev`.
      const problem = contentFolderProblem(dir, 'EDITION_CONTENT');
      if (problem) throw new ContentFolderError(problem);
      const started = performance.now();
      const input = readContent(dir);
      const edition = buildEdition(input);
      for (const problem of edition.problems) context.logger.error(problem);
      const warnings = edition.documents.reduce((sum, entry) => sum + entry.record.warnings.length, 0);
      context.logger.info(
        `${edition.documents.length} documents from ${dir} (${warnings} parser warnings, see npm run ingest) in ${Math.round(performance.now() - started)} ms`,
      );
      context.logger.info(referenceSummaryLine(summarizeReferences(edition.documents)));
      // The open data is written here, while the edition is in memory, and linked into the site when it is built.
      const stagingStarted = performance.now();
      const { site, base } = context.config;
      const documentUrl = (id: string) => publicUrl(withBase(base, `documents/${encodeURIComponent(id)}/`), site, edition.settings.url);
      const staged = writeOpenData(edition, input, openDataStagingDir(fileURLToPath(context.config.cacheDir)), documentUrl);
      context.logger.info(`open data: ${staged.files} files staged (${staged.changed} written or removed) in ${Math.round(performance.now() - stagingStarted)} ms`);
      return edition;
    });
  }
  return editionPromise;
}

/** A document's page data, and where its rendered body is kept (see `documentsLoader`). */
const documentEntrySchema = documentPageSchema.extend({
  /** The rendered body's file in Astro's cache folder. */
  bodyFile: z.string(),
});

/**
 * Documents: page data, with the rendered body kept beside the data store
 * rather than in it. Astro bundles the data store into its build; bodies are
 * most of an edition's data, and bundling them cost a 10,000-document build
 * more memory than anything else. The document page reads its body file when
 * it renders; the entry's digest covers the body, so the page's cache key does too.
 */
export function documentsLoader(): Loader {
  return {
    name: 'edition-documents',
    schema: documentEntrySchema,
    async load(context) {
      const edition = await loadEdition(context);
      const bodiesDir = renderedBodiesDir(fileURLToPath(context.config.cacheDir));
      mkdirSync(bodiesDir, { recursive: true });
      const keep = new Set<string>();
      // The raw transcription is not kept in the store: it is part of the open data (loadEdition).
      for (const { data, html } of buildDocumentPages(edition, siteUrls(context.config.base))) {
        keep.add(data.id);
        const bodyFile = join(bodiesDir, `${data.id}.html`);
        const entry = { ...data, bodyFile };
        const digest = context.generateDigest({ entry, html });
        // An unchanged digest means the body on disk is already this one (unless the file was lost).
        if (context.store.get(data.id)?.digest !== digest || !existsSync(bodyFile)) writeIfChanged(bodyFile, html);
        context.store.set({ id: data.id, data: entry, digest });
      }
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      removeUnlisted(bodiesDir, '.html', keep);
      doneWithEdition(context.collection);
    },
  };
}

/** What the site shows about the edition as a whole (one entry, id `settings`). */
export const editionPageSchema = editionSettingsSchema.extend({
  documentCount: z.number(),
  undatedCount: z.number(),
  /** Years covered, ascending. */
  years: z.array(z.string()),
  /** Problems with the content folder's settings and index files. */
  problems: z.array(z.string()),
  /** Digest of what all pages share (the settings), for incremental builds' cache keys. */
  sharedDigest: z.string(),
});

/** The edition's settings (`content/edition.yaml`) and overall figures. */
export function editionLoader(): Loader {
  return {
    name: 'edition-settings',
    schema: editionPageSchema,
    async load(context) {
      const edition = await loadEdition(context);
      const years = [...new Set(edition.documents.flatMap((entry) => (entry.record.date ? [entry.record.date.slice(0, 4)] : [])))].sort();
      context.store.set({
        id: 'settings',
        data: {
          ...edition.settings,
          documentCount: edition.documents.length,
          undatedCount: edition.documents.filter((entry) => !entry.record.date).length,
          years,
          problems: edition.problems,
          // What every page shows besides its own entry: the settings (title and
          // licence in the layout, citation). Anything else a page shows is in its entry.
          // The site's address too: citations and the Highwire tags give it.
          sharedDigest: context.generateDigest({ settings: edition.settings, site: context.config.site ?? null }),
        },
      });
      doneWithEdition(context.collection);
    },
  };
}
