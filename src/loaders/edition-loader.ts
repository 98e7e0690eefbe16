import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDirectory, renderedBodiesDir } from '../build/astro-cache.ts';
import { removeUnlisted, writeIfChanged } from '../build/kept-files.ts';
import { editionSettingsSchema } from '../core/schemas/edition.ts';
import { buildDocumentPages, documentPageSchema } from '../site/page-data.ts';
import { siteUrls } from '../site/urls.ts';
import type { EditionSource } from './edition-source.ts';

/** A document's page data, and where its rendered body is kept (see `documentsLoader`). */
const documentEntrySchema = documentPageSchema.extend({
  /** The rendered body's file in Astro's cache folder. */
  bodyFile: z.string(),
});

/**
 * A file of the content folder as Astro's entries name theirs: relative to
 * the project's root, `/`-separated (`content/documents/1934-04-geneva.txt`).
 */
export function contentFilePath(context: LoaderContext, file: string): string {
  const root = fileURLToPath(context.config.root);
  return relative(root, join(contentDirectory(root), file)).split(sep).join('/');
}

/**
 * Documents: page data, with the rendered body kept beside the data store
 * rather than in it. Astro bundles the data store into its build; bodies are
 * most of an edition's data, and bundling them cost a 10,000-document build
 * more memory than anything else. The document page reads its body file when
 * it renders; the entry's digest covers the body, so the page's cache key does too.
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
        const bodiesDir = renderedBodiesDir(fileURLToPath(context.config.cacheDir));
        mkdirSync(bodiesDir, { recursive: true });
        const keep = new Set<string>();
        // The raw transcription is not kept in the store: it is part of the open data (EditionSource).
        for (const { data, html } of buildDocumentPages(edition, siteUrls(context.config.base))) {
          keep.add(data.id);
          const bodyFile = join(bodiesDir, `${data.id}.html`);
          const entry = { ...data, bodyFile };
          const digest = context.generateDigest({ entry, html });
          // An unchanged digest means the entry and the body on disk are already this one (unless the file was lost).
          const unchanged = context.store.get(data.id)?.digest === digest;
          if (!unchanged || !existsSync(bodyFile)) writeIfChanged(bodyFile, html);
          if (unchanged) continue;
          const filePath = contentFilePath(context, data.sourceFile);
          context.store.set({ id: data.id, data: await context.parseData({ id: data.id, data: entry, filePath }), digest, filePath });
        }
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        removeUnlisted(bodiesDir, '.html', keep);
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
