import type { Loader, LoaderContext } from 'astro/loaders';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildIndexPages, personPageSchema, placePageSchema, type IndexPages } from '../site/index-pages.ts';
import { worldShapes } from '../site/maps/world.ts';
import { doneWithEdition, loadEdition } from './edition-loader.ts';

export { personPageSchema, placePageSchema };

// Both collections share one computation per build (and one log line), freed once both have it.
let pagesPromise: Promise<IndexPages> | null = null;
let pagesFor: unknown = null;
const stored = new Set<string>();

function doneWithPages(collection: string): void {
  stored.add(collection);
  if (stored.has('people') && stored.has('places')) {
    pagesPromise = null;
    pagesFor = null;
    stored.clear();
  }
  doneWithEdition(collection);
}

/** The people and places pages' data, computed once per edition build. */
async function loadIndexPages(context: LoaderContext): Promise<IndexPages> {
  const edition = await loadEdition(context);
  if (!pagesPromise || pagesFor !== edition) {
    pagesFor = edition;
    pagesPromise = Promise.resolve().then(() => {
      const started = performance.now();
      const pages = buildIndexPages(edition, worldShapes(countries110m));
      for (const problem of pages.problems) context.logger.warn(problem);
      context.logger.info(`${pages.summary} (${Math.round(performance.now() - started)} ms)`);
      return pages;
    });
  }
  return pagesPromise;
}

/** People of `content/people.yaml`, with the documents that name them and where. */
export function peopleLoader(): Loader {
  return indexLoader('edition-people', personPageSchema, (pages) => pages.people);
}

/** Places of `content/places.yaml`, with the documents that name them, where, and a locator map. */
export function placesLoader(): Loader {
  return indexLoader('edition-places', placePageSchema, (pages) => pages.places);
}

/** A loader storing one of the two halves of the shared index pages' data. */
function indexLoader(name: string, schema: typeof personPageSchema | typeof placePageSchema, entries: (pages: IndexPages) => readonly ({ id: string } & Record<string, unknown>)[]): Loader {
  return {
    name,
    schema,
    async load(context) {
      storeAll(context, entries(await loadIndexPages(context)));
      doneWithPages(context.collection);
    },
  };
}

/**
 * Stores the entries with content digests, so an unchanged entry is not
 * rewritten and its page can be skipped by an incremental build; entries no
 * longer in the index are removed.
 */
function storeAll(context: LoaderContext, entries: readonly ({ id: string } & Record<string, unknown>)[]): void {
  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  for (const entry of entries) context.store.set({ id: entry.id, data: entry, digest: context.generateDigest(entry) });
}
