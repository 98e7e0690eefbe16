import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranscriptionReader } from '../core/edition/build-edition.ts';
import type { RenderedDocument, RenderLinks, RenderOptions } from '../core/render/render-document.ts';
import type { EditionEntry } from '../core/model/edition.ts';
import { removeUnlisted, writeIfChanged } from './kept-files.ts';

/**
 * Per-document caches kept from one build to the next, so that a rebuild
 * parses and renders again only the documents whose inputs changed. Each is a
 * folder of `<id>.json` files holding a value and the key it was made for: a
 * digest of everything the value is made from (the document's own input, what
 * it depends on in the rest of the edition, and the code that made it). A
 * file that is missing, unreadable or made for another key is made again:
 * a cache never changes what a build makes, only how soon.
 */
export interface DocumentCache<T> {
  /** The value kept for `id` if it was made for `key`. */
  get(id: string, key: string): T | undefined;
  /** Keeps `value` for `id`, made for `key`. */
  set(id: string, key: string, value: T): void;
  /** Removes the files of documents not in `ids` (documents removed from the edition). */
  keepOnly(ids: ReadonlySet<string>): void;
  /** How many values were found and how many made again, since the cache was opened. */
  readonly counts: { kept: number; made: number };
}

/** The digest of a value as JSON: a key for a document's cache. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** A cache of one value per document in `dir` (made if missing). */
export function documentCache<T>(dir: string): DocumentCache<T> {
  mkdirSync(dir, { recursive: true });
  const counts = { kept: 0, made: 0 };
  const fileOf = (id: string) => join(dir, `${id}.json`);
  return {
    counts,
    get(id, key) {
      let stored: { key?: string; value?: T } | undefined;
      try {
        stored = JSON.parse(readFileSync(fileOf(id), 'utf8'));
      } catch {
        // Missing or unreadable (a build cut off while writing): made again.
      }
      if (stored?.key !== key || stored.value === undefined) return undefined;
      counts.kept += 1;
      return stored.value;
    },
    set(id, key, value) {
      counts.made += 1;
      writeIfChanged(fileOf(id), JSON.stringify({ key, value }));
    },
    keepOnly(ids) {
      removeUnlisted(dir, '.json', ids);
    },
  };
}

/** The value kept for `id` and `key`, else `make()`'s, kept. */
function cached<T>(cache: DocumentCache<T>, id: string, key: string, make: () => T): T {
  const kept = cache.get(id, key);
  if (kept !== undefined) return kept;
  const value = make();
  cache.set(id, key, value);
  return value;
}

/**
 * `read`, kept per document: keyed by the raw document (its text, file name,
 * sidecar and the reader's warnings), the note number the document before it
 * ended on, and `generator` (the code and whatever else the caller names).
 */
export function cachedTranscriptionReader(read: TranscriptionReader, cache: DocumentCache<ReturnType<TranscriptionReader>>, generator: string): TranscriptionReader {
  return (raw, markerHint) => cached(cache, raw.id, digestOf({ generator, raw, markerHint: markerHint ?? null }), () => read(raw, markerHint));
}

/** A document renderer: `renderDocument` (src/core/render/) or one that keeps its results. */
export type DocumentRenderer = (entry: EditionEntry, links: RenderLinks, options?: RenderOptions) => RenderedDocument;

/**
 * `render`, kept per document: keyed by what the renderer reads — the
 * document's parse, its mentions and references, the links it makes of them
 * (so a cited document's new title or address, or a renamed index entry's
 * page, changes the key), what the page links above the text — and `generator`.
 */
export function cachedRenderer(render: DocumentRenderer, cache: DocumentCache<RenderedDocument>, generator: string): DocumentRenderer {
  return (entry, links, options = {}) => {
    const key = digestOf({
      generator,
      parsed: entry.parsed,
      mentions: entry.mentions,
      entities: entry.mentions.map((mention) => links.entity(mention.kind, mention.id)),
      references: entry.references.map((reference) => [reference, links.reference(reference), links.describe(reference)]),
      linkedAbove: [...(options.linkedAbove ?? [])],
    });
    return cached(cache, entry.id, key, () => render(entry, links, options));
  };
}
