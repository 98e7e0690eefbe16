import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { codeDigest, contentDirectory, documentReadsDir, openDataCacheFiles, openDataStagingDir } from '../build/astro-cache.ts';
import { cachedTranscriptionReader, documentCache } from '../build/document-cache.ts';
import { contentFolderProblem } from '../build/content/content-folder.ts';
import { readContent } from '../build/content/read-content.ts';
import { writeOpenData } from '../build/write-open-data.ts';
import { buildEdition, readTranscription, type ReadTranscription } from '../core/edition/build-edition.ts';
import type { Edition } from '../core/edition/edition.ts';
import { referenceSummaryLine, summarizeReferences } from '../core/references/summarize-references.ts';
import { publicUrl } from '../site/citation/public-url.ts';
import { buildIndexPages, type IndexPages } from '../site/index-pages.ts';
import { worldShapes } from '../site/maps/world.ts';
import { withBase } from '../site/urls.ts';

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

/** What the collections share: the content folder as read, the edition built from it, and the people and places pages' data. */
interface Built {
  edition: Edition;
  indexPages?: IndexPages;
}

/**
 * The edition the collections are loaded from. Each collection has a loader
 * of its own, but all of them read one edition: the source builds it once,
 * for whichever loader asks first, and frees it once every loader made from
 * it has stored its part (pages render from the data store, and a
 * 10,000-document edition is worth freeing). In `astro dev` a change to any
 * file of the content folder drops it, and each loader loads its part again.
 */
export class EditionSource {
  #built: Promise<Built> | null = null;
  #builtFrom: string | null = null;
  readonly #loaders = new Set<string>();
  readonly #served = new Set<string>();
  readonly #reloaders = new Map<string, () => Promise<void>>();
  #watching = false;

  /** Registers a loader (by name) that reads this source; the edition is kept until each has called `done`. */
  register(loader: string): void {
    this.#loaders.add(loader);
  }

  /** The edition of the content folder Astro's root and `EDITION_CONTENT` name, built once; its open data is staged on the way. */
  async edition(context: LoaderContext): Promise<Edition> {
    return (await this.#build(context)).edition;
  }

  /** The people and places pages' data, computed once per edition. */
  async indexPages(context: LoaderContext): Promise<IndexPages> {
    const built = await this.#build(context);
    if (!built.indexPages) {
      const started = performance.now();
      built.indexPages = buildIndexPages(built.edition, worldShapes(countries110m));
      for (const problem of built.indexPages.problems) context.logger.warn(problem);
      context.logger.info(`${built.indexPages.summary} (${Math.round(performance.now() - started)} ms)`);
    }
    return built.indexPages;
  }

  /** Says that `loader` has stored what it needs; the last one frees the edition. */
  done(loader: string): void {
    this.#served.add(loader);
    if ([...this.#loaders].every((name) => this.#served.has(name))) this.#forget();
  }

  /**
   * In `astro dev`, has `reload` run whenever a file in the content folder
   * changes, is added or is removed: a transcription, a sidecar, an index or
   * the settings. The edition is dropped once per change, then every
   * registered loader reloads its part; the first rebuilds the edition and the
   * others share it.
   */
  watch(context: LoaderContext, loader: string, reload: () => Promise<void>): void {
    this.#reloaders.set(loader, reload);
    const { watcher } = context;
    if (!watcher || this.#watching) return;
    this.#watching = true;
    const dir = contentDirectory(fileURLToPath(context.config.root));
    watcher.add(dir);
    const onChange = async (path: string) => {
      if (!path.startsWith(`${dir}/`)) return;
      this.#forget();
      context.logger.info(`${path.slice(dir.length + 1)} changed: reloading the edition`);
      for (const reloadPart of this.#reloaders.values()) await reloadPart();
    };
    for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
  }

  #forget(): void {
    this.#built = null;
    this.#served.clear();
  }

  #build(context: LoaderContext): Promise<Built> {
    const dir = contentDirectory(fileURLToPath(context.config.root));
    if (!this.#built || this.#builtFrom !== dir) {
      this.#builtFrom = dir;
      this.#built = Promise.resolve().then(() => buildFrom(dir, context));
    }
    return this.#built;
  }
}

function buildFrom(dir: string, context: LoaderContext): Built {
  // The same line `npm run build` prints before starting Astro, for a bare `astro build` or `astro dev`.
  const problem = contentFolderProblem(dir, 'EDITION_CONTENT');
  if (problem) throw new ContentFolderError(problem);
  const started = performance.now();
  const input = readContent(dir);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  const code = codeDigest(fileURLToPath(context.config.root));
  // Each document as read is kept from the last build: only a changed transcription or sidecar is parsed again.
  const reads = documentCache<ReadTranscription>(documentReadsDir(cacheDir));
  const edition = buildEdition(input, { readTranscription: cachedTranscriptionReader(readTranscription, reads, code) });
  reads.keepOnly(new Set(input.documents.map((raw) => raw.id)));
  for (const problem of edition.problems) context.logger.error(problem);
  const warnings = edition.documents.reduce((sum, entry) => sum + entry.record.warnings.length, 0);
  context.logger.info(
    `${edition.documents.length} documents from ${dir} (${reads.counts.made} parsed, ${reads.counts.kept} kept from the last build; ${warnings} parser warnings, see npm run ingest) in ${Math.round(performance.now() - started)} ms`,
  );
  context.logger.info(referenceSummaryLine(summarizeReferences(edition.documents)));
  // The open data is written here, while the edition is in memory, and linked into the site when it is built.
  const stagingStarted = performance.now();
  const { site, base } = context.config;
  const documentUrl = (id: string) => publicUrl(withBase(base, `documents/${encodeURIComponent(id)}/`), site, edition.settings.url);
  // What the open data is made with besides each document: the code and the settings.
  const generator = context.generateDigest({ code, settings: edition.settings });
  const staged = writeOpenData(edition, input, openDataStagingDir(cacheDir), documentUrl, { ...openDataCacheFiles(cacheDir), generator });
  context.logger.info(`open data: ${staged.files} files staged (${staged.changed} written or removed) in ${Math.round(performance.now() - stagingStarted)} ms`);
  return { edition };
}
