import type { Loader, LoaderContext } from 'astro/loaders';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildIndexPages, personPageSchema, placePageSchema, type IndexPages } from '../lib/names/index-pages.ts';
import { worldShapes } from '../lib/maps/world.ts';
import { loadEdition } from './edition-loader.ts';

export { personPageSchema, placePageSchema };

// Both collections share one computation per build (and one log line).
let pagesPromise: Promise<IndexPages> | null = null;
let pagesFor: unknown = null;

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
  return {
    name: 'edition-people',
    schema: personPageSchema,
    async load(context) {
      const pages = await loadIndexPages(context);
      context.store.clear();
      for (const person of pages.people) context.store.set({ id: person.id, data: person });
    },
  };
}

/** Places of `content/places.yaml`, with the documents that name them, where, and a locator map. */
export function placesLoader(): Loader {
  return {
    name: 'edition-places',
    schema: placePageSchema,
    async load(context) {
      const pages = await loadIndexPages(context);
      context.store.clear();
      for (const place of pages.places) context.store.set({ id: place.id, data: place });
    },
  };
}
