import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeDigest, contentDirectory, documentPagesDir } from '../build/astro-cache.ts';
import { formatChicagoCitations } from '../build/citation-workers.ts';
import { removeUnlisted, writeIfChanged } from '../build/kept-files.ts';
import { editionSettingsSchema } from '../core/schemas/edition.ts';
import { documentCslItem } from '../site/citation/csl-item.ts';
import { citeprocVersion, useChicagoStyle, type ChicagoCitation } from '../site/citation/format-citation.ts';
import { publicUrl } from '../site/citation/public-url.ts';
import chicagoStyle from '../site/citation/styles/chicago-notes-bibliography.csl?raw';
import { buildDocumentPages, documentPageSchema, type DocumentPage } from '../site/page-data.ts';
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
  /** The key of the citation in the page file (`StoredCitation`). */
  citationKey: z.string(),
});

/** A document's entry as the listing pages read it from the data store. */
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

/** What a document's page file holds: the rendered body, the citation and the page-only fields. */
export type DocumentPageFile = Pick<DocumentPage, keyof typeof PAGE_ONLY_FIELDS> & {
  /** The body as the edition's renderer made it (src/core/render/): document text in it is escaped text, never markup. */
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
 * Documents: the page data every page reads in the data store, and in a page
 * file beside it what only the document's own page shows, its rendered body
 * and its citation (`DocumentPageFile`). Astro bundles the data store into its
 * build and every listing page reads it: bodies and the page-only fields are
 * most of an edition's data, and bundling them cost a large build more memory
 * than anything else. The document page reads its file when it renders; the
 * entry's digest covers the file, so the page's cache key does too.
 * Citations are formatted in worker processes, and kept from the last build
 * for a document whose CSL-JSON item (and the style) has not changed.
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
        const pagesDir = documentPagesDir(fileURLToPath(context.config.cacheDir));
        mkdirSync(pagesDir, { recursive: true });
        const pageFileOf = (id: string) => join(pagesDir, `${id}.json`);
        const previousEntry = (id: string) => context.store.get(id) as { data: { citationKey?: string }; digest?: string } | undefined;
        // Citations first, in worker processes, while this process renders the bodies. A document whose item is
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
        // The raw transcription is not kept in the store: it is part of the open data (EditionSource).
        for (const { data, html } of pages) {
          keep.add(data.id);
          const pageFile = pageFileOf(data.id);
          const citationKey = citationKeys.get(data.id)!;
          const { entry, file } = splitPageData(data, pageFile, html, formatted.get(data.id) ?? { note: '', bibliography: '', key: citationKey });
          const stored = { ...entry, citationKey };
          // The citation's key stands for its text: formatted from the same item by the same style, it is the same.
          const digest = context.generateDigest({ entry: stored, file: { ...file, citation: citationKey } });
          // An unchanged digest means the entry and the page file are already this one (unless the file was lost).
          const unchanged = previousEntry(data.id)?.digest === digest;
          if (!unchanged || formatted.has(data.id)) {
            if (!formatted.has(data.id)) file.citation = (JSON.parse(readFileSync(pageFile, 'utf8')) as DocumentPageFile).citation;
            writeIfChanged(pageFile, JSON.stringify(file));
          }
          if (unchanged) continue;
          const filePath = contentFilePath(context, data.sourceFile);
          context.store.set({ id: data.id, data: await context.parseData({ id: data.id, data: stored, filePath }), digest, filePath });
        }
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        removeUnlisted(pagesDir, '.json', keep);
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
