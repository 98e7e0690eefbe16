import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { contentFolderProblem } from '../lib/content/content-folder.ts';
import { readContent } from '../lib/content/read-content.ts';
import { codeDigest, contentDirectory, documentPagesDir, openDataCacheFiles, openDataStagingDir } from '../lib/build-cache.ts';
import { removeUnlisted, writeIfChanged } from '../lib/files/kept-files.ts';
import { writeOpenData } from '../lib/open-data/write-open-data.ts';
import { buildEdition } from '../lib/edition/build-edition.ts';
import { buildDocumentPages, documentPageSchema, type DocumentPage } from '../lib/edition/page-data.ts';
import { editionSettingsSchema } from '../lib/schemas/edition.ts';
import { z } from 'astro/zod';
import type { Edition } from '../lib/edition/types.ts';
import { siteUrls, withBase } from '../lib/site-urls.ts';
import { publicUrl } from '../lib/citation/public-url.ts';
import { referenceSummaryLine, summarizeReferences } from '../lib/references/summarize-references.ts';
import { documentCslItem } from '../lib/citation/csl-item.ts';
import { citeprocVersion, useChicagoStyle, type ChicagoCitation } from '../lib/citation/format-citation.ts';
import { formatChicagoCitations } from '../lib/citation/citation-workers.ts';
import chicagoStyle from '../lib/citation/styles/chicago-notes-bibliography.csl?raw';

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
      const cacheDir = fileURLToPath(context.config.cacheDir);
      // What the open data is made with besides each document: the code and the settings.
      const generator = context.generateDigest({ code: codeDigest(fileURLToPath(context.config.root)), settings: edition.settings });
      const staged = writeOpenData(edition, input, openDataStagingDir(cacheDir), documentUrl, { ...openDataCacheFiles(cacheDir), generator });
      context.logger.info(`open data: ${staged.files} files staged (${staged.changed} written or removed) in ${Math.round(performance.now() - stagingStarted)} ms`);
      return edition;
    });
  }
  return editionPromise;
}

/**
 * The fields of a document's page data that only its own page shows (the
 * exchange around it, its references, notes, neighbours, the marked-up
 * heading…): kept in its page file beside the data store, not in the store,
 * which Astro bundles into its build whole and which every listing page
 * reads. About three quarters of a document's data.
 */
const PAGE_ONLY_FIELDS = {
  thread: true,
  references: true,
  notesHtml: true,
  cites: true,
  citedBy: true,
  previous: true,
  next: true,
  undatedContext: true,
  otherSpellings: true,
  titleParts: true,
  participantParts: true,
  headerNotes: true,
  mentionedPeople: true,
  mentionedPlaces: true,
} as const;

/** A document's entry in the data store: its page data but the page-only fields, and where the rest is kept. */
const documentEntrySchema = documentPageSchema.omit(PAGE_ONLY_FIELDS).extend({
  /** The document's page file in Astro's cache folder (`DocumentPageFile`). */
  pageFile: z.string(),
  /** The key of the citation in the page file (`StoredCitation`). */
  citationKey: z.string(),
});

/** What a document's page file holds: the rendered body, the citation and the page-only fields. */
export type DocumentPageFile = Pick<DocumentPage, keyof typeof PAGE_ONLY_FIELDS> & {
  /** The body as the edition's renderer made it (src/lib/render/): document text in it is escaped text, never markup. */
  bodyHtml: string;
  /** "Cite this document": the Chicago note and bibliography entry, formatted from the document's CSL-JSON item. */
  citation: StoredCitation;
};

/** A formatted citation and the digest of what it was formatted from (the item, the style, citeproc-js's version): the next build reuses it while that holds. */
type StoredCitation = ChicagoCitation & { key: string };

/** Splits a document's page data into its store entry and its page file. */
function splitPageData(data: DocumentPage, pageFile: string, bodyHtml: string, citation: StoredCitation): { entry: Omit<z.infer<typeof documentEntrySchema>, 'citationKey'>; file: DocumentPageFile } {
  const entry: Record<string, unknown> = { pageFile };
  const file: Record<string, unknown> = { bodyHtml, citation };
  for (const [field, value] of Object.entries(data)) (field in PAGE_ONLY_FIELDS ? file : entry)[field] = value;
  return { entry: entry as Omit<z.infer<typeof documentEntrySchema>, 'citationKey'>, file: file as DocumentPageFile };
}

/**
 * Documents: the page data every page reads in the data store, and in a page
 * file beside it what only the document's own page shows, its rendered body
 * and its citation (`DocumentPageFile`). Astro bundles the data store into its
 * build and every listing page reads it: bodies and the page-only fields are
 * most of an edition's data, and bundling them cost a large build more memory
 * than anything else. The document page reads its file when it renders; the
 * entry's digest covers the file, so the page's cache key does too.
 * Citations are formatted in worker threads, and kept from the last build
 * for a document whose CSL-JSON item (and the style) has not changed.
 */
export function documentsLoader(): Loader {
  return {
    name: 'edition-documents',
    schema: documentEntrySchema,
    async load(context) {
      const edition = await loadEdition(context);
      const pagesDir = documentPagesDir(fileURLToPath(context.config.cacheDir));
      mkdirSync(pagesDir, { recursive: true });
      const pageFileOf = (id: string) => join(pagesDir, `${id}.json`);
      const previousEntry = (id: string) => context.store.get(id) as { data: { citationKey?: string }; digest?: string } | undefined;
      // Citations first, in worker threads, while this thread renders the bodies. A document whose item is
      // unchanged keeps the citation in its page file from the last build.
      const { site, base } = context.config;
      useChicagoStyle(chicagoStyle);
      // What a citation is made with besides its item: the style, citeproc-js, the code that calls it.
      const formatter = context.generateDigest({ style: chicagoStyle, citeproc: citeprocVersion(), code: codeDigest(fileURLToPath(context.config.root)) });
      const citationKeys = new Map<string, string>();
      const toFormat: { key: string; item: ReturnType<typeof documentCslItem> }[] = [];
      for (const { record } of edition.documents) {
        // The item as the page embeds it (src/components/document/CiteBox.astro) and the open data has it.
        const item = documentCslItem(record, edition.settings, publicUrl(withBase(base, `documents/${encodeURIComponent(record.id)}/`), site, edition.settings.url));
        const key = context.generateDigest({ item, formatter });
        citationKeys.set(record.id, key);
        if (previousEntry(record.id)?.data.citationKey !== key || !existsSync(pageFileOf(record.id))) toFormat.push({ key, item });
      }
      const started = performance.now();
      const formatting = formatChicagoCitations(
        toFormat.map(({ item }) => item),
        chicagoStyle,
      );
      const pages = buildDocumentPages(edition, siteUrls(base));
      const formatted = new Map<string, StoredCitation>();
      for (const [index, citation] of (await formatting).entries()) formatted.set(toFormat[index].item.id, { ...citation, key: toFormat[index].key });
      context.logger.info(`citations: ${toFormat.length} formatted, ${edition.documents.length - toFormat.length} kept from the last build, in ${Math.round(performance.now() - started)} ms`);
      const keep = new Set<string>();
      // The raw transcription is not kept in the store: it is part of the open data (loadEdition).
      for (const { data, html } of pages) {
        keep.add(data.id);
        const pageFile = pageFileOf(data.id);
        const citationKey = citationKeys.get(data.id)!;
        const { entry, file } = splitPageData(data, pageFile, html, formatted.get(data.id) ?? { note: '', bibliography: '', key: citationKey });
        const stored = { ...entry, citationKey };
        // The citation's key stands for its text: formatted from the same item by the same style, it is the same.
        const digest = context.generateDigest({ entry: stored, file: { ...file, citation: citationKey } });
        const previous = previousEntry(data.id);
        // An unchanged digest means the page file is already this one.
        if (formatted.has(data.id) || previous?.digest !== digest) {
          if (!formatted.has(data.id)) file.citation = (JSON.parse(readFileSync(pageFile, 'utf8')) as DocumentPageFile).citation;
          writeIfChanged(pageFile, JSON.stringify(file));
        }
        context.store.set({ id: data.id, data: stored, digest });
      }
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      removeUnlisted(pagesDir, '.json', keep);
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
