import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeDigest, contentDirectory, documentCitationsDir, documentPagesDir, documentRendersDir } from '../build/astro-cache.ts';
import { cachedRenderer, documentCache } from '../build/document-cache.ts';
import { renderDocument, type RenderedDocument } from '../core/render/render-document.ts';
import { formatChicagoCitations } from '../build/citation-workers.ts';
import { removeUnlisted, writeIfChanged } from '../build/kept-files.ts';
import { editionSettingsSchema } from '../core/schemas/edition.ts';
import { documentCslItem } from '../site/citation/csl-item.ts';
import { citeprocVersion, useChicagoStyle, type ChicagoCitation } from '../site/citation/format-citation.ts';
import { publicUrl } from '../site/citation/public-url.ts';
import chicagoStyle from '../site/citation/styles/chicago-notes-bibliography.csl?raw';
import { documentPageSchema, documentPages, type DocumentPage } from '../site/page-data.ts';
import { siteUrls, withBase } from '../site/urls.ts';
import type { EditionSource } from './edition-source.ts';

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
  /** The document's citation file in Astro's cache folder (`StoredCitation`). */
  citationFile: z.string(),
  /** The key of the citation in the citation file. */
  citationKey: z.string(),
});

/** A document's entry as the listing pages read it from the data store. */
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

/** What a document's page file holds: the rendered body and the page-only fields. */
export type DocumentPageFile = Pick<DocumentPage, keyof typeof PAGE_ONLY_FIELDS> & {
  /** The body as the edition's renderer made it (src/core/render/): document text in it is escaped text, never markup. */
  bodyHtml: string;
};

/**
 * What a document's citation file holds: "Cite this document", the Chicago
 * note and bibliography entry formatted from its CSL-JSON item, and the
 * digest of what it was formatted from (the item, the style, citeproc-js's
 * version): the next build reuses it while that holds.
 */
export type StoredCitation = ChicagoCitation & { key: string };

/** Splits a document's page data into its store entry and its page file. */
function splitPageData(data: DocumentPage, files: { pageFile: string; citationFile: string; citationKey: string }, bodyHtml: string): { entry: DocumentEntry; file: DocumentPageFile } {
  const entry: Record<string, unknown> = { ...files };
  const file: Record<string, unknown> = { bodyHtml };
  for (const [field, value] of Object.entries(data)) (field in PAGE_ONLY_FIELDS ? file : entry)[field] = value;
  return { entry: entry as DocumentEntry, file: file as DocumentPageFile };
}

/**
 * A file of the content folder as Astro's entries name theirs: relative to
 * the project's root, `/`-separated (`content/documents/1934-04-geneva.txt`).
 */
export function contentFilePath(context: LoaderContext, file: string): string {
  const root = fileURLToPath(context.config.root);
  return relative(root, join(contentDirectory(root), file))
    .split(sep)
    .join('/');
}

/**
 * Documents: the page data every page reads in the data store, and beside it
 * what only the document's own page shows, in a page file (its rendered body,
 * `DocumentPageFile`) and a citation file (`StoredCitation`). Astro bundles
 * the data store into its build and every listing page reads it: bodies and
 * the page-only fields are most of an edition's data, and bundling them cost a
 * large build more memory than anything else. The document page reads its
 * files when it renders; the entry's digest covers them, so the page's cache
 * key does too. Each document's page is made, stored and let go before the
 * next (`documentPages`), so that the loader holds one rendered body at a
 * time. Citations are formatted meanwhile in worker processes, each written as
 * it comes back, and kept from the last build for a document whose CSL-JSON
 * item (and the style) has not changed.
 */
export function documentsLoader(source: EditionSource): Loader & { schema: typeof documentEntrySchema } {
  const name = 'edition-documents';
  source.register(name);
  return {
    name,
    schema: documentEntrySchema,
    async load(context) {
      const sync = async () => {
        const edition = await source.edition(context);
        const cacheDir = fileURLToPath(context.config.cacheDir);
        const pagesDir = documentPagesDir(cacheDir);
        const citationsDir = documentCitationsDir(cacheDir);
        for (const dir of [pagesDir, citationsDir]) mkdirSync(dir, { recursive: true });
        const pageFileOf = (id: string) => join(pagesDir, `${id}.json`);
        const citationFileOf = (id: string) => join(citationsDir, `${id}.json`);
        const previousEntry = (id: string) => context.store.get(id) as { data: { citationKey?: string }; digest?: string } | undefined;
        // Citations first, in worker processes, while this process renders the bodies. A document whose item is
        // unchanged keeps its citation file from the last build.
        const { site, base } = context.config;
        useChicagoStyle(chicagoStyle);
        // The code: what makes citations and bodies, and so part of their keys.
        const code = codeDigest(fileURLToPath(context.config.root));
        // What a citation is made with besides its item: the style, citeproc-js, the code that calls it.
        const formatter = context.generateDigest({ style: chicagoStyle, citeproc: citeprocVersion(), code });
        const citationKeys = new Map<string, string>();
        const toFormat: { key: string; item: ReturnType<typeof documentCslItem> }[] = [];
        for (const { record } of edition.documents) {
          // The item as the page embeds it (src/components/document/CiteBox.astro) and the open data has it.
          const item = documentCslItem(record, edition.settings, publicUrl(withBase(base, `documents/${encodeURIComponent(record.id)}/`), site, edition.settings.url));
          const key = context.generateDigest({ item, formatter });
          citationKeys.set(record.id, key);
          if (previousEntry(record.id)?.data.citationKey !== key || !existsSync(citationFileOf(record.id))) toFormat.push({ key, item });
        }
        const started = performance.now();
        const formatting = formatChicagoCitations(
          toFormat.map(({ item }) => item),
          chicagoStyle,
          (index, citation) => {
            const { key, item } = toFormat[index];
            writeIfChanged(citationFileOf(item.id), JSON.stringify({ ...citation, key } satisfies StoredCitation));
          },
        );
        // Awaited after the pages: a worker's error is handled then, not reported as unhandled meanwhile.
        formatting.catch(() => undefined);
        const keep = new Set<string>();
        // The raw transcription is not kept in the store: it is part of the open data (EditionSource).
        // Each body and its notes are kept from the last build: only a document whose parse, names or references changed is rendered again.
        const renders = documentCache<RenderedDocument>(documentRendersDir(cacheDir));
        const render = cachedRenderer(renderDocument, renders, code);
        for (const { data, html } of documentPages(edition, siteUrls(base), render)) {
          keep.add(data.id);
          const files = { pageFile: pageFileOf(data.id), citationFile: citationFileOf(data.id), citationKey: citationKeys.get(data.id)! };
          const { entry, file } = splitPageData(data, files, html);
          // The citation's key stands for its text: formatted from the same item by the same style, it is the same.
          const digest = context.generateDigest({ entry, file });
          // An unchanged digest means the entry and the page file are already this one (unless the file was lost).
          const unchanged = previousEntry(data.id)?.digest === digest;
          if (!unchanged || !existsSync(files.pageFile)) writeIfChanged(files.pageFile, JSON.stringify(file));
          if (unchanged) continue;
          const filePath = contentFilePath(context, data.sourceFile);
          context.store.set({ id: data.id, data: await context.parseData({ id: data.id, data: entry, filePath }), digest, filePath });
        }
        renders.keepOnly(keep);
        context.logger.info(`bodies: ${renders.counts.made} rendered, ${renders.counts.kept} kept from the last build`);
        await formatting;
        context.logger.info(`citations: ${toFormat.length} formatted, ${edition.documents.length - toFormat.length} kept from the last build, in ${Math.round(performance.now() - started)} ms`);
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        removeUnlisted(pagesDir, '.json', keep);
        removeUnlisted(citationsDir, '.json', keep);
        source.done(name);
      };
      await sync();
      source.watch(context, name, sync);
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
export function editionLoader(source: EditionSource): Loader & { schema: typeof editionPageSchema } {
  const name = 'edition-settings';
  source.register(name);
  return {
    name,
    schema: editionPageSchema,
    async load(context) {
      const sync = async () => {
        const edition = await source.edition(context);
        const years = [...new Set(edition.documents.flatMap((entry) => (entry.record.date ? [entry.record.date.slice(0, 4)] : [])))].sort();
        const data = {
          ...edition.settings,
          documentCount: edition.documents.length,
          undatedCount: edition.documents.filter((entry) => !entry.record.date).length,
          years,
          problems: edition.problems,
          // What every page shows besides its own entry: the settings (title and
          // licence in the layout, citation). Anything else a page shows is in its entry.
          // The site's address too: citations and the Highwire tags give it.
          sharedDigest: context.generateDigest({ settings: edition.settings, site: context.config.site ?? null }),
        };
        const filePath = contentFilePath(context, 'edition.yaml');
        context.store.set({ id: 'settings', data: await context.parseData({ id: 'settings', data, filePath }), filePath });
        source.done(name);
      };
      await sync();
      source.watch(context, name, sync);
    },
  };
}
